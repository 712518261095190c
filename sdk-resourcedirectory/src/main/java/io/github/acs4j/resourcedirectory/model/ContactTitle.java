package io.github.acs4j.resourcedirectory.model;

/**
 * The documented values of a message contact's {@code Title} (job title). Requests may set the title as
 * this type or as its string; responses keep the service's string, so a title added to the API later
 * still reads (see {@link #fromValue(String)}).
 */
public enum ContactTitle {
    /** {@code FinanceDirector}. */
    FINANCE_DIRECTOR("FinanceDirector"),
    /** {@code TechnicalDirector}. */
    TECHNICAL_DIRECTOR("TechnicalDirector"),
    /** {@code MaintenanceDirector}. */
    MAINTENANCE_DIRECTOR("MaintenanceDirector"),
    /** {@code CEO}. */
    CEO("CEO"),
    /** {@code ProjectDirector}. */
    PROJECT_DIRECTOR("ProjectDirector"),
    /** {@code Other}. */
    OTHER("Other");

    private final String value;

    ContactTitle(String value) {
        this.value = value;
    }

    /** @return the wire value, e.g. {@code TechnicalDirector} */
    public String value() {
        return value;
    }

    /**
     * @param value a wire value
     * @return the matching constant, or null for a value this version does not know
     */
    public static ContactTitle fromValue(String value) {
        for (ContactTitle t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        return null;
    }

    /** @return every documented wire value, in documentation order */
    public static String[] wireValues() {
        ContactTitle[] all = values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].value;
        }
        return out;
    }

    @Override
    public String toString() {
        return value;
    }
}
