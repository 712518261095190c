package io.github.acs4j.core.client;

import java.net.URI;

/**
 * What an {@link ExecutionInterceptor} is told about one HTTP attempt. Immutable; holds no secret.
 */
public final class AttemptContext {
    private final String serviceName;
    private final String action;
    private final int attempt;
    private final String httpMethod;
    private final URI endpoint;
    private final int httpStatus;
    private final String requestId;
    private final long elapsedMillis;

    /**
     * @param serviceName product, e.g. {@code Cms}
     * @param action the API action
     * @param attempt attempt number, from 1
     * @param httpMethod the HTTP method
     * @param endpoint the endpoint (scheme, host, port, path; never a query)
     * @param httpStatus the HTTP status, 0 while none was received
     * @param requestId the RequestId of the answer, or null
     * @param elapsedMillis time since the attempt started
     */
    public AttemptContext(String serviceName, String action, int attempt, String httpMethod, URI endpoint,
                          int httpStatus, String requestId, long elapsedMillis) {
        this.serviceName = serviceName;
        this.action = action;
        this.attempt = attempt;
        this.httpMethod = httpMethod;
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.elapsedMillis = elapsedMillis;
    }

    /** @return the product, e.g. {@code Cms} */
    public String serviceName() {
        return serviceName;
    }

    /** @return the API action, e.g. {@code PutContact} */
    public String action() {
        return action;
    }

    /** @return the attempt number, from 1 */
    public int attempt() {
        return attempt;
    }

    /** @return the HTTP method */
    public String httpMethod() {
        return httpMethod;
    }

    /** @return the endpoint the attempt went to */
    public URI endpoint() {
        return endpoint;
    }

    /** @return the HTTP status, or 0 when no answer was received */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the RequestId of the answer, or null */
    public String requestId() {
        return requestId;
    }

    /** @return milliseconds since the attempt started */
    public long elapsedMillis() {
        return elapsedMillis;
    }

    @Override
    public String toString() {
        return "AttemptContext(" + serviceName + " " + action + " attempt " + attempt + ", " + httpMethod + " "
                + endpoint + ", status " + httpStatus + ", requestId " + requestId + ", " + elapsedMillis + " ms)";
    }
}
