package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * A waiter of the model: the operation it polls and the acceptors that judge each poll, in order. Generated
 * into {@code <Prefix>Waiters} and a {@code waitUntil<Name>} method family on both clients.
 */
final class WaiterModel {
    String name;
    String operation;
    String javadoc = "";
    String source;
    final List<AcceptorModel> acceptors = new ArrayList<>();

    /** {@code MessageContactDeleted} becomes {@code waitUntilMessageContactDeleted}. */
    String method() {
        return "waitUntil" + name;
    }

    /** {@code MessageContactDeleted} becomes {@code MESSAGE_CONTACT_DELETED}. */
    String constant() {
        return Names.constant(name);
    }

    /**
     * One acceptor: a state ({@code success}, {@code failure}, {@code retry}) and what it matches, either an
     * error code or a response member (a dotted path of Java names) compared with {@code equals}, {@code anyOf}
     * or {@code noneOf}.
     */
    static final class AcceptorModel {
        String state;
        String errorCode;
        String member;
        /** The member's wire path, for the description ({@code Contact.Status}). */
        String wirePath;
        /** The getters from the response to the member's value ({@code contact}, {@code status}). */
        final List<String> getters = new ArrayList<>();
        String matcher;
        final List<String> values = new ArrayList<>();
        String source;

        /** The state in words, e.g. {@code Contact.Status = Deleting}; exceptions quote it. */
        String description() {
            if (errorCode != null) {
                return null;
            }
            if ("equals".equals(matcher)) {
                return wirePath + " = " + values.get(0);
            }
            return wirePath + ("anyOf".equals(matcher) ? " is one of " : " is none of ") + String.join(", ", values);
        }
    }
}
