package io.github.acs4j.resourcedirectory.model;

/**
 * The documented types of message a contact can receive ({@code MessageTypes}). Requests may set them as
 * this type or as strings; responses keep the service's strings, so a type added to the API later still
 * reads (see {@link #fromValue(String)}).
 */
public enum MessageType {
    /** {@code ServiceMessage}. */
    SERVICE_MESSAGE("ServiceMessage"),
    /** {@code FaultMessage}. */
    FAULT_MESSAGE("FaultMessage"),
    /** {@code AccountExpenses}. */
    ACCOUNT_EXPENSES("AccountExpenses"),
    /** {@code SecurityMessage}. */
    SECURITY_MESSAGE("SecurityMessage"),
    /** {@code ActivityMessage}. */
    ACTIVITY_MESSAGE("ActivityMessage"),
    /** {@code ProductMessage}. */
    PRODUCT_MESSAGE("ProductMessage");

    private final String value;

    MessageType(String value) {
        this.value = value;
    }

    /** @return the wire value, e.g. {@code AccountExpenses} */
    public String value() {
        return value;
    }

    /**
     * @param value a wire value
     * @return the matching constant, or null for a value this version does not know
     */
    public static MessageType fromValue(String value) {
        for (MessageType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        return null;
    }

    /** @return every documented wire value, in documentation order */
    public static String[] wireValues() {
        MessageType[] all = values();
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
