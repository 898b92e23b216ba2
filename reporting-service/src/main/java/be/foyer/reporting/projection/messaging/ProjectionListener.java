package be.foyer.reporting.projection.messaging;

import java.util.ArrayList;
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
import be.foyer.reporting.projection.FactWrites;
import be.foyer.reporting.projection.ProjectionLag;
import be.foyer.reporting.projection.rebuild.ReplayRequest;

/**
 * Takes in the three topics a batch of records at a time: decodes each (types the service does not count are
 * skipped), skips eventIds already processed ({@link ProcessedEvents}) or repeated in the batch, applies the
 * projections with their writes sent together, then remembers the eventIds. The platform's {@code InboundEvents}
 * does the same one record at a time, with two round trips to MongoDB per event on top of the projection's own; a
 * batch needs a handful in all,
 * which is what lets the projection keep pace with the topics (docs/benchmarks.md).
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

    public ProjectionListener(ProcessedEvents processed, List<EventProjection> projections, ProjectionLag lag,
            ReplayRequest replay) {
        this.processed = processed;
        this.projections = projections;
        this.lag = lag;
        this.replay = replay;
    }

    @KafkaListener(id = ID, idIsGroup = false, batch = "true",
            topics = {Topics.TENANTS, Topics.HOUSING, Topics.ACTIVITIES})
    void on(List<ConsumerRecord<String, String>> records) {
        apply(records);
    }

    /**
     * Projects a batch of records (the listener's, or a rebuild's into the generation its thread writes); throws
     * {@link BatchListenerFailedException} at the first record that cannot be counted, the ones before it applied.
     */
    public void apply(List<ConsumerRecord<String, String>> records) {
        Map<String, Received> received = new LinkedHashMap<>();
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, String> record = records.get(index);
            Optional<EventEnvelope<DomainEvent>> event;
            try {
                event = EventCodec.decode(record.value());
            } catch (MalformedEventException e) {
                project(received);
                throw new BatchListenerFailedException("Unreadable record", e, index);
            }
            event.ifPresent(decoded -> received.putIfAbsent(decoded.eventId().toString(),
                    new Received(record, decoded)));
        }
        project(received);
    }

    private void project(Map<String, Received> received) {
        if (received.isEmpty()) {
            return;
        }
        Set<String> done = processed.alreadyProcessed(received.keySet());
        List<Received> applied = new ArrayList<>();
        FactWrites.begin();
        try {
            for (Received next : received.values()) {
                if (done.contains(next.event().eventId().toString())) {
                    continue;
                }
                try {
                    projections.forEach(projection -> projection.apply(next.event()));
                } catch (RuntimeException e) {
                    if (TransientFailures.isTransient(e)) {
                        throw e; // an outage: the platform retries the whole batch until it passes
                    }
                    writeAndRemember(applied);
                    throw new BatchListenerFailedException("Event cannot be counted", e, next.record());
                }
                applied.add(next);
            }
            writeAndRemember(applied);
        } finally {
            FactWrites.discard();
        }
    }

    private void writeAndRemember(List<Received> applied) {
        FactWrites.flush();
        processed.remember(applied.stream().map(Received::event).toList());
        if (FactWrites.generation() == null) { // a rebuild's replay says nothing of the live projection's freshness
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
