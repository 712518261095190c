package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link RosterSync#apply(Plan)} would do, from the live state read when the plan was made: one
 * {@link Change} per contact and group of each listed product, in the order they would be carried out.
 * Immutable.
 */
public final class Plan {
    private final Roster roster;
    private final List<Change> changes;
    private final Map<Product, String> readFailures;
    private final boolean prune;

    Plan(Roster roster, List<Change> changes, Map<Product, String> readFailures, boolean prune) {
        this.roster = roster;
        this.changes = Collections.unmodifiableList(new ArrayList<>(changes));
        Map<Product, String> f = new EnumMap<>(Product.class);
        f.putAll(readFailures);
        this.readFailures = Collections.unmodifiableMap(f);
        this.prune = prune;
    }

    /** @return the roster planned for */
    public Roster roster() {
        return roster;
    }

    /** @return every change, unchanged and unmanaged objects included, in execution order */
    public List<Change> changes() {
        return changes;
    }

    /** @return the changes that write (create, update, delete), in execution order */
    public List<Change> writes() {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.action().writes()) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the products whose live state could not be read, with why (masked); they are not planned */
    public Map<Product, String> readFailures() {
        return readFailures;
    }

    /** @return whether contacts and groups outside the roster are deleted */
    public boolean prune() {
        return prune;
    }

    /**
     * @return whether the live state differs from the roster (something to create, update or delete) or could
     *     not be read
     */
    public boolean hasDrift() {
        return !writes().isEmpty() || !readFailures.isEmpty();
    }


    @Override
    public String toString() {
        return "Plan{roster=" + roster.name() + ", changes=" + changes.size() + ", writes=" + writes().size()
                + ", readFailures=" + readFailures.keySet() + "}";
    }
}
