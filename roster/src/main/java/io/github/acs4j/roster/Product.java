package io.github.acs4j.roster;

/** The products a roster keeps in step, with the key each has in a roster file. */
public enum Product {
    /** CloudMonitor (Cms 2019-01-01): alert contacts and contact groups. */
    CMS("cms"),
    /** ARMS (2019-08-08): alert contacts (and, once the SDK offers them, alert contact groups). */
    ARMS("arms"),
    /** Resource Directory (2022-04-19): message contacts. */
    RESOURCE_DIRECTORY("resourceDirectory");

    private final String key;

    Product(String key) {
        this.key = key;
    }

    /**
     * The key under {@code products:} in a roster file.
     *
     * @return the key, e.g. {@code cms}
     */
    public String key() {
        return key;
    }

    /**
     * The product of a roster file key.
     *
     * @param key a key such as {@code cms}
     * @return the product, or {@code null} when the key names none
     */
    public static Product fromKey(String key) {
        for (Product p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
