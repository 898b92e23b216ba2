package be.foyer.reporting.projection.rebuild;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * A rebuild's request that the listener read its topics again from the beginning the next time partitions are
 * assigned to it. The service reads the three topics with one consumer (listener concurrency 1), which gets every
 * partition in one assignment, so one flag is enough.
 */
@Component
public class ReplayRequest {

    private final AtomicBoolean pending = new AtomicBoolean();

    void request() {
        pending.set(true);
    }

    /** Whether a replay was requested; the request is used up. */
    public boolean take() {
        return pending.getAndSet(false);
    }
}
