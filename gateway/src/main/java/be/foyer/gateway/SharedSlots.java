package be.foyer.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The services' capacity shared among organisations: at most {@code total} requests in flight over all keys, and a
 * key that already holds a slot never takes the last free one. An organisation with nothing in flight so always finds
 * a slot at once, however hard another one floods (its requests wait in their line at the gateway, where they cost
 * the services nothing). A freed slot goes to the waiting key with the fewest slots, then to the one waiting longest.
 * <p>
 * One lock for the whole pool: each change is a few counter and queue operations, far below the cost of the request
 * it admits.
 */
final class SharedSlots {

    private final int total;
    private final int maxWaiting;
    private final Duration maxWait;
    private final Map<String, Line> lines = new HashMap<>();
    private int used;
    private long arrivals;

    SharedSlots(int total, int maxWaiting, Duration maxWait) {
        if (total < 2) {
            throw new IllegalArgumentException("A shared in-flight bound must be at least 2 (one stays free), was "
                    + total);
        }
        this.total = total;
        this.maxWaiting = Math.max(0, maxWaiting);
        this.maxWait = maxWait;
    }

    /** A slot for {@code key}: at once, after waiting in its line, or empty (its line is full or the wait is over). */
    Mono<Slot> take(String key) {
        return Mono.defer(() -> {
            Waiter waiter;
            synchronized (this) {
                Line line = lines.computeIfAbsent(key, Line::new);
                if (line.waiting.isEmpty() && mayTake(line)) {
                    line.inFlight++;
                    used++;
                    return Mono.just(new Slot(() -> release(key)));
                }
                if (line.waiting.size() >= maxWaiting) {
                    dropIfIdle(line);
                    return Mono.empty();
                }
                waiter = new Waiter(key, ++arrivals);
                line.waiting.add(waiter);
            }
            return waiter.outcome();
        });
    }

    /** Keys with requests in flight or waiting: zero once everything is over. */
    synchronized int activeKeys() {
        return lines.size();
    }

    private boolean mayTake(Line line) {
        return line.inFlight == 0 ? used < total : used < total - 1;
    }

    private void release(String key) {
        Waiter next;
        synchronized (this) {
            Line line = lines.get(key);
            line.inFlight--;
            used--;
            dropIfIdle(line);
            next = nextWaiter();
            if (next != null) {
                Line granted = lines.get(next.key);
                granted.waiting.remove(next);
                granted.inFlight++;
                used++;
            }
        }
        if (next != null) {
            next.hand(); // outside the lock: the request goes on from here
        }
    }

    /** The first waiter of the line with the fewest in flight (then waiting longest) that may take a slot now. */
    private Waiter nextWaiter() {
        return lines.values().stream().filter(line -> !line.waiting.isEmpty() && mayTake(line))
                .min(Comparator.<Line>comparingInt(line -> line.inFlight)
                        .thenComparingLong(line -> line.waiting.peek().arrival))
                .map(line -> line.waiting.peek()).orElse(null);
    }

    private void leave(Waiter waiter) {
        synchronized (this) {
            Line line = lines.get(waiter.key);
            if (line != null && line.waiting.remove(waiter)) {
                dropIfIdle(line);
            }
        }
    }

    private void dropIfIdle(Line line) {
        if (line.inFlight == 0 && line.waiting.isEmpty()) {
            lines.remove(line.key);
        }
    }

    private static final class Line {
        final String key;
        int inFlight;
        final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

        Line(String key) {
            this.key = key;
        }
    }


    /** A request waiting in its key's line: handed a slot, or gone (timed out, cancelled), whichever comes first. */
    private final class Waiter {
        final String key;
        final long arrival;
        private final Sinks.One<Slot> sink = Sinks.one();
        private final AtomicBoolean settled = new AtomicBoolean();
        private final Slot slot;

        Waiter(String key, long arrival) {
            this.key = key;
            this.arrival = arrival;
            this.slot = new Slot(() -> release(key));
        }

        /** Called once the slot is counted as this waiter's (under the lock, then outside it). */
        void hand() {
            if (settled.compareAndSet(false, true)) {
                sink.tryEmitValue(slot);
            } else {
                slot.release(); // gave up in the meantime: the slot goes on to the next
            }
        }

        Mono<Slot> outcome() {
            Mono<Slot> timedOut = Mono.delay(maxWait).flatMap(tick -> giveUp() ? Mono.<Slot>empty() : sink.asMono());
            return Mono.firstWithSignal(sink.asMono(), timedOut).doOnCancel(() -> {
                if (!giveUp()) {
                    sink.asMono().subscribe(Slot::release); // handed already: give it back
                }
            });
        }

        /** Leaves the line unless a slot was handed already; true when it left. */
        private boolean giveUp() {
            if (settled.compareAndSet(false, true)) {
                leave(this);
                return true;
            }
            return false;
        }
    }
}
