package io.github.acs4j.core.exception;

import java.io.Serializable;

/**
 * The facts of one error answer from the service, as read from its HTTP status and JSON body.
 * Product exceptions are built from it. Serializable, so that the exceptions holding it are too.
 */
public final class ServiceError implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String serviceName;
    private final String action;
    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String hostId;
    private final String recommend;
    private final int attempts;
    private final Long retryAfterMillis;

    private ServiceError(Builder b) {
        this.serviceName = b.serviceName;
        this.action = b.action;
        this.httpStatus = b.httpStatus;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.requestId = b.requestId;
        this.hostId = b.hostId;
        this.recommend = b.recommend;
        this.attempts = b.attempts;
        this.retryAfterMillis = b.retryAfterMillis;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this error's values */
    public Builder toBuilder() {
        return new Builder().serviceName(serviceName).action(action).httpStatus(httpStatus)
                .errorCode(errorCode).errorMessage(errorMessage).requestId(requestId).hostId(hostId)
                .recommend(recommend).attempts(attempts).retryAfterMillis(retryAfterMillis);
    }

    /** @return the product, e.g. {@code Cms} */
    public String serviceName() {
        return serviceName;
    }

    /** @return the API action, e.g. {@code PutContact} */
    public String action() {
        return action;
    }

    /** @return the HTTP status of the answer */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the body's {@code Code} */
    public String errorCode() {
        return errorCode;
    }

    /** @return the body's {@code Message}, with the request's e-mail addresses and phone numbers masked (ids kept) */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the body's {@code RequestId} */
    public String requestId() {
        return requestId;
    }

    /** @return the body's {@code HostId} */
    public String hostId() {
        return hostId;
    }

    /** @return the body's {@code Recommend} (a diagnosis link) */
    public String recommend() {
        return recommend;
    }

    /** @return how many HTTP attempts were made */
    public int attempts() {
        return attempts;
    }

    /** @return the server's {@code x-acs-retry-after} hint in milliseconds, or null */
    public Long retryAfterMillis() {
        return retryAfterMillis;
    }

    /** Builder for {@link ServiceError}. */
    public static final class Builder {
        private String serviceName;
        private String action;
        private int httpStatus;
        private String errorCode;
        private String errorMessage;
        private String requestId;
        private String hostId;
        private String recommend;
        private int attempts;
        private Long retryAfterMillis;

        private Builder() {
        }

        /**
         * @param v product name
         * @return this
         */
        public Builder serviceName(String v) {
            this.serviceName = v;
            return this;
        }

        /**
         * @param v action
         * @return this
         */
        public Builder action(String v) {
            this.action = v;
            return this;
        }

        /**
         * @param v HTTP status
         * @return this
         */
        public Builder httpStatus(int v) {
            this.httpStatus = v;
            return this;
        }

        /**
         * @param v error code
         * @return this
         */
        public Builder errorCode(String v) {
            this.errorCode = v;
            return this;
        }

        /**
         * @param v error message
         * @return this
         */
        public Builder errorMessage(String v) {
            this.errorMessage = v;
            return this;
        }

        /**
         * @param v request id
         * @return this
         */
        public Builder requestId(String v) {
            this.requestId = v;
            return this;
        }

        /**
         * @param v host id
         * @return this
         */
        public Builder hostId(String v) {
            this.hostId = v;
            return this;
        }

        /**
         * @param v recommendation link
         * @return this
         */
        public Builder recommend(String v) {
            this.recommend = v;
            return this;
        }

        /**
         * @param v attempts made
         * @return this
         */
        public Builder attempts(int v) {
            this.attempts = v;
            return this;
        }

        /**
         * @param v retry-after hint in ms, or null
         * @return this
         */
        public Builder retryAfterMillis(Long v) {
            this.retryAfterMillis = v;
            return this;
        }

        /** @return the error */
        public ServiceError build() {
            return new ServiceError(this);
        }
    }
}
