package io.github.acs4j.core.waiters;

import java.time.Duration;

/**
 * A poll matched a failure acceptor: the resource reached a state from which the wanted one cannot follow
 * (for example a contact being deleted while waiting for its verification). {@link #state()} says which.
 */
public class WaiterFailureException extends WaiterException {
    private static final long serialVersionUID = 1L;

    private final String state;

    /**
     * @param waiter the waiter's name
     * @param state the failure acceptor's description
     * @param attempts the polls made
     * @param elapsed the time from the first poll on
     * @param lastResponse the matching answer, or null when an error matched
     * @param cause the matching error, or null
     */
    public WaiterFailureException(String waiter, String state, int attempts, Duration elapsed, Object lastResponse,
                                  Throwable cause) {
        super("Waiter " + waiter + " reached the failure state [" + state + "] after " + attempts + " poll"
                        + (attempts == 1 ? "" : "s") + " (" + elapsed.toMillis() + " ms); last response: "
                        + (lastResponse != null ? lastResponse : "none, the poll failed: " + cause),
                cause, waiter, attempts, elapsed, lastResponse);
        this.state = state;
    }

    /** @return the failure state, as its acceptor describes it, e.g. {@code Contact.Status = Deleting} */
    public String state() {
        return state;
    }
}
