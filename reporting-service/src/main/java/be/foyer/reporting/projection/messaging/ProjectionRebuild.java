package be.foyer.reporting.projection.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.stereotype.Service;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.Topics;
import be.foyer.platform.messaging.ProcessedEvents;
import be.foyer.platform.messaging.TransientFailures;
import be.foyer.reporting.projection.FactCollection;
import be.foyer.reporting.projection.ProjectionGenerations;
import be.foyer.reporting.projection.ReportSummaries;

/**
 * Rebuilds the projections without taking them away (issue 13): replays the three topics from the beginning into the
 * next generation of every fact collection ({@link ProjectionGenerations}) with a consumer of its own group, while
 * the listener goes on applying new events to the live generation, which the reports keep reading. When the replay
 * has reached the topics' ends it stops the listener, reads what arrived meanwhile, switches the live generation
 * (one document), starts the listener again from where the replay stopped ({@link ReplayRequest}: nothing applied
 * twice, nothing missed) and drops the old generation. Targets are not projections and stay. Runs at start-up with
 * {@code foyer.reporting.rebuild-on-start=true}, or through the {@code projections} Actuator endpoint; a restart
 * during a rebuild abandons it (the live generation stays; the next rebuild drops the leftovers).
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration OUTAGE_PAUSE = Duration.ofSeconds(1);

    private final List<FactCollection> facts;
    private final ProjectionGenerations generations;
    private final MongoCollection<Document> processed;
    private final ProjectionListener listener;
    private final ConsumerFactory<String, String> consumers;
    private final KafkaListenerEndpointRegistry listeners;
    private final ReplayRequest replay;
    private final Clock clock;
    private final String group;
    private final boolean rebuildOnStart;
    private Rebuilt running;

    public ProjectionRebuild(List<FactCollection> facts, MongoDatabase database, ProjectionListener listener,
            ConsumerFactory<String, String> consumers, KafkaListenerEndpointRegistry listeners, ReplayRequest replay,
            Clock clock, @Value("${spring.kafka.consumer.group-id}") String group,
            @Value("${foyer.reporting.rebuild-on-start:false}") boolean rebuildOnStart) {
        this.facts = facts;
        this.generations = ProjectionGenerations.of(database);
        this.processed = database.getCollection(ProcessedEvents.COLLECTION);
        this.listener = listener;
        this.consumers = consumers;
        this.listeners = listeners;
        this.replay = replay;
        this.clock = clock;
        this.group = group;
        this.rebuildOnStart = rebuildOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (rebuildOnStart || summariesMissing()) {
            log.info("Rebuilding the projections at start-up");
            rebuild();
        }
    }

    /** Starts a rebuild in the background (or answers the one under way). */
    public synchronized Rebuilt rebuild() {
        if (running != null) {
            return running;
        }
        Rebuilt started = new Rebuilt(clock.instant(), generations.live() + 1);
        running = started;
        Thread thread = new Thread(() -> build(started.generation()), "projection-rebuild");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /** Whether a rebuild is under way. */
    public synchronized boolean underWay() {
        return running != null;
    }

    private void build(int generation) {
        String rebuildGroup = group + "-rebuild-g" + generation;
        int old = generations.live();
        try (Consumer<String, String> consumer = consumer(rebuildGroup)) {
            facts.forEach(collection -> collection.drop(generation));
            forgetProcessed(rebuildGroup);
            generations.building(generation);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.TENANTS, Topics.HOUSING, Topics.ACTIVITIES)) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            log.info("Rebuilding the projections into generation {}", generation);
            readToTheEnd(consumer, partitions, generation, rebuildGroup); // the history
            readToTheEnd(consumer, partitions, generation, rebuildGroup); // what arrived meanwhile
            MessageListenerContainer live = listeners.getListenerContainer(ProjectionListener.ID);
            if (live != null) {
                live.stop(); // waits for the batch in hand
            }
            readToTheEnd(consumer, partitions, generation, rebuildGroup); // the last ones, the listener stopped
            Map<TopicPartition, Long> positions = new HashMap<>();
            partitions.forEach(partition -> positions.put(partition, consumer.position(partition)));
            replay.goOnFrom(positions);
            generations.switchTo(generation);
            if (live != null) {
                live.start();
            }
            facts.forEach(collection -> collection.drop(old));
            forgetProcessed(rebuildGroup);
            log.info("Projections rebuilt: generation {} is live", generation);
        } catch (RuntimeException e) {
            log.error("Rebuild into generation {} failed; generation {} stays live", generation, old, e);
            MessageListenerContainer live = listeners.getListenerContainer(ProjectionListener.ID);
            if (live != null && !live.isRunning()) {
                live.start();
            }
        } finally {
            synchronized (this) {
                running = null;
            }
        }
    }

    /** Reads up to the end offsets as they are now, projecting into {@code generation}. */
    private void readToTheEnd(Consumer<String, String> consumer, List<TopicPartition> partitions, int generation,
            String rebuildGroup) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            consumer.poll(POLL).forEach(records::add);
            project(records, generation, rebuildGroup);
        }
    }

    /**
     * Through the listener's own batch path, into {@code generation}, its processed event ids under the rebuild's
     * group. A record the listener could not count (it sent it to the DLT when it met it) is skipped; an outage is
     * waited out.
     */
    private void project(List<ConsumerRecord<String, String>> records, int generation, String rebuildGroup) {
        List<ConsumerRecord<String, String>> rest = records;
        KafkaUtils.setConsumerGroupId(rebuildGroup);
        try {
            while (!rest.isEmpty()) {
                try {
                    listener.apply(rest, generation);
                    rest = List.of();
                } catch (BatchListenerFailedException e) {
                    int failed = e.getRecord() != null ? rest.indexOf(e.getRecord()) : e.getIndex();
                    log.warn("Rebuild skips a record it cannot count: {}", e.getMessage());
                    rest = rest.subList(failed + 1, rest.size());
                } catch (RuntimeException e) {
                    if (!TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    pause();
                }
            }
        } finally {
            KafkaUtils.clearConsumerGroupId();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(OUTAGE_PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", interrupted);
        }
    }

    private void forgetProcessed(String rebuildGroup) {
        processed.deleteMany(Filters.regex("_id", "^" + Pattern.quote(rebuildGroup + "/")));
    }

    private Consumer<String, String> consumer(String rebuildGroup) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(rebuildGroup, null, null, overrides);
    }

    /**
     * Facts projected by a version before the report summaries (what the reports read) have no summaries: the
     * first start of this version rebuilds them from the topics, or every report would read zero.
     */
    private boolean summariesMissing() {
        boolean noSummaries = facts.stream().anyMatch(collection -> collection instanceof ReportSummaries
                && collection.size() == 0);
        return noSummaries && facts.stream().anyMatch(collection -> !(collection instanceof ReportSummaries)
                && collection.size() > 0);
    }

    /**
     * @param startedAt  when the replay began; it goes on in the background
     * @param generation the generation it builds; the reports read the one before until it is done
     */
    public record Rebuilt(Instant startedAt, int generation) {
    }
}
