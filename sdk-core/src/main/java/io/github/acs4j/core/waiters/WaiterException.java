package io.github.acs4j.core.waiters;

import io.github.acs4j.core.exception.AcsClientException;

import java.time.Duration;

/**
 * A wait that did not reach its wanted state: a failure state ({@link WaiterFailureException}), or the attempts
 * or time ran out ({@link WaiterTimeoutException}). Here {@link #attempts()} counts polls. The message names the
 * waiter, the last state seen and the last answer (as its redacting {@code toString()} shows it).
 */
public class WaiterException extends AcsClientException {
    private static final long serialVersionUID = 1L;

    private final String waiter;
    private final Duration elapsed;
    /** Response models are not serializable; a deserialized exception keeps the message only. */
    private final transient Object lastResponse;

    /**
     * @param message what went wrong
     * @param cause the last poll's error, or null
     * @param waiter the waiter's name, e.g. {@code MessageContactDeleted}
     * @param attempts the polls made
     * @param elapsed the time from the first poll on
     * @param lastResponse the last poll's answer, or null
     */
    protected WaiterException(String message, Throwable cause, String waiter, int attempts, Duration elapsed,
                              Object lastResponse) {
        super(message, cause, attempts, false);
        this.waiter = waiter;
        this.elapsed = elapsed;
        this.lastResponse = lastResponse;
    }

    /** @return the waiter's name, e.g. {@code MessageContactDeleted} */
    public String waiter() {
        return waiter;
    }

    /** @return the time from the first poll to the end of the wait */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return the last poll's answer (null when the last poll ended in an error, or after deserialization) */
    public Object lastResponse() {
        return lastResponse;
    }
}
