package io.github.acs4j.core.internal;

/**
 * What may travel in an HTTP header value: tab and printable ASCII (what OkHttp accepts). Values are checked
 * when they are set or resolved, so a bad one fails with a message naming it, not deep inside OkHttp with a
 * message that may quote it.
 */
final class HeaderValues {
    private HeaderValues() {
    }

    /** @return the index of the first character that cannot travel in a header value, or -1 */
    static int firstIllegal(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return i;
            }
        }
        return -1;
    }

    /** @return what kind of character it is, without showing it (for values that are secret) */
    static String kind(char c) {
        if (c == '\r' || c == '\n') {
            return "a line break";
        }
        return c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character";
    }
}
