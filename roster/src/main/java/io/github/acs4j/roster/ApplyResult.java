package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@link RosterSync#apply(Plan)} did: every step's outcome, and counts per product. Immutable. */
public final class ApplyResult {
    private final Plan plan;
    private final List<StepResult> steps;
    private final int writeCalls;
    private final long millis;

    ApplyResult(Plan plan, List<StepResult> steps, int writeCalls, long millis) {
        this.plan = plan;
        this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
        this.writeCalls = writeCalls;
        this.millis = millis;
    }

    /** @return the plan carried out */
    public Plan plan() {
        return plan;
    }

    /** @return every step that writes or was due to, in the order carried out */
    public List<StepResult> steps() {
        return steps;
    }

    /** @return how many write operations were called (a create settled and retried counts each call) */
    public int writeCalls() {
        return writeCalls;
    }

    /** @return the wall time of the apply */
    public long millis() {
        return millis;
    }

    /** @return whether every step succeeded and every product could be read */
    public boolean succeeded() {
        return count(null, StepOutcome.FAILED) + count(null, StepOutcome.SKIPPED) == 0
                && plan.readFailures().isEmpty();
    }

    /**
     * Counts steps.
     *
     * @param product a product, or {@code null} for all
     * @param outcome an outcome
     * @return how many steps of that product ended so
     */
    public int count(Product product, StepOutcome outcome) {
        int n = 0;
        for (StepResult s : steps) {
            if ((product == null || s.change().product() == product) && s.outcome() == outcome) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the plan's changes of one action, whether or not they succeeded.
     *
     * @param product a product, or {@code null} for all
     * @param action an action
     * @return how many
     */
    public int planned(Product product, ChangeAction action) {
        int n = 0;
        for (Change c : plan.changes()) {
            if ((product == null || c.product() == product) && c.action() == action) {
                n++;
            }
        }
        return n;
    }

    /** @return the steps that did not succeed, per product */
    public Map<Product, List<StepResult>> problems() {
        Map<Product, List<StepResult>> out = new EnumMap<>(Product.class);
        for (StepResult s : steps) {
            if (s.outcome() != StepOutcome.OK) {
                out.computeIfAbsent(s.change().product(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ApplyResult{steps=" + steps.size() + ", failed=" + count(null, StepOutcome.FAILED) + ", skipped="
                + count(null, StepOutcome.SKIPPED) + ", writeCalls=" + writeCalls + "}";
    }
}
