package io.github.acs4j.codegen;

/** Name conversions shared by the generators. */
final class Names {
    private Names() {
    }

    /** {@code PutContact} or {@code putContact} to {@code PUT_CONTACT}. */
    static String constant(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
