package be.foyer.reporting.projection.messaging;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

/**
 * Where the listener goes on after a rebuild switched it to the generation the rebuild built: the offsets the rebuild
 * had read up to, taken the next time partitions are assigned to the listener. The service reads the three topics
 * with one consumer (listener concurrency 1), which gets every partition in one assignment, so one request is enough.
 */
@Component
public class ReplayRequest {

    private final AtomicReference<Map<TopicPartition, Long>> pending = new AtomicReference<>(Map.of());

    void goOnFrom(Map<TopicPartition, Long> positions) {
        pending.set(Map.copyOf(positions));
    }

    /** The positions to seek to (empty if none); the request is used up. */
    public Map<TopicPartition, Long> take() {
        return pending.getAndSet(Map.of());
    }
}
