package example.pets.model;

/** What a pet is. */
public enum Species {
    /** {@code Cat}. */
    CAT("Cat"),
    /** {@code Dog}. the loyal one */
    DOG("Dog");

    private final String value;

    Species(String value) {
        this.value = value;
    }

    /** @return the wire value */
    public String value() {
        return value;
    }

    /**
     * @param value a wire value
     * @return the matching constant, or null for a value this version does not know
     */
    public static Species fromValue(String value) {
        for (Species t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        return null;
    }

    /** @return every documented wire value, in documentation order */
    public static String[] wireValues() {
        Species[] all = values();
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
