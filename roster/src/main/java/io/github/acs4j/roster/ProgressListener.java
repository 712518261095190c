package io.github.acs4j.roster;

/** Told about each step of an apply as it ends, in order. */
@FunctionalInterface
public interface ProgressListener {
    /** Tells nothing. */
    ProgressListener NONE = (index, total, result) -> { };

    /**
     * One step ended.
     *
     * @param index 1-based number of the step among the writing steps
     * @param total how many writing steps the apply carries out
     * @param result how it ended
     */
    void stepFinished(int index, int total, StepResult result);
}
