package io.github.acs4j.roster;

/** One field of an update, old and new value with e-mail addresses, phone numbers and webhooks masked. */
public final class FieldChange {
    private final String field;
    private final String before;
    private final String after;

    FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /** @return the roster field, e.g. {@code email} */
    public String field() {
        return field;
    }

    /** @return the live value, masked; {@code null} when unset */
    public String before() {
        return before;
    }

    /** @return the roster's value, masked; {@code null} when unset */
    public String after() {
        return after;
    }

    /** @return {@code field: old -> new} */
    @Override
    public String toString() {
        return field + ": " + (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after);
    }
}
