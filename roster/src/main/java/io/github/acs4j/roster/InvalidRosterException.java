package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A roster file that cannot be used; nothing was sent. Lists every problem found, one per line. */
public final class InvalidRosterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<RosterProblem> problems;

    /** @param problems what is wrong, at least one */
    public InvalidRosterException(List<RosterProblem> problems) {
        super(message(problems));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    private static String message(List<RosterProblem> problems) {
        StringBuilder sb = new StringBuilder("invalid roster (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):");
        for (RosterProblem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }

    /** @return every problem found, in file order */
    public List<RosterProblem> problems() {
        return problems;
    }
}
