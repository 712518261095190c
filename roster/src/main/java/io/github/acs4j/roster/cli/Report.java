package io.github.acs4j.roster.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acs4j.roster.ApplyResult;
import io.github.acs4j.roster.Change;
import io.github.acs4j.roster.ChangeAction;
import io.github.acs4j.roster.FieldChange;
import io.github.acs4j.roster.Plan;
import io.github.acs4j.roster.Product;
import io.github.acs4j.roster.StepOutcome;
import io.github.acs4j.roster.StepResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders plans and apply results for people (aligned tables) or machines (JSON). Values arrive masked. */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Style style;

    Report(Style style) {
        this.style = style;
    }

    String planTable(Plan plan, boolean writesOnly) {
        TextTable t = new TextTable().row(style.bold("PRODUCT"), style.bold("KIND"), style.bold("NAME"),
                style.bold("ACTION"), style.bold("DETAIL"));
        int shown = 0;
        for (Change c : plan.changes()) {
            if (writesOnly && !c.action().writes()) {
                continue;
            }
            shown++;
            t.row(c.product().key(), kind(c), c.name(), style.action(c.action(), action(c.action())), detail(c));
        }
        StringBuilder sb = new StringBuilder();
        if (shown > 0) {
            sb.append(t.render());
        }
        sb.append(planSummary(plan));
        for (Map.Entry<Product, String> f : plan.readFailures().entrySet()) {
            sb.append(style.outcome(StepOutcome.FAILED, "could not read " + f.getKey().key())).append(": ")
                    .append(f.getValue()).append('\n');
        }
        return sb.toString();
    }

    private String planSummary(Plan plan) {
        int[] n = new int[ChangeAction.values().length];
        for (Change c : plan.changes()) {
            n[c.action().ordinal()]++;
        }
        List<String> parts = new ArrayList<>();
        for (ChangeAction a : ChangeAction.values()) {
            parts.add(n[a.ordinal()] + " " + action(a));
        }
        return "Plan: " + String.join(", ", parts) + (plan.prune() ? " (prune)" : "") + "\n";
    }

    String progressLine(int index, int total, StepResult r) {
        Change c = r.change();
        String width = String.valueOf(total);
        String counter = String.format("[%" + width.length() + "d/%d]", index, total);
        return counter + " " + c.product().key() + " " + kind(c) + " " + c.name() + ": "
                + style.action(c.action(), action(c.action())) + " " + style.outcome(r.outcome(), r.outcome().name().toLowerCase())
                + (r.detail() == null ? "" : " (" + r.detail() + ")");
    }

    String summaryTable(ApplyResult r) {
        TextTable t = new TextTable().row(style.bold("PRODUCT"), style.bold("CREATED"), style.bold("UPDATED"),
                style.bold("DELETED"), style.bold("UNCHANGED"), style.bold("UNMANAGED"), style.bold("FAILED"),
                style.bold("SKIPPED"));
        for (Product p : r.plan().roster().products().keySet()) {
            t.row(p.key(), done(r, p, ChangeAction.CREATE), done(r, p, ChangeAction.UPDATE), done(r, p, ChangeAction.DELETE),
                    String.valueOf(r.planned(p, ChangeAction.UNCHANGED)), String.valueOf(r.planned(p, ChangeAction.UNMANAGED)),
                    String.valueOf(r.count(p, StepOutcome.FAILED)), String.valueOf(r.count(p, StepOutcome.SKIPPED)) + (r.plan().readFailures().containsKey(p)
                            ? "  (not read: " + r.plan().readFailures().get(p) + ")" : ""));
        }
        String verdict = r.succeeded() ? style.outcome(StepOutcome.OK, "Apply succeeded")
                : style.outcome(StepOutcome.FAILED, "Apply did not complete");
        return t.render() + verdict + ": " + r.steps().size() + " steps, " + r.writeCalls() + " write calls, "
                + r.millis() + " ms\n";
    }

    private static String done(ApplyResult r, Product p, ChangeAction a) {
        int ok = 0;
        for (StepResult s : r.steps()) {
            if (s.change().product() == p && s.change().action() == a && s.outcome() == StepOutcome.OK) {
                ok++;
            }
        }
        return String.valueOf(ok);
    }

    String planJson(Plan plan, boolean writesOnly) {
        return write(planNode(plan, writesOnly));
    }

    String driftJson(Plan plan) {
        ObjectNode n = planNode(plan, true);
        n.put("drift", plan.hasDrift());
        return write(n);
    }

    String applyJson(ApplyResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.set("plan", planNode(r.plan(), false));
        ArrayNode steps = n.putArray("steps");
        for (StepResult s : r.steps()) {
            ObjectNode x = change(s.change());
            x.put("outcome", s.outcome().name().toLowerCase());
            x.put("detail", s.detail());
            x.put("millis", s.millis());
            steps.add(x);
        }
        ArrayNode summary = n.putArray("summary");
        for (Product p : r.plan().roster().products().keySet()) {
            ObjectNode x = summary.addObject();
            x.put("product", p.key());
            x.put("created", Integer.parseInt(done(r, p, ChangeAction.CREATE)));
            x.put("updated", Integer.parseInt(done(r, p, ChangeAction.UPDATE)));
            x.put("deleted", Integer.parseInt(done(r, p, ChangeAction.DELETE)));
            x.put("unchanged", r.planned(p, ChangeAction.UNCHANGED));
            x.put("unmanaged", r.planned(p, ChangeAction.UNMANAGED));
            for (StepOutcome o : new StepOutcome[] {StepOutcome.FAILED, StepOutcome.SKIPPED}) {
                x.put(o.name().toLowerCase(), r.count(p, o));
            }
        }
        n.put("succeeded", r.succeeded());
        n.put("writeCalls", r.writeCalls());
        n.put("millis", r.millis());
        return write(n);
    }

    private ObjectNode planNode(Plan plan, boolean writesOnly) {
        ObjectNode n = JSON.createObjectNode();
        n.put("roster", plan.roster().name());
        n.put("prune", plan.prune());
        ObjectNode failures = n.putObject("readFailures");
        for (Map.Entry<Product, String> f : plan.readFailures().entrySet()) {
            failures.put(f.getKey().key(), f.getValue());
        }
        ArrayNode changes = n.putArray("changes");
        for (Change c : plan.changes()) {
            if (!writesOnly || c.action().writes()) {
                changes.add(change(c));
            }
        }
        return n;
    }

    private static ObjectNode change(Change c) {
        ObjectNode x = JSON.createObjectNode();
        x.put("product", c.product().key());
        x.put("kind", kind(c));
        x.put("name", c.name());
        x.put("action", action(c.action()));
        ArrayNode fields = x.putArray("fields");
        for (FieldChange f : c.fieldChanges()) {
            fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
        }
        if (c.note() != null) {
            x.put("note", c.note());
        }
        return x;
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON output failed", e);
        }
    }

    private static String kind(Change c) {
        return c.kind().name().toLowerCase();
    }

    private static String action(ChangeAction a) {
        return a.name().toLowerCase();
    }

    private static String detail(Change c) {
        if (c.action() == ChangeAction.UPDATE) {
            List<String> parts = new ArrayList<>();
            for (FieldChange f : c.fieldChanges()) {
                parts.add(f.toString());
            }
            return String.join("; ", parts);
        }
        if (c.action() == ChangeAction.CREATE) {
            List<String> parts = new ArrayList<>();
            for (FieldChange f : c.fieldChanges()) {
                parts.add(f.field() + "=" + f.after());
            }
            return String.join("; ", parts);
        }
        return c.note() == null ? "" : c.note();
    }
}
