package io.github.acs4j.core.waiters;

import java.time.Duration;

/**
 * The wait ran out of attempts or of time before any acceptor ended it. {@link #lastResponse()} is the last
 * answer seen.
 */
public class WaiterTimeoutException extends WaiterException {
    private static final long serialVersionUID = 1L;

    /**
     * @param waiter the waiter's name
     * @param limit which limit ran out, in words (e.g. {@code maxAttempts 5})
     * @param attempts the polls made
     * @param elapsed the time from the first poll on
     * @param lastResponse the last answer, or null
     * @param lastState the last state seen, in words
     */
    public WaiterTimeoutException(String waiter, String limit, int attempts, Duration elapsed, Object lastResponse,
                                  String lastState) {
        super("Waiter " + waiter + " gave up (" + limit + " reached) after " + attempts + " poll"
                        + (attempts == 1 ? "" : "s") + " (" + elapsed.toMillis() + " ms) in state [" + lastState
                        + "]; last response: " + lastResponse,
                null, waiter, attempts, elapsed, lastResponse);
    }
}
