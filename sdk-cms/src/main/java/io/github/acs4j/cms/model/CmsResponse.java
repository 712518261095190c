package io.github.acs4j.cms.model;

import io.github.acs4j.core.AcsResponse;

import java.util.Objects;

/**
 * Fields every CloudMonitor response body carries: {@code Code}, {@code Message} and {@code Success},
 * besides the RequestId.
 */
public abstract class CmsResponse extends AcsResponse {
    private final String code;
    private final String message;
    private final Boolean success;

    /** @param b the values */
    protected CmsResponse(Builder<?, ?> b) {
        super(b);
        this.code = b.code;
        this.message = b.message;
        this.success = b.success;
    }

    /** @return the body's {@code Code}; {@code 200} on success */
    public String code() {
        return code;
    }

    /** @return the body's {@code Message} */
    public String message() {
        return message;
    }

    /** @return the body's {@code Success} */
    public Boolean success() {
        return success;
    }

    /**
     * @param o another response of the same class
     * @return whether the common fields are equal
     */
    protected boolean cmsEquals(CmsResponse o) {
        return baseEquals(o) && Objects.equals(code, o.code) && Objects.equals(message, o.message)
                && Objects.equals(success, o.success);
    }

    /** @return hash of the common fields */
    protected int cmsHashCode() {
        return Objects.hash(requestId(), code, message, success);
    }

    /**
     * Builder of the common fields.
     *
     * @param <B> the concrete builder
     * @param <R> the response
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends CmsResponse> extends AcsResponse.Builder<B, R> {
        private String code;
        private String message;
        private Boolean success;

        /** Starts empty. */
        protected Builder() {
        }

        /** @param r the response to copy */
        protected Builder(CmsResponse r) {
            super(r);
            this.code = r.code;
            this.message = r.message;
            this.success = r.success;
        }

        /**
         * @param code the {@code Code}
         * @return this
         */
        public B code(String code) {
            this.code = code;
            return self();
        }

        /**
         * @param message the {@code Message}
         * @return this
         */
        public B message(String message) {
            this.message = message;
            return self();
        }

        /**
         * @param success the {@code Success}
         * @return this
         */
        public B success(Boolean success) {
            this.success = success;
            return self();
        }
    }
}
