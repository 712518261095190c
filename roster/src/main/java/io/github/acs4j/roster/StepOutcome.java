package io.github.acs4j.roster;

/** How one step of an apply ended. */
public enum StepOutcome {
    /** Done (or nothing to do). */
    OK,
    /** The product refused or could not be reached; the apply went on with the other steps. */
    FAILED,
    /** Not tried because a step it depends on failed (a group whose member could not be created, ...). */
    SKIPPED
}
