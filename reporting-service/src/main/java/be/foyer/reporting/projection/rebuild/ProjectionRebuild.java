package be.foyer.reporting.projection.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;

import be.foyer.reporting.projection.FactCollection;
import be.foyer.reporting.projection.ReportSummaries;
import be.foyer.platform.messaging.ProcessedEvents;
import be.foyer.reporting.projection.messaging.ProjectionListener;

/**
 * Drops the projections and replays the three topics from the beginning. Targets are not projections (coordinators
 * set them) and stay. The ids of processed events are dropped too, or the replay would skip every event as a
 * duplicate. Runs at start-up with {@code foyer.reporting.rebuild-on-start=true}, or through the
 * {@code projections} Actuator endpoint.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final List<FactCollection> facts;
    private final ProcessedEvents processed;
    private final KafkaListenerEndpointRegistry listeners;
    private final ReplayRequest replay;
    private final Clock clock;

    public ProjectionRebuild(List<FactCollection> facts, ProcessedEvents processed,
            KafkaListenerEndpointRegistry listeners, ReplayRequest replay, Clock clock,
            @Value("${foyer.reporting.rebuild-on-start:false}") boolean rebuildOnStart) {
        this.facts = facts;
        this.processed = processed;
        this.listeners = listeners;
        this.replay = replay;
        this.clock = clock;
        if (rebuildOnStart || summariesMissing()) {
            // the listener containers start after the beans are made: no event can slip in between
            log.info("Rebuilding the projections at start-up");
            dropAndRequestReplay();
        }
    }

    /** Stops the listener (waiting for the batch in hand), drops, and starts it reading from the beginning. */
    public synchronized Rebuilt rebuild() {
        MessageListenerContainer container = listeners.getListenerContainer(ProjectionListener.ID);
        if (container == null) {
            throw new IllegalStateException("No listener container " + ProjectionListener.ID);
        }
        container.stop();
        dropAndRequestReplay();
        container.start();
        log.info("Projections dropped; replaying the topics from the beginning");
        return new Rebuilt(clock.instant(), facts.size() + 1);
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

    private void dropAndRequestReplay() {
        facts.forEach(FactCollection::clear);
        processed.clear();
        replay.request();
    }

    /**
     * @param startedAt          when the replay began; it goes on in the background
     * @param collectionsEmptied fact collections plus the processed event ids
     */
    public record Rebuilt(Instant startedAt, int collectionsEmptied) {
    }
}
