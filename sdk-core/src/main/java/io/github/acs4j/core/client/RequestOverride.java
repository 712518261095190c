package io.github.acs4j.core.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings that replace the client's for the calls made through a client view
 * ({@code client.withOverride(o -> o.callTimeout(Duration.ofSeconds(2))).putContact(...)}). Immutable.
 */
public final class RequestOverride {
    /** No override: the client's own settings. */
    public static final RequestOverride NONE = builder().build();

    private final Duration callTimeout;

    private RequestOverride(Builder b) {
        this.callTimeout = b.callTimeout;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param settings fills a fresh builder
     * @return the override
     */
    public static RequestOverride of(Consumer<Builder> settings) {
        Builder b = builder();
        settings.accept(b);
        return b.build();
    }

    /** @return the total time for a call (all attempts and backoff), or null for the client's */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return builder().callTimeout(callTimeout);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOverride && Objects.equals(callTimeout, ((RequestOverride) o).callTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(callTimeout);
    }

    @Override
    public String toString() {
        return "RequestOverride(callTimeout=" + callTimeout + ")";
    }

    /** Builder for {@link RequestOverride}. */
    public static final class Builder {
        private Duration callTimeout;

        private Builder() {
        }

        /**
         * @param timeout total time for the call, all attempts and backoff included; null for the client's
         * @return this
         */
        public Builder callTimeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("callTimeout must be positive, was " + timeout);
            }
            this.callTimeout = timeout;
            return this;
        }

        /** @return the override */
        public RequestOverride build() {
            return new RequestOverride(this);
        }
    }
}
