package io.github.acs4j.core.auth;

/** Small string helpers the providers share. */
final class Values {
    private Values() {
    }

    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    static String state(String value) {
        return value == null ? "not set" : "set";
    }
}
