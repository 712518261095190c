package io.github.acs4j.core.signing;

/**
 * RFC 3986 percent-encoding as Alibaba Cloud signs it: letters, digits and {@code - _ . ~} stay, every
 * other UTF-8 byte becomes {@code %XX} (upper-case hex), so a space is {@code %20}, {@code *} is
 * {@code %2A} and {@code ~} is kept. The same encoder builds the string to sign and the bytes sent, so
 * the two cannot diverge.
 */
public final class PercentEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoder() {
    }

    /**
     * Encodes a string.
     *
     * @param s the raw text
     * @return the encoded text
     * @throws IllegalArgumentException when the text holds an unpaired surrogate, which has no UTF-8 form
     */
    public static String encode(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        sb.append(s, 0, i);
        encodeTail(s, i, sb);
        return sb.toString();
    }

    /**
     * Appends the encoded form of a string to a builder.
     *
     * @param s the raw text
     * @param out where to append
     * @throws IllegalArgumentException when the text holds an unpaired surrogate
     */
    public static void encodeTo(String s, StringBuilder out) {
        encodeTail(s, 0, out);
    }

    private static void encodeTail(String s, int from, StringBuilder out) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    // copy the whole run of unreserved characters at once: most of the text is such runs
                    int end = i + 1;
                    while (end < n && s.charAt(end) < 128 && UNRESERVED[s.charAt(end)]) {
                        end++;
                    }
                    out.append(s, i, end);
                    i = end - 1;
                } else {
                    byteOut(c, out);
                }
            } else if (c < 0x800) {
                byteOut(0xC0 | (c >> 6), out);
                byteOut(0x80 | (c & 0x3F), out);
            } else if (Character.isHighSurrogate(c)) {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (!Character.isLowSurrogate(low)) {
                    throw new IllegalArgumentException("unpaired surrogate U+" + Integer.toHexString(c).toUpperCase()
                            + " at index " + i + " cannot be encoded as UTF-8");
                }
                int cp = Character.toCodePoint(c, low);
                i++;
                byteOut(0xF0 | (cp >> 18), out);
                byteOut(0x80 | ((cp >> 12) & 0x3F), out);
                byteOut(0x80 | ((cp >> 6) & 0x3F), out);
                byteOut(0x80 | (cp & 0x3F), out);
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException("unpaired surrogate U+" + Integer.toHexString(c).toUpperCase()
                        + " at index " + i + " cannot be encoded as UTF-8");
            } else {
                byteOut(0xE0 | (c >> 12), out);
                byteOut(0x80 | ((c >> 6) & 0x3F), out);
                byteOut(0x80 | (c & 0x3F), out);
            }
        }
    }

    private static void byteOut(int b, StringBuilder out) {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
}
