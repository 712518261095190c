package io.github.acs4j.core.waiters;

/** What a matched {@link Acceptor} makes of a poll. */
public enum WaiterState {
    /** The wanted state is reached: the wait ends with a {@link WaiterResult}. */
    SUCCESS,
    /** A state the wanted one cannot follow: the wait ends with a {@link WaiterFailureException}. */
    FAILURE,
    /** Not there yet: poll again after the next delay. */
    RETRY
}
