package be.foyer.launcher.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Response times per label (a page, an API call), collected from many threads; percentiles by nearest rank. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    void record(String label, long elapsedNanos) {
        nanos.computeIfAbsent(label, l -> java.util.Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    void failed(String label) {
        failures.computeIfAbsent(label, l -> new AtomicInteger()).incrementAndGet();
    }

    /** One line per label: count, failures, p50/p95/p99/max in milliseconds. */
    List<String> lines(String prefix, double seconds) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(nanos).forEach((label, values) -> {
            List<Long> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            sorted.sort(null);
            lines.add(String.format("%s %-58s n=%5d (%5.1f/s) failed=%d  p50 %5.0f  p95 %5.0f  p99 %5.0f  max %5.0f ms",
                    prefix, label, sorted.size(), sorted.size() / seconds,
                    failures.getOrDefault(label, new AtomicInteger()).get(),
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1))));
        });
        failures.keySet().stream().filter(label -> !nanos.containsKey(label))
                .forEach(label -> lines.add(prefix + " " + label + " failed=" + failures.get(label).get()));
        return lines;
    }

    /** The p-th percentile of a label's times, in nanoseconds (0 without any). */
    long percentile(String label, int p) {
        List<Long> values = nanos.getOrDefault(label, List.of());
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        sorted.sort(null);
        return percentile(sorted, p);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
