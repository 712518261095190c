package io.github.acs4j.core;

import java.util.Objects;

/**
 * Base of every response: the RequestId and the metadata of the exchange.
 */
public abstract class AcsResponse {
    private final String requestId;
    private final ResponseMetadata metadata;

    /**
     * @param builder the values
     */
    protected AcsResponse(Builder<?, ?> builder) {
        this.requestId = builder.requestId;
        this.metadata = builder.metadata == null ? ResponseMetadata.NONE : builder.metadata;
    }

    /** @return the RequestId the service returned */
    public String requestId() {
        return requestId;
    }

    /** @return HTTP status and attempt count of the exchange ({@link ResponseMetadata#NONE} when built by hand) */
    public ResponseMetadata metadata() {
        return metadata;
    }

    /**
     * Compares the fields of this base class; subclasses add theirs.
     *
     * @param other another response of the same class
     * @return whether the RequestIds are equal
     */
    protected boolean baseEquals(AcsResponse other) {
        return Objects.equals(requestId, other.requestId);
    }

    /**
     * Common builder of responses.
     *
     * @param <B> the concrete builder
     * @param <R> the response it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends AcsResponse> {
        private String requestId;
        private ResponseMetadata metadata;

        /** Starts empty. */
        protected Builder() {
        }

        /**
         * Starts from an existing response.
         *
         * @param r the response to copy
         */
        protected Builder(AcsResponse r) {
            this.requestId = r.requestId;
            this.metadata = r.metadata;
        }

        /**
         * @param requestId the RequestId
         * @return this
         */
        public B requestId(String requestId) {
            this.requestId = requestId;
            return self();
        }

        /**
         * @param metadata the exchange metadata
         * @return this
         */
        public B metadata(ResponseMetadata metadata) {
            this.metadata = metadata;
            return self();
        }

        /** @return this builder, typed */
        protected abstract B self();

        /** @return the response */
        public abstract R build();
    }
}
