package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries out a plan's writing steps in the plan's order, one at a time, going on past failures. A step whose
 * prerequisite failed is skipped: a group is not written while one of its members could not be created or
 * updated, and a contact is not deleted while a group that held it could not be changed.
 */
final class Applier {
    private final Map<Product, ProductAdapter> adapters;
    private final ProgressListener progress;
    private final AtomicInteger calls = new AtomicInteger();
    private final Set<String> failedContacts = new HashSet<>();
    private final Set<String> heldByFailedGroups = new HashSet<>();

    Applier(Map<Product, ProductAdapter> adapters, ProgressListener progress) {
        this.adapters = adapters;
        this.progress = progress;
    }

    ApplyResult apply(Plan plan) {
        long start = System.nanoTime();
        List<Change> steps = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c.action().writes()) {
                steps.add(c);
            }
        }
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepResult r = step(steps.get(i));
            results.add(r);
            progress.stepFinished(i + 1, steps.size(), r);
        }
        return new ApplyResult(plan, results, calls.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private StepResult step(Change c) {
        long start = System.nanoTime();
        String blocker = blocker(c);
        if (blocker != null) {
            remember(c);
            return new StepResult(c, StepOutcome.SKIPPED, blocker, 0);
        }
        ProductAdapter adapter = adapters.get(c.product());
        try {
            String detail = null;
            switch (c.action()) {
                case CREATE:
                    detail = adapter.create(c.desired, calls);
                    break;
                case UPDATE:
                    adapter.update(c.live, c.desired, calls);
                    break;
                default:
                    adapter.delete(c.live, calls);
                    break;
            }
            return new StepResult(c, StepOutcome.OK, detail, millisSince(start));
        } catch (RuntimeException e) {
            if (c.action() == ChangeAction.DELETE && gone(adapter, c.live)) {
                return new StepResult(c, StepOutcome.OK, "already gone (" + RosterSync.reason(e)
                        + "): an earlier attempt whose answer was lost deleted it", millisSince(start));
            }
            remember(c);
            return new StepResult(c, StepOutcome.FAILED, RosterSync.reason(e), millisSince(start));
        }
    }

    /** A delete retried after its answer was lost finds nothing to delete: the listing settles it. */
    private static boolean gone(ProductAdapter adapter, Entry live) {
        try {
            for (Entry e : adapter.read()) {
                if (e.kind == live.kind && e.name.equals(live.name) && java.util.Objects.equals(e.id, live.id)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private String blocker(Change c) {
        if (c.kind() == ObjectKind.GROUP && c.desired != null) {
            for (String m : c.desired.list("members")) {
                if (failedContacts.contains(key(c.product(), m))) {
                    return "member " + m + " could not be created or updated";
                }
            }
        }
        if (c.kind() == ObjectKind.CONTACT && c.action() == ChangeAction.DELETE
                && heldByFailedGroups.contains(key(c.product(), c.name()))) {
            return "a group holding it could not be changed";
        }
        return null;
    }

    private void remember(Change c) {
        if (c.kind() == ObjectKind.CONTACT) {
            failedContacts.add(key(c.product(), c.name()));
        } else if (c.live != null) {
            for (String m : c.live.list("members")) {
                heldByFailedGroups.add(key(c.product(), m));
            }
        }
    }

    private static String key(Product p, String name) {
        return p + "/" + name;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
