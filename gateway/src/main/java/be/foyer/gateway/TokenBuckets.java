package be.foyer.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a user's subject, an organisation's alias), in this process's memory: the gateway is a
 * single process, so no shared store is needed. A bucket that has refilled completely is the same as a new one, so
 * such buckets are dropped now and then; memory grows with the users active in the last minutes, not with all users.
 */
final class TokenBuckets {

    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RateLimits.Budget budget;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    TokenBuckets(RateLimits.Budget budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.clock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
    }

    /** Takes one request from the key's bucket: {@link Duration#ZERO} if served, else how long until it would be. */
    Duration take(String key) {
        long now = clock.getAsLong();
        sweepIfDue(now);
        return buckets.computeIfAbsent(key, k -> new Bucket(budget.burst(), now)).take(now);
    }

    /** Gives back a request taken from a key's bucket (the other budget refused it, so it was not served). */
    void giveBack(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    private void sweepIfDue(long now) {
        if (now - lastSweep < SWEEP_EVERY_NANOS) {
            return;
        }
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.fullAt(now));
    }

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / budget.perSecond() * 1e9));
        }

        synchronized void giveBack() {
            tokens = Math.min(budget.burst(), tokens + 1);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= budget.burst();
        }

        private void refill(long now) {
            tokens = Math.min(budget.burst(), tokens + (now - updated) / 1e9 * budget.perSecond());
            updated = now;
        }
    }
}
