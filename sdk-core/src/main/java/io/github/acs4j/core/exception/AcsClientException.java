package io.github.acs4j.core.exception;

/**
 * No usable answer came from the service: invalid input, missing credentials, a connect or read
 * failure, a timeout, or a body that could not be read.
 */
public class AcsClientException extends AcsException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final boolean retryable;

    /**
     * Creates a client exception that is not retryable and happened before any attempt.
     *
     * @param message what went wrong
     */
    public AcsClientException(String message) {
        this(message, null, 0, false);
    }

    /**
     * Creates a client exception with a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public AcsClientException(String message, Throwable cause) {
        this(message, cause, 0, false);
    }

    /**
     * Creates a client exception with all details.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     * @param attempts how many HTTP attempts were made
     * @param retryable whether the failure is transient (e.g. a connect failure)
     */
    public AcsClientException(String message, Throwable cause, int attempts, boolean retryable) {
        super(message, cause);
        this.attempts = attempts;
        this.retryable = retryable;
    }

    /**
     * How many HTTP attempts were made before this failure; 0 when nothing was sent.
     *
     * @return the attempt count
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Whether the failure is transient, so that repeating the call may succeed.
     *
     * @return true for connect failures, timeouts and dropped connections
     */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Returns a copy of this exception that reports a different attempt count.
     *
     * @param attempts the attempt count to report
     * @return a new exception with the same message and cause
     */
    public AcsClientException withAttempts(int attempts) {
        AcsClientException copy = new AcsClientException(getMessage(), getCause(), attempts, retryable);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
