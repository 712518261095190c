package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what a roster wants in one product with what is there, and orders the result for execution:
 * contacts created and updated first, then groups (which may now name them), then group deletions, then
 * contact deletions (a contact is deleted only once no group the roster keeps holds it).
 */
final class Planner {
    private Planner() {
    }

    static List<Change> plan(Roster roster, List<Entry> desired, List<Entry> live, boolean prune) {
        List<Change> out = new ArrayList<>();
        List<Entry> unmatched = new ArrayList<>(live);
        Set<String> wanted = new HashSet<>();
        for (Entry d : desired) {
            wanted.add(d.kind + "/" + d.name);
            Entry l = take(unmatched, d.kind, d.name);
            out.add(l == null ? create(d) : compare(l, d));
        }
        for (Entry l : unmatched) {
            boolean retired = (l.kind == ObjectKind.CONTACT ? roster.retiredPeople() : roster.retiredGroups())
                    .contains(l.name);
            if (wanted.contains(l.kind + "/" + l.name)) {
                out.add(new Change(l.product, l.kind, l.name, ChangeAction.UNMANAGED, Collections.<FieldChange>emptyList(),
                        "another " + l.kind.name().toLowerCase() + " of this name, id " + l.id + "; left alone", l, null));
            } else if (retired || prune) {
                out.add(new Change(l.product, l.kind, l.name, ChangeAction.DELETE, Collections.<FieldChange>emptyList(),
                        retired ? "retired in the roster" : "not in the roster (prune)", l, null));
            } else {
                out.add(new Change(l.product, l.kind, l.name, ChangeAction.UNMANAGED, Collections.<FieldChange>emptyList(),
                        "not in the roster; kept (prune deletes it)", l, null));
            }
        }
        return out;
    }

    /** Execution order across products: see the class comment. Stable, so file order stays within a phase. */
    static void order(List<Change> changes) {
        Collections.sort(changes, Comparator.comparingInt(Planner::phase));
    }

    private static int phase(Change c) {
        boolean delete = c.action() == ChangeAction.DELETE;
        if (c.kind() == ObjectKind.CONTACT) {
            return delete ? 3 : 0;
        }
        return delete ? 2 : 1;
    }

    private static Entry take(List<Entry> live, ObjectKind kind, String name) {
        for (int i = 0; i < live.size(); i++) {
            Entry e = live.get(i);
            if (e.kind == kind && name.equals(e.name)) {
                return live.remove(i);
            }
        }
        return null;
    }

    private static Change create(Entry d) {
        List<FieldChange> fields = new ArrayList<>();
        for (Map.Entry<String, Object> f : d.fields.entrySet()) {
            if (f.getValue() != null && !(f.getValue() instanceof List && ((List<?>) f.getValue()).isEmpty())) {
                fields.add(new FieldChange(f.getKey(), null, Entry.display(f.getKey(), f.getValue())));
            }
        }
        return new Change(d.product, d.kind, d.name, ChangeAction.CREATE, fields, null, null, d);
    }

    private static Change compare(Entry l, Entry d) {
        List<FieldChange> fields = new ArrayList<>();
        boolean pending = false;
        for (Map.Entry<String, Object> f : d.fields.entrySet()) {
            Object want = f.getValue();
            Object have = l.fields.get(f.getKey());
            if (Objects.equals(want, have)) {
                continue;
            }
            if (want != null && l.pending.contains(want.toString())) {
                pending = true;
                continue;
            }
            fields.add(new FieldChange(f.getKey(), Entry.display(f.getKey(), have), Entry.display(f.getKey(), want)));
        }
        String note = pending ? "a changed address awaits its recipient's verification" : null;
        return new Change(d.product, d.kind, d.name, fields.isEmpty() ? ChangeAction.UNCHANGED : ChangeAction.UPDATE,
                fields, note, l, d);
    }
}
