package be.foyer.reporting.projection.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.MalformedEventException;
import be.foyer.events.Topics;
import be.foyer.platform.messaging.ProcessedEvents;
import be.foyer.platform.messaging.TransientFailures;
import be.foyer.reporting.projection.EventProjection;
import be.foyer.reporting.projection.FactBatch;
import be.foyer.reporting.projection.FactBatches;
import be.foyer.reporting.projection.IdSlices;
import be.foyer.reporting.projection.ProjectionLag;

/**
 * Takes in the three topics a batch of records at a time: decodes each (types the service does not count are
 * skipped), skips eventIds already processed ({@link ProcessedEvents}) or repeated in the batch, opens one
 * {@link FactBatch}, lets every projection announce the facts it will read (loaded together), applies the
 * projections, flushes the batch's writes once, then remembers the eventIds.
 * <p>
 * This service does <em>not</em> take its events in through the platform's {@code InboundEvents} (which the other
 * services use): {@code InboundEvents} handles one record at a time, with two round trips to MongoDB per event (the
 * eventId check and the remembering) on top of the projection's own, which keeps a projection far below the pace of
 * the topics (docs/benchmarks.md). It keeps the same rules with the same platform parts, per batch: idempotence by
 * eventId ({@link ProcessedEvents}, the same collection and consumer-group key), transient failures retried
 * ({@link TransientFailures}), malformed or refused events sent alone to {@code <topic>.DLT} by the platform's error
 * handler.
 * <p>
 * An unreadable record, or one lacking what its fact is keyed by, stops the batch there: the records before it are
 * projected and committed, and the platform's error handler sends it, alone, to {@code <topic>.DLT} and goes on
 * after it. An outage (MongoDB unreachable...) fails the whole batch, which the platform retries until it passes.
 * When a rebuild switches to the generation it built, the listener goes on from where the rebuild stopped
 * ({@link ReplayRequest}), so what the rebuild applied is not applied again.
 */
@Component
public class ProjectionListener extends AbstractConsumerSeekAware {

    /** The listener container's id (not its group, which stays the service's). */
    public static final String ID = "reporting-projections";

    private final ProcessedEvents processed;
    private final List<EventProjection> projections;
    private final ProjectionLag lag;
    private final ReplayRequest replay;
    private final FactBatches batches;

    public ProjectionListener(ProcessedEvents processed, List<EventProjection> projections, ProjectionLag lag,
            ReplayRequest replay, FactBatches batches) {
        this.processed = processed;
        this.projections = projections;
        this.lag = lag;
        this.replay = replay;
        this.batches = batches;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true",
            topics = {Topics.TENANTS, Topics.HOUSING, Topics.ACTIVITIES})
    void on(List<ConsumerRecord<String, String>> records) {
        apply(records, null);
    }

    /**
     * Projects a batch of records, the listener's into the live generation or a rebuild's into {@code generation};
     * throws {@link BatchListenerFailedException} at the first record that cannot be counted, the ones before it
     * applied.
     *
     * @param generation the generation a rebuild builds; {@code null}: the live one
     */
    void apply(List<ConsumerRecord<String, String>> records, Integer generation) {
        Map<String, Received> received = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, String> record = records.get(index);
            Optional<EventEnvelope<DomainEvent>> event;
            try {
                event = EventCodec.decode(record.value());
            } catch (MalformedEventException e) {
                project(received, generation);
                throw new BatchListenerFailedException("Unreadable record", e, index);
            }
            event.ifPresent(decoded -> received.putIfAbsent(decoded.eventId().toString(),
                    new Received(record, decoded)));
        }
        project(received, generation);
    }

    private void project(Map<String, Received> received, Integer generation) {
        if (received.isEmpty()) {
            return;
        }
        Set<String> done = alreadyProcessed(List.copyOf(received.keySet()));
        List<Received> toApply = received.values().stream()
                .filter(next -> !done.contains(next.event().eventId().toString())).toList();
        FactBatch batch = generation == null ? batches.live() : batches.into(generation);
        toApply.forEach(next -> projections.forEach(projection -> projection.prefetch(next.event(), batch)));
        List<Received> applied = new ArrayList<>();
        for (Received next : toApply) {
            try {
                projections.forEach(projection -> projection.apply(next.event(), batch));
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    throw e; // an outage: the platform retries the whole batch until it passes
                }
                writeAndRemember(batch, applied, generation);
                throw new BatchListenerFailedException("Event cannot be counted", e, next.record());
            }
            applied.add(next);
        }
        writeAndRemember(batch, applied, generation);
    }

    /** In slices ({@link IdSlices}): the check is one {@code $in} of event ids. */
    private Set<String> alreadyProcessed(List<String> eventIds) {
        Set<String> done = new HashSet<>();
        IdSlices.of(eventIds).forEach(slice -> done.addAll(processed.alreadyProcessed(slice)));
        return done;
    }

    private void writeAndRemember(FactBatch batch, List<Received> applied, Integer generation) {
        batch.flush();
        processed.remember(applied.stream().map(Received::event).toList());
        if (generation == null) { // a rebuild's replay says nothing of the live projection's freshness
            applied.forEach(next -> lag.projected(next.record().topic(), next.event()));
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        replay.take().forEach((partition, offset) -> {
            if (assignments.containsKey(partition)) {
                callback.seek(partition.topic(), partition.partition(), offset);
            }
        });
    }

    private record Received(ConsumerRecord<String, String> record, EventEnvelope<DomainEvent> event) {
    }
}
