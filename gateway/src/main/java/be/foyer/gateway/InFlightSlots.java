package be.foyer.gateway;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * At most {@code bound} requests in flight per key (a user's subject, an organisation's alias), in this process's
 * memory. A request beyond the bound waits in the key's line, first come first served, up to {@code maxWait}, when
 * fewer than {@code maxWaiting} already wait; otherwise it gets no slot. Waiting costs the services nothing: the
 * request has not left the gateway.
 * <p>
 * Every change of a key's line happens inside {@link ConcurrentHashMap#compute}, so a line is dropped exactly when it
 * has nothing in flight and nobody waiting: memory follows the keys with requests at this moment.
 */
final class InFlightSlots {

    private final int bound;
    private final int maxWaiting;
    private final Duration maxWait;
    private final Map<String, Line> lines = new ConcurrentHashMap<>();

    InFlightSlots(int bound, int maxWaiting, Duration maxWait) {
        if (bound < 1) {
            throw new IllegalArgumentException("An in-flight bound must be at least 1, was " + bound);
        }
        this.bound = bound;
        this.maxWaiting = Math.max(0, maxWaiting);
        this.maxWait = maxWait;
    }

    /**
     * A slot of {@code key}: at once when one is free, after waiting when one frees up in time, or empty (no slot:
     * too many in flight and waiting). The slot must be {@link Slot#release() released}; a subscriber that cancels
     * while waiting leaves the line and, if a slot reached it meanwhile, gives it back.
     */
    Mono<Slot> take(String key) {
        return Mono.defer(() -> {
            Slot[] free = new Slot[1];
            Waiter[] queued = new Waiter[1];
            lines.compute(key, (k, line) -> {
                Line current = line != null ? line : new Line();
                if (current.inFlight < bound) {
                    current.inFlight++;
                    free[0] = new Slot(() -> release(key));
                } else if (current.waiting.size() < maxWaiting) {
                    queued[0] = new Waiter(key);
                    current.waiting.add(queued[0]);
                }
                return current.isIdle() ? null : current;
            });
            if (free[0] != null) {
                return Mono.just(free[0]);
            }
            return queued[0] == null ? Mono.empty() : queued[0].outcome();
        });
    }

    /** Keys with requests in flight or waiting: zero once everything has completed, failed or been cancelled. */
    int activeKeys() {
        return lines.size();
    }

    private void release(String key) {
        Waiter[] next = new Waiter[1];
        lines.compute(key, (k, line) -> {
            if (line == null) {
                return null;
            }
            Waiter waiter;
            while ((waiter = line.waiting.poll()) != null) {
                if (waiter.grant()) {
                    next[0] = waiter;
                    return line; // the slot passes to the next in line: in flight stays the same
                }
            }
            line.inFlight--;
            return line.isIdle() ? null : line;
        });
        if (next[0] != null) {
            next[0].hand(); // outside compute: the waiter's request goes on from here, and may take other slots
        }
    }

    private void leave(Waiter waiter) {
        lines.computeIfPresent(waiter.key, (k, line) -> {
            line.waiting.remove(waiter);
            return line.isIdle() ? null : line;
        });
    }

    private static final class Line {
        int inFlight;
        final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

        boolean isIdle() {
            return inFlight == 0 && waiting.isEmpty();
        }
    }


    /** A request waiting in line: granted a slot, or gone (timed out, cancelled), whichever happens first. */
    private final class Waiter {
        private static final int WAITING = 0;
        private static final int GRANTED = 1;
        private static final int GONE = 2;

        final String key;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private final Sinks.One<Slot> sink = Sinks.one();
        private final Slot slot;

        Waiter(String key) {
            this.key = key;
            this.slot = new Slot(() -> release(key));
        }

        /** Called by a release, inside the line's compute: the slot is this waiter's unless it has gone. */
        boolean grant() {
            return state.compareAndSet(WAITING, GRANTED);
        }

        /** Hands the granted slot to the waiting request. */
        void hand() {
            sink.tryEmitValue(slot);
        }

        Mono<Slot> outcome() {
            Mono<Slot> timedOut = Mono.delay(maxWait).flatMap(tick -> giveUp() ? Mono.<Slot>empty() : sink.asMono());
            return Mono.firstWithSignal(sink.asMono(), timedOut)
                    .doOnCancel(() -> {
                        if (!giveUp() && state.get() == GRANTED) {
                            slot.release();
                        }
                    });
        }

        /** Leaves the line unless a slot was granted already; true when it left. */
        private boolean giveUp() {
            if (state.compareAndSet(WAITING, GONE)) {
                leave(this);
                return true;
            }
            return false;
        }
    }
}
