package io.github.acs4j.core.waiters;

import java.time.Duration;
import java.util.Optional;

/**
 * How a wait ended in success: the poll that matched (its answer, or the error a success acceptor matched,
 * such as "not found" when waiting for a deletion), how many polls it took and how long.
 *
 * @param <R> the polled operation's response type
 */
public final class WaiterResult<R> {
    private final R response;
    private final Throwable exception;
    private final int attempts;
    private final Duration elapsed;
    private final String state;

    WaiterResult(R response, Throwable exception, int attempts, Duration elapsed, String state) {
        this.response = response;
        this.exception = exception;
        this.attempts = attempts;
        this.elapsed = elapsed;
        this.state = state;
    }

    /** @return the last poll's answer; empty when an error answer was the success */
    public Optional<R> response() {
        return Optional.ofNullable(response);
    }

    /** @return the error answer a success acceptor matched; empty when an answer was the success */
    public Optional<Throwable> exception() {
        return Optional.ofNullable(exception);
    }

    /** @return the polls made, the matching one included (each poll may itself have retried HTTP attempts) */
    public int attempts() {
        return attempts;
    }

    /** @return the time from the first poll to the end of the last */
    public Duration elapsed() {
        return elapsed;
    }

    /** @return the success acceptor's description, e.g. {@code error EntityNotExists.Contact} */
    public String matchedState() {
        return state;
    }

    @Override
    public String toString() {
        return "WaiterResult{state=" + state + ", attempts=" + attempts + ", elapsed=" + elapsed.toMillis() + " ms, "
                + (response != null ? "response=" + response : "exception=" + exception) + "}";
    }
}
