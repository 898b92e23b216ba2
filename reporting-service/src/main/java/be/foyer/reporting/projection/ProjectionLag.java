package be.foyer.reporting.projection;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

import be.foyer.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Freshness: how long after it happened ({@code occurredAt}) an event reached the projection, and so the reports,
 * per topic. Read at {@code /actuator/metrics/foyer.projection.lag}. During a replay it measures the age of the
 * replayed events, as it should: the reports are that far behind until the replay ends.
 */
@Component
public class ProjectionLag {

    public static final String METRIC = "foyer.projection.lag";

    private final MeterRegistry registry;
    private final Clock clock;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    public ProjectionLag(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    public void projected(String topic, EventEnvelope<?> event) {
        Duration lag = Duration.between(event.occurredAt(), clock.instant());
        timers.computeIfAbsent(topic, this::timer).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private Timer timer(String topic) {
        return Timer.builder(METRIC)
                .description("Time from an event's occurredAt to its projection")
                .tag("topic", topic)
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }
}
