package io.github.acs4j.core.retry;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to repeat a failed call and how long to wait first.
 *
 * <p>{@link #standard()}: up to 3 attempts; full-jitter exponential backoff (base 100 ms, 1 s when
 * throttled, capped at 20 s); a server's {@code x-acs-retry-after} hint is honoured (up to the cap).
 * Retried: connect failures, timeouts and dropped connections, HTTP 429/500/502/503/504, throttling and
 * service-unavailable codes, as the failure's {@code isRetryable()} and {@code isThrottling()} say (a
 * product's exception answers those from its documented error codes first). A non-idempotent operation
 * is repeated only when the request provably was not processed: a connect failure, or a throttling
 * answer. Immutable and thread-safe.
 */
public final class RetryStrategy {
    private static final RetryStrategy STANDARD = builder().build();
    private static final RetryStrategy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration throttledBaseDelay;
    private final Duration maxBackoff;
    private final DoubleSupplier random;
    private final Sleeper sleeper;

    private RetryStrategy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.throttledBaseDelay = b.throttledBaseDelay;
        this.maxBackoff = b.maxBackoff;
        this.random = b.random;
        this.sleeper = b.sleeper;
    }

    /** @return the standard strategy described above */
    public static RetryStrategy standard() {
        return STANDARD;
    }

    /** @return a strategy that makes exactly one attempt */
    public static RetryStrategy none() {
        return NONE;
    }

    /** @return a builder starting from the standard settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this strategy's settings */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).throttledBaseDelay(throttledBaseDelay)
                .maxBackoff(maxBackoff).random(random).sleeper(sleeper);
    }

    /** @return the most attempts made for one call, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return what waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Decides whether to make another attempt.
     *
     * @param ctx the failed attempt
     * @return the delay before the next attempt in milliseconds, or -1 to give up
     */
    public long delayBeforeNextAttempt(RetryContext ctx) {
        if (ctx.attemptsMade() >= maxAttempts || !ctx.transientFailure()) {
            return -1;
        }
        if (!ctx.idempotent() && ctx.requestMayHaveBeenProcessed()) {
            return -1;
        }
        long cap = maxBackoff.toMillis();
        Long hint = ctx.retryAfterMillis();
        if (hint != null && hint >= 0) {
            return Math.min(hint, cap);
        }
        long base = (ctx.throttled() ? throttledBaseDelay : baseDelay).toMillis();
        int shift = Math.min(ctx.attemptsMade() - 1, 30);
        long ceiling = Math.min(cap, base << shift);
        return (long) (random.getAsDouble() * ceiling);
    }

    @Override
    public String toString() {
        return "RetryStrategy(maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", throttledBaseDelay="
                + throttledBaseDelay + ", maxBackoff=" + maxBackoff + ")";
    }

    /** Builder for {@link RetryStrategy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration throttledBaseDelay = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(20);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Sleeper sleeper = Sleeper.THREAD;

        private Builder() {
        }

        /**
         * @param n the most attempts, at least 1
         * @return this
         */
        public Builder maxAttempts(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + n);
            }
            this.maxAttempts = n;
            return this;
        }

        /**
         * @param d base of the exponential backoff
         * @return this
         */
        public Builder baseDelay(Duration d) {
            this.baseDelay = requireNonNegative("baseDelay", d);
            return this;
        }

        /**
         * @param d base of the backoff after a throttling answer
         * @return this
         */
        public Builder throttledBaseDelay(Duration d) {
            this.throttledBaseDelay = requireNonNegative("throttledBaseDelay", d);
            return this;
        }

        /**
         * @param d longest wait between two attempts
         * @return this
         */
        public Builder maxBackoff(Duration d) {
            this.maxBackoff = requireNonNegative("maxBackoff", d);
            return this;
        }

        /**
         * @param r source of jitter in [0, 1)
         * @return this
         */
        public Builder random(DoubleSupplier r) {
            if (r == null) {
                throw new IllegalArgumentException("random must not be null");
            }
            this.random = r;
            return this;
        }

        /**
         * @param r a seeded {@link Random} for reproducible jitter
         * @return this
         */
        public Builder random(Random r) {
            return random(r::nextDouble);
        }

        /**
         * @param s what waits between attempts (tests pass a recorder)
         * @return this
         */
        public Builder sleeper(Sleeper s) {
            if (s == null) {
                throw new IllegalArgumentException("sleeper must not be null");
            }
            this.sleeper = s;
            return this;
        }

        /** @return the strategy */
        public RetryStrategy build() {
            return new RetryStrategy(this);
        }

        private static Duration requireNonNegative(String name, Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive, was " + d);
            }
            return d;
        }
    }
}
