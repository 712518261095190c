package io.github.acs4j.core;

/**
 * Facts about the HTTP exchange behind a response: the RequestId, the HTTP status and how many attempts
 * it took.
 */
public final class ResponseMetadata {
    /** Metadata of a response that was not received over HTTP (built by hand). */
    public static final ResponseMetadata NONE = new ResponseMetadata(null, 0, 0);

    private final String requestId;
    private final int httpStatus;
    private final int attempts;

    /**
     * @param requestId the RequestId the service returned
     * @param httpStatus the HTTP status
     * @param attempts the attempts the call took, the successful one included
     */
    public ResponseMetadata(String requestId, int httpStatus, int attempts) {
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.attempts = attempts;
    }

    /** @return the RequestId */
    public String requestId() {
        return requestId;
    }

    /** @return the HTTP status */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the number of attempts */
    public int attempts() {
        return attempts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResponseMetadata)) {
            return false;
        }
        ResponseMetadata m = (ResponseMetadata) o;
        return httpStatus == m.httpStatus && attempts == m.attempts && java.util.Objects.equals(requestId, m.requestId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(requestId, httpStatus, attempts);
    }

    @Override
    public String toString() {
        return "ResponseMetadata(requestId=" + requestId + ", httpStatus=" + httpStatus + ", attempts=" + attempts + ")";
    }
}
