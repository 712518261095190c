package io.github.acs4j.core.exception;

/**
 * The service answered with an error. Carries the HTTP status, the error code, the message and the
 * RequestId that Alibaba Cloud support asks for.
 */
public class AcsServiceException extends AcsException {
    private static final long serialVersionUID = 1L;

    private final ServiceError error;
    private final String diagnosis;

    /**
     * Creates an exception from the service's answer.
     *
     * @param error what the service answered
     */
    public AcsServiceException(ServiceError error) {
        this(error, null);
    }

    /**
     * Creates an exception from the service's answer with a client-side diagnosis appended.
     *
     * @param error what the service answered
     * @param diagnosis what the client found out about the failure (e.g. why a signature did not match), or null
     */
    public AcsServiceException(ServiceError error, String diagnosis) {
        super(describe(error, diagnosis));
        this.error = error;
        this.diagnosis = diagnosis;
    }

    private static String describe(ServiceError e, String diagnosis) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(e.errorMessage() == null ? "(no message)" : e.errorMessage());
        sb.append(" (Service: ").append(e.serviceName())
                .append(", Action: ").append(e.action())
                .append(", Status: ").append(e.httpStatus())
                .append(", Code: ").append(e.errorCode())
                .append(", RequestId: ").append(e.requestId());
        if (e.attempts() > 1) {
            sb.append(", Attempts: ").append(e.attempts());
        }
        sb.append(')');
        if (diagnosis != null) {
            sb.append(' ').append(diagnosis);
        }
        return sb.toString();
    }

    /** @return the full error as read from the answer */
    public ServiceError serviceError() {
        return error;
    }

    /** @return the product that answered, e.g. {@code Cms} */
    public String serviceName() {
        return error.serviceName();
    }

    /** @return the action that failed */
    public String action() {
        return error.action();
    }

    /** @return the HTTP status of the answer */
    public int httpStatus() {
        return error.httpStatus();
    }

    /** @return the service's error code, e.g. {@code InvalidParameter.Name} */
    public String errorCode() {
        return error.errorCode();
    }

    /**
     * @return the service's error message: the request's e-mail addresses and phone numbers and any e-mail
     *     address masked, secrets hidden; ids and other numbers as the service wrote them
     */
    public String errorMessage() {
        return error.errorMessage();
    }

    /** @return the RequestId of the failed call */
    public String requestId() {
        return error.requestId();
    }

    /** @return the HostId of the answer, if any */
    public String hostId() {
        return error.hostId();
    }

    /** @return the service's recommendation (a diagnosis link), if any */
    public String recommend() {
        return error.recommend();
    }

    /** @return how many HTTP attempts were made */
    public int attempts() {
        return error.attempts();
    }

    /** @return the client's diagnosis of the failure, or null */
    public String diagnosis() {
        return diagnosis;
    }

    /** @return true when the service throttled the call (it was not processed) */
    public boolean isThrottling() {
        return error.httpStatus() == 429 || ErrorCodes.THROTTLING.contains(error.errorCode());
    }

    /** @return true when repeating the call may succeed (throttling, 5xx, service unavailable) */
    public boolean isRetryable() {
        int s = error.httpStatus();
        return isThrottling() || s == 500 || s == 502 || s == 503 || s == 504
                || ErrorCodes.TRANSIENT.contains(error.errorCode());
    }

    /** @return true when the request's timestamp was rejected as too far from the server's clock */
    public boolean isClockSkew() {
        return ErrorCodes.CLOCK_SKEW.contains(error.errorCode());
    }

    /** @return true when the credentials or signature were rejected */
    public boolean isAuthFailure() {
        return ErrorCodes.AUTH_FAILURE.contains(error.errorCode());
    }
}
