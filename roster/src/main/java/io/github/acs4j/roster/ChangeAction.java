package io.github.acs4j.roster;

/** What {@link RosterSync#apply(Plan)} does with one object. */
public enum ChangeAction {
    /** Absent from the product: created. */
    CREATE,
    /** Present with other values: the listed fields are changed. */
    UPDATE,
    /** Retired in the roster (or not in it, with prune): deleted. */
    DELETE,
    /** Present as the roster says: nothing is sent. */
    UNCHANGED,
    /** Not in the roster and not retired (made by someone else): left alone without prune. */
    UNMANAGED;

    /** @return whether applying this action writes to the product */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
