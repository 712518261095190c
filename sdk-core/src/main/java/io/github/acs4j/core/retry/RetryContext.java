package io.github.acs4j.core.retry;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.exception.AcsServiceException;

/**
 * What a {@link RetryStrategy} knows about a failed attempt.
 */
public final class RetryContext {
    private final int attemptsMade;
    private final AcsException failure;
    private final boolean idempotent;
    private final boolean requestMayHaveBeenProcessed;

    /**
     * @param attemptsMade attempts made so far, including the one that failed
     * @param failure why it failed
     * @param idempotent whether the operation may safely be repeated
     * @param requestMayHaveBeenProcessed false only when the request provably did not reach the service
     *     (connect failure, or the service answered that it throttled the call)
     */
    public RetryContext(int attemptsMade, AcsException failure, boolean idempotent,
                        boolean requestMayHaveBeenProcessed) {
        this.attemptsMade = attemptsMade;
        this.failure = failure;
        this.idempotent = idempotent;
        this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
    }

    /** @return attempts made so far, including the failed one */
    public int attemptsMade() {
        return attemptsMade;
    }

    /** @return the failure of the last attempt */
    public AcsException failure() {
        return failure;
    }

    /** @return whether the operation is idempotent */
    public boolean idempotent() {
        return idempotent;
    }

    /** @return false only when the request provably was not processed */
    public boolean requestMayHaveBeenProcessed() {
        return requestMayHaveBeenProcessed;
    }

    /** @return true when the service answered that the call was throttled */
    public boolean throttled() {
        return failure instanceof AcsServiceException && ((AcsServiceException) failure).isThrottling();
    }

    /** @return true when the failure is transient, whatever the operation */
    public boolean transientFailure() {
        if (failure instanceof AcsServiceException) {
            return ((AcsServiceException) failure).isRetryable();
        }
        return failure instanceof AcsClientException && ((AcsClientException) failure).isRetryable();
    }

    /** @return the server's retry-after hint in milliseconds, or null */
    public Long retryAfterMillis() {
        return failure instanceof AcsServiceException
                ? ((AcsServiceException) failure).serviceError().retryAfterMillis() : null;
    }
}
