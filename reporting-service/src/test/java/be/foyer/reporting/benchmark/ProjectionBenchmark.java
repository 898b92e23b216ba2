package be.foyer.reporting.benchmark;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Projected;
import be.foyer.reporting.projection.messaging.ProjectionListener;
import be.foyer.reporting.projection.rebuild.HistoryGenerator;
import be.foyer.reporting.projection.messaging.ProjectionRebuild;
import be.foyer.reporting.projection.rebuild.Publisher;

/**
 * Not a test: measures, prints and writes {@code target/benchmark.txt}. Excluded from every build; run it alone
 * (command in docs/benchmarks.md). Everything runs in this one JVM: the in-process Kafka broker, mongo-java-server,
 * the projection and the load, so "per core" divides by the CPU time of the whole process.
 * <ol>
 * <li>Throughput: a generated history is published while the listener is stopped; a plain consumer reads it from
 * the beginning (poll only), then a rebuild projects it from the beginning (into a new generation, its processed
 * ids counted as it goes). Events per wall second and per CPU
 * second of each, in a cold round and then a warm one. CPU is counted twice: the whole process, and the process
 * without the MongoDB stand-in's server threads ({@value #STORE_THREADS}*, per-thread CPU time), which in
 * production are another process (MongoDB's own).</li>
 * <li>Lag: events sent at a steady rate, each stamped {@code occurredAt} as it is sent; the lag is the time until
 * the platform remembers it as processed, which it does right after the projection wrote the facts that the
 * reports read.</li>
 * </ol>
 */
@Tag("benchmark")
@FoyerServiceTest
class ProjectionBenchmark {

    private static final int HISTORY_SCALE = Integer.getInteger("benchmark.scale", 40);
    private static final int RATE = Integer.getInteger("benchmark.rate", 500);
    private static final int LAG_SECONDS = Integer.getInteger("benchmark.seconds", 30);
    /** The name prefix of mongo-java-server's threads (its netty event loops). */
    private static final String STORE_THREADS = "mongo-server";

    @Autowired
    MongoDatabase database;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        report("cores available to the JVM: " + Runtime.getRuntime().availableProcessors());
        throughput();
        lag();
        Files.write(Path.of("target", "benchmark.txt"), lines);
    }

    private void throughput() {
        listeners.getListenerContainer(ProjectionListener.ID).stop();
        List<EventEnvelope<?>> history = new HistoryGenerator(1L).generate(HISTORY_SCALE);
        try (Publisher publisher = new Publisher(kafka, 5)) {
            publisher.sendAll(history);
        }
        int events = history.size();
        report("history: " + events + " events on the three topics");

        // the first round runs cold (interpreted code, lazy class loading); the second one, warm, is the figure
        for (String round : List.of("cold", "warm")) {
            Result plain = readPlainly(events, round);
            Result projected = project(events, round);
            report(String.format("%s: projection / plain consumer: %.1f%% per CPU second, %.1f%% per CPU second"
                    + " without the store's server threads, %.1f%% per wall second",
                    round, 100 * projected.perCpuSecond() / plain.perCpuSecond(),
                    100 * projected.perCpuSecondWithoutStore() / plain.perCpuSecondWithoutStore(),
                    100 * projected.perWallSecond() / plain.perWallSecond()));
        }
    }

    private Result readPlainly(int events, String round) {
        Measure plain = Measure.start();
        long read = 0;
        try (KafkaConsumer<String, String> consumer = plainConsumer()) {
            consumer.subscribe(Topics.ALL);
            while (read < events) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                read += records.count();
            }
        }
        Result result = plain.stop(round + ": plain consumer", read);
        report(result);
        return result;
    }

    private Result project(int events, String round) {
        Measure projection = Measure.start();
        rebuild.rebuild();
        // a cheap count every 50 ms: a heavier poll would eat the CPU it measures
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> Projected.processedCount(database) >= events);
        Result result = projection.stop(round + ": projection (rebuild from the beginning)", events);
        report(result);
        // the rebuild then switches generations and forgets its processed ids: the next round starts after that
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> !rebuild.underWay());
        return result;
    }

    private void lag() throws InterruptedException {
        List<EventEnvelope<?>> load = new ArrayList<>(new HistoryGenerator(2L).generate(Math.max(1,
                RATE * LAG_SECONDS / 750)));
        Collections.shuffle(load);
        int count = Math.min(load.size(), RATE * LAG_SECONDS);
        long processedBefore = Projected.processedCount(database);
        Map<String, Instant> sentAt = new HashMap<>();
        long intervalNanos = 1_000_000_000L / RATE;
        long start = System.nanoTime();
        try (Publisher publisher = new Publisher(kafka, 0)) {
            for (int i = 0; i < count; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                EventEnvelope<?> event = load.get(i);
                Instant now = Instant.now();
                publisher.send(new EventEnvelope<>(event.eventId(), event.type(), event.version(), now,
                        event.organisation(), event.aggregateId(), event.payload()));
                sentAt.put(event.eventId().toString(), now);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("lag load: %d events in %.1f s (%.0f events/s)", count, seconds, count / seconds));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> Projected.processedCount(database) >= processedBefore + count);
        List<Long> lags = new ArrayList<>();
        // one pass over all processed events: an $in on an unindexed field would make the stand-in compare every
        // document with every id sent
        for (Document processed : database.getCollection("processed_events").find()) {
            Instant sent = sentAt.get(processed.getString("eventId"));
            if (sent != null) {
                lags.add(Duration.between(sent, processed.getDate("processedAt").toInstant()).toMillis());
            }
        }
        Collections.sort(lags);
        report(String.format("event-to-report lag at %d events/s: p50 %d ms, p99 %d ms, max %d ms (%d events)",
                RATE, percentile(lags, 50), percentile(lags, 99), lags.get(lags.size() - 1), lags.size()));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private KafkaConsumer<String, String> plainConsumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-plain-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    private void report(Object line) {
        System.out.println("[benchmark] " + line);
        lines.add(String.valueOf(line));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the store's server threads: long-lived event loops, so their totals can be subtracted. */
    private static long storeCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(STORE_THREADS)) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private static final class Measure {
        private final long wallStart = System.nanoTime();
        private final long cpuStart = processCpuNanos();
        private final long storeStart = storeCpuNanos();

        static Measure start() {
            return new Measure();
        }

        Result stop(String what, long events) {
            return new Result(what, events, (System.nanoTime() - wallStart) / 1e9,
                    (processCpuNanos() - cpuStart) / 1e9, (storeCpuNanos() - storeStart) / 1e9);
        }
    }

    /** @param storeCpuSeconds the part of {@code cpuSeconds} spent in the store's server threads */
    private record Result(String what, long events, double wallSeconds, double cpuSeconds, double storeCpuSeconds) {

        double perWallSecond() {
            return events / wallSeconds;
        }

        double perCpuSecond() {
            return events / cpuSeconds;
        }

        double perCpuSecondWithoutStore() {
            return events / (cpuSeconds - storeCpuSeconds);
        }

        @Override
        public String toString() {
            return String.format("%s: %d events in %.2f s wall, %.2f s CPU (%.2f s of it the store's server threads):"
                    + " %.0f events/s, %.0f events per CPU second, %.0f without the store's server threads",
                    what, events, wallSeconds, cpuSeconds, storeCpuSeconds, perWallSecond(), perCpuSecond(),
                    perCpuSecondWithoutStore());
        }
    }
}
