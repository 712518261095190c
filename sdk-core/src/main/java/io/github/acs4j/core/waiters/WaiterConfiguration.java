package io.github.acs4j.core.waiters;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how often a {@link Waiter} polls: the first delay, the factor each later delay grows by up to
 * a maximum, the most polls and the most total time. Immutable; {@link #defaults()} waits 2 s, then 1.5 times
 * longer each time up to 30 s, for at most 40 polls and 10 minutes.
 */
public final class WaiterConfiguration {
    private static final WaiterConfiguration DEFAULTS = builder().build();

    private final Duration delay;
    private final double backoffMultiplier;
    private final Duration maxDelay;
    private final int maxAttempts;
    private final Duration maxTotalTime;

    private WaiterConfiguration(Builder b) {
        this.delay = b.delay;
        this.backoffMultiplier = b.backoffMultiplier;
        this.maxDelay = b.maxDelay;
        this.maxAttempts = b.maxAttempts;
        this.maxTotalTime = b.maxTotalTime;
    }

    /** @return the default configuration (see the class comment) */
    public static WaiterConfiguration defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        return new Builder().delay(delay).backoffMultiplier(backoffMultiplier).maxDelay(maxDelay)
                .maxAttempts(maxAttempts).maxTotalTime(maxTotalTime);
    }

    /** @return the wait before the second poll (the first poll runs at once) */
    public Duration delay() {
        return delay;
    }

    /** @return the factor each later delay grows by */
    public double backoffMultiplier() {
        return backoffMultiplier;
    }

    /** @return the longest delay between two polls */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the most polls, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the most time from the first poll on; a delay that would end past it is not waited */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    /**
     * The wait after a given number of polls: {@code delay * backoffMultiplier^(polls-1)}, at most
     * {@link #maxDelay()}.
     *
     * @param polls the polls made so far (1 or more)
     * @return the wait before the next poll, in milliseconds
     */
    public long delayAfterMillis(int polls) {
        double millis = delay.toMillis() * Math.pow(backoffMultiplier, Math.max(0, polls - 1));
        return (long) Math.min(millis, (double) maxDelay.toMillis());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WaiterConfiguration)) {
            return false;
        }
        WaiterConfiguration c = (WaiterConfiguration) o;
        return delay.equals(c.delay) && Double.compare(backoffMultiplier, c.backoffMultiplier) == 0
                && maxDelay.equals(c.maxDelay) && maxAttempts == c.maxAttempts && maxTotalTime.equals(c.maxTotalTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delay, backoffMultiplier, maxDelay, maxAttempts, maxTotalTime);
    }

    @Override
    public String toString() {
        return "WaiterConfiguration{delay=" + delay + ", backoffMultiplier=" + backoffMultiplier + ", maxDelay="
                + maxDelay + ", maxAttempts=" + maxAttempts + ", maxTotalTime=" + maxTotalTime + "}";
    }

    /** Builder for {@link WaiterConfiguration}; {@link #build()} refuses values that cannot work, naming them. */
    public static final class Builder {
        private Duration delay = Duration.ofSeconds(2);
        private double backoffMultiplier = 1.5;
        private Duration maxDelay = Duration.ofSeconds(30);
        private int maxAttempts = 40;
        private Duration maxTotalTime = Duration.ofMinutes(10);

        private Builder() {
        }

        /**
         * @param delay the wait before the second poll; zero or more
         * @return this builder
         */
        public Builder delay(Duration delay) {
            this.delay = delay;
            return this;
        }

        /**
         * @param backoffMultiplier the factor each later delay grows by; 1 (a fixed delay) or more
         * @return this builder
         */
        public Builder backoffMultiplier(double backoffMultiplier) {
            this.backoffMultiplier = backoffMultiplier;
            return this;
        }

        /**
         * @param maxDelay the longest delay between two polls; at least {@code delay}
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /**
         * @param maxAttempts the most polls, the first included; 1 or more
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param maxTotalTime the most time from the first poll on; more than zero
         * @return this builder
         */
        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = maxTotalTime;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException naming the setting, the rule and the value
         */
        public WaiterConfiguration build() {
            check(delay != null && !delay.isNegative(), "delay", "must be zero or more", delay);
            check(backoffMultiplier >= 1 && !Double.isInfinite(backoffMultiplier), "backoffMultiplier",
                    "must be 1 or more", backoffMultiplier);
            check(maxDelay != null && maxDelay.compareTo(delay) >= 0, "maxDelay", "must be at least delay (" + delay + ")",
                    maxDelay);
            check(maxAttempts >= 1, "maxAttempts", "must be 1 or more", maxAttempts);
            check(maxTotalTime != null && !maxTotalTime.isNegative() && !maxTotalTime.isZero(), "maxTotalTime",
                    "must be more than zero", maxTotalTime);
            return new WaiterConfiguration(this);
        }

        private static void check(boolean ok, String field, String rule, Object value) {
            if (!ok) {
                throw new IllegalArgumentException("WaiterConfiguration." + field + " " + rule + "; got " + value);
            }
        }
    }
}
