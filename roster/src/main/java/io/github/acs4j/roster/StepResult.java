package io.github.acs4j.roster;

/** How one {@link Change} was carried out. Immutable. */
public final class StepResult {
    private final Change change;
    private final StepOutcome outcome;
    private final String detail;
    private final long millis;

    StepResult(Change change, StepOutcome outcome, String detail, long millis) {
        this.change = change;
        this.outcome = outcome;
        this.detail = detail;
        this.millis = millis;
    }

    /** @return the change */
    public Change change() {
        return change;
    }

    /** @return how it ended */
    public StepOutcome outcome() {
        return outcome;
    }

    /**
     * @return what happened when it is not plain success: the error (masked), why it was skipped, or that an
     *     unknown create outcome was settled by listing; else {@code null}
     */
    public String detail() {
        return detail;
    }

    /** @return how long the step took */
    public long millis() {
        return millis;
    }

    @Override
    public String toString() {
        return change + " -> " + outcome + (detail == null ? "" : " (" + detail + ")");
    }
}
