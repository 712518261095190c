package io.github.acs4j.core.waiters;

import io.github.acs4j.core.exception.AcsServiceException;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Judges one poll of a {@link Waiter}: when it matches (an answer that passes its predicate, or an error answer
 * with its code), the poll ends in its {@link WaiterState}. Immutable.
 *
 * @param <R> the polled operation's response type
 */
public final class Acceptor<R> {
    private final WaiterState state;
    private final String description;
    private final Predicate<? super R> response;
    private final String errorCode;

    private Acceptor(WaiterState state, String description, Predicate<? super R> response, String errorCode) {
        this.state = Objects.requireNonNull(state, "state");
        this.description = Objects.requireNonNull(description, "description");
        this.response = response;
        this.errorCode = errorCode;
    }

    /**
     * An acceptor that matches answers.
     *
     * @param state what a match means
     * @param description the state in words, e.g. {@code Contact.Status = Deleting}; exceptions quote it
     * @param predicate true for a matching answer
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> onResponse(WaiterState state, String description, Predicate<? super R> predicate) {
        return new Acceptor<>(state, description, Objects.requireNonNull(predicate, "predicate"), null);
    }

    /**
     * An acceptor that matches error answers ({@link AcsServiceException}) with one code.
     *
     * @param state what a match means, e.g. {@link WaiterState#SUCCESS} for "not found" when waiting for a deletion
     * @param errorCode the service's error code, e.g. {@code EntityNotExists.Contact}
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> onErrorCode(WaiterState state, String errorCode) {
        return new Acceptor<>(state, "error " + Objects.requireNonNull(errorCode, "errorCode"), null, errorCode);
    }

    /** @return what a match means */
    public WaiterState state() {
        return state;
    }

    /** @return the state in words */
    public String description() {
        return description;
    }

    /**
     * @param answer an answer of the polled operation
     * @return whether this acceptor matches it
     */
    public boolean matches(R answer) {
        return response != null && response.test(answer);
    }

    /**
     * @param failure what the poll threw
     * @return whether this acceptor matches it (a service error with this acceptor's code)
     */
    public boolean matches(Throwable failure) {
        return errorCode != null && failure instanceof AcsServiceException
                && errorCode.equals(((AcsServiceException) failure).errorCode());
    }

    @Override
    public String toString() {
        return "Acceptor{" + state + ": " + description + "}";
    }
}
