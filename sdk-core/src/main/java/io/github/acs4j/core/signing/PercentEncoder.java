package io.github.acs4j.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 3986 percent-encoding as Alibaba Cloud signs it: letters, digits and {@code - _ . ~} stay, every
 * other UTF-8 byte becomes {@code %XX} (upper-case hex), so a space is {@code %20}, {@code *} is
 * {@code %2A} and {@code ~} is kept. The same encoder builds the string to sign and the bytes sent, so
 * the two cannot diverge.
 *
 * <p>It writes ASCII bytes, not characters: what it produces is sent as bytes and hashed as bytes, and a
 * byte loop is several times cheaper than appending characters to a {@code StringBuilder}.
 */
public final class PercentEncoder {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
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
        Bytes out = new Bytes(n + 16);
        encodeTo(s, out);
        return out.toAsciiString();
    }

    /**
     * Appends the encoded form of a string.
     *
     * @throws IllegalArgumentException when the text holds an unpaired surrogate
     */
    static void encodeTo(String s, Bytes out) {
        int n = s.length();
        out.ensure(3 * n); // enough for any ASCII text; wider characters ensure their own room
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    out.buf[out.len++] = (byte) c;
                } else {
                    escape(c, out);
                }
            } else {
                i = encodeWide(s, i, c, out);
            }
        }
    }

    /**
     * Appends the encoding of ASCII bytes (an encoded query, encoded once more for the string to sign).
     */
    static void encodeTo(byte[] ascii, int length, Bytes out) {
        out.ensure(3 * length);
        for (int i = 0; i < length; i++) {
            int b = ascii[i] & 0xFF;
            if (b < 128 && UNRESERVED[b]) {
                out.buf[out.len++] = (byte) b;
            } else {
                escape(b, out);
            }
        }
    }

    /** @return the index of the last character consumed (a surrogate pair takes two) */
    private static int encodeWide(String s, int i, char c, Bytes out) {
        out.ensure(12);
        if (c < 0x800) {
            escape(0xC0 | (c >> 6), out);
            escape(0x80 | (c & 0x3F), out);
        } else if (Character.isHighSurrogate(c)) {
            char low = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (!Character.isLowSurrogate(low)) {
                throw unpaired(c, i);
            }
            int cp = Character.toCodePoint(c, low);
            escape(0xF0 | (cp >> 18), out);
            escape(0x80 | ((cp >> 12) & 0x3F), out);
            escape(0x80 | ((cp >> 6) & 0x3F), out);
            escape(0x80 | (cp & 0x3F), out);
            i++;
        } else if (Character.isLowSurrogate(c)) {
            throw unpaired(c, i);
        } else {
            escape(0xE0 | (c >> 12), out);
            escape(0x80 | ((c >> 6) & 0x3F), out);
            escape(0x80 | (c & 0x3F), out);
        }
        out.ensure(3 * (s.length() - i)); // room for the rest again, as if ASCII
        return i;
    }

    private static IllegalArgumentException unpaired(char c, int i) {
        return new IllegalArgumentException("unpaired surrogate U+" + Integer.toHexString(c).toUpperCase()
                + " at index " + i + " cannot be encoded as UTF-8");
    }

    private static void escape(int b, Bytes out) {
        byte[] buf = out.buf;
        int at = out.len;
        buf[at] = '%';
        buf[at + 1] = HEX[(b >> 4) & 0xF];
        buf[at + 2] = HEX[b & 0xF];
        out.len = at + 3;
    }

    /** A growable byte array the encoder writes into; callers ensure room before writing. */
    static final class Bytes {
        byte[] buf;
        int len;

        Bytes(int capacity) {
            buf = new byte[Math.max(capacity, 16)];
        }

        void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        Bytes append(byte b) {
            ensure(1);
            buf[len++] = b;
            return this;
        }

        Bytes appendAscii(String ascii) {
            int n = ascii.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[len++] = (byte) ascii.charAt(i);
            }
            return this;
        }

        String toAsciiString() {
            return new String(buf, 0, len, StandardCharsets.US_ASCII);
        }
    }
}
