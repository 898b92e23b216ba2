package be.foyer.gateway;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request's hold on a slot of a bound ({@link InFlightSlots}, {@link SharedSlots}); releasing twice (completion
 * and cancellation both seen) releases once.
 */
final class Slot {

    private final Runnable release;
    private final AtomicBoolean released = new AtomicBoolean();

    Slot(Runnable release) {
        this.release = release;
    }

    void release() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
