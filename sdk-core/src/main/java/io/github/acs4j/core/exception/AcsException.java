package io.github.acs4j.core.exception;

/**
 * Root of every exception acs4j throws. Unchecked, so callers handle only what they care about.
 */
public class AcsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong; never contains secrets
     */
    public AcsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong; never contains secrets
     * @param cause the underlying failure
     */
    public AcsException(String message, Throwable cause) {
        super(message, cause);
    }
}
