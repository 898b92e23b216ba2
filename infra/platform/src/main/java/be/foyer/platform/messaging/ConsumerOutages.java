package be.foyer.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.KafkaUtils;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The consumer groups of this service that are waiting out an outage: a transient failure ({@link TransientFailures})
 * is retried until it passes, so the group stops moving and its lag grows. Told of each failed try by the error
 * handler and of each success by the listener containers' interceptors. It shows as the health component
 * {@code kafkaConsumers} (status {@value #WAITING} with, per group, since when, how many tries and the last error's
 * class) and as the gauge {@value #METRIC} (seconds waited, per group; 0 when the group moves), and it logs an
 * outage when it starts, once a minute while it lasts and when it ends, not at every try.
 */
public class ConsumerOutages implements RetryListener, HealthIndicator {

    public static final String METRIC = "foyer.consumer.outage";
    public static final String WAITING = "WAITING";
    static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ConsumerOutages.class);

    private final Clock clock;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Outage> outages = new ConcurrentHashMap<>();
    private final Map<String, Boolean> gauges = new ConcurrentHashMap<>();

    public ConsumerOutages(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int attempt) {
        failed(record.topic() + "-" + record.partition() + "@" + record.offset(), failure);
    }

    @Override
    public void failedDelivery(ConsumerRecords<?, ?> records, Exception failure, int attempt) {
        failed("a batch of " + records.count() + " records", failure);
    }

    private void failed(String where, Exception failure) {
        if (!TransientFailures.isTransient(failure)) {
            return;
        }
        String group = group();
        Instant now = clock.instant();
        gauge(group);
        Outage outage = outages.compute(group, (key, known) -> known == null
                ? new Outage(now, 1, rootCause(failure), now) : known.tried(rootCause(failure)));
        if (outage.tries() == 1) {
            log.warn("Consumer group {} waits out an outage at {}: {}; retrying until it passes", group, where,
                    outage.lastError());
        } else if (Duration.between(outage.loggedAt(), now).compareTo(LOG_EVERY) >= 0) {
            outages.computeIfPresent(group, (key, known) -> known.logged(now));
            log.warn("Consumer group {} still waiting out an outage at {} for {} s ({} tries): {}", group, where,
                    Duration.between(outage.since(), now).toSeconds(), outage.tries(), outage.lastError());
        }
    }

    /** The calling listener's group processed what it was given: its outage, if any, is over. */
    public void passed() {
        String group = group();
        Outage ended = outages.remove(group);
        if (ended != null) {
            log.info("Consumer group {} moves again after an outage of {} s ({} tries)", group,
                    Duration.between(ended.since(), clock.instant()).toSeconds(), ended.tries());
        }
    }

    /** Whether a group of this service is waiting out an outage now. */
    public boolean waiting(String group) {
        return outages.containsKey(group);
    }

    @Override
    public Health health() {
        if (outages.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> waiting = new LinkedHashMap<>();
        outages.forEach((group, outage) -> waiting.put(group, Map.of("since", outage.since().toString(),
                "tries", outage.tries(), "lastError", outage.lastError())));
        return Health.status(new Status(WAITING, "waiting out an outage; the records are kept, not dead-lettered"))
                .withDetail("waiting", waiting).build();
    }

    private void gauge(String group) {
        if (registry != null && gauges.putIfAbsent(group, Boolean.TRUE) == null) {
            Gauge.builder(METRIC, outages, known -> {
                Outage outage = known.get(group);
                return outage == null ? 0 : Duration.between(outage.since(), clock.instant()).toSeconds();
            }).description("Seconds a consumer group has been waiting out an outage (0: it moves)")
                    .baseUnit("seconds").tag("group", group).register(registry);
        }
    }

    private static String group() {
        String group = KafkaUtils.getConsumerGroupId();
        return group == null ? "unknown" : group;
    }

    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private record Outage(Instant since, int tries, String lastError, Instant loggedAt) {

        Outage tried(String error) {
            return new Outage(since, tries + 1, error, loggedAt);
        }

        Outage logged(Instant at) {
            return new Outage(since, tries, lastError, at);
        }
    }
}
