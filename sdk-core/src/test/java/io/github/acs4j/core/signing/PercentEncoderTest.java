package io.github.acs4j.core.signing;

import org.junit.jupiter.api.Test;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The encoder against the JDK's form encoder adjusted the way Alibaba's documentation adjusts it. */
class PercentEncoderTest {
    private static String reference(String s) throws UnsupportedEncodingException {
        return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    @Test
    void matchesTheDocumentedEncodingForGeneratedText() throws Exception {
        Random random = new Random(20261125);
        String alphabet = "aZ09-_.~ +*/&=%?#!'()\u00e9\u00df\u4e2d\u6587\u20ac\ud83d\ude00\n\t\u0000";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(i % 100 == 0 ? 5_000 : 40);
            while (sb.length() < n) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                sb.append(c);
                if (Character.isHighSurrogate(c)) {
                    sb.append(alphabet.charAt(at + 1));
                } else if (Character.isLowSurrogate(c)) {
                    sb.setLength(sb.length() - 1);
                }
            }
            String s = sb.toString();
            assertEquals(reference(s), PercentEncoder.encode(s), () -> "for " + s);
        }
    }

    @Test
    void leavesUnreservedTextAsItIs() {
        String s = "Abc-123_x.y~z";
        assertSame(s, PercentEncoder.encode(s));
        assertEquals("%20%2A~%2F%25%2B", PercentEncoder.encode(" *~/%+"));
    }

    @Test
    void refusesUnpairedSurrogatesNamingTheIndex() {
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> PercentEncoder.encode("ab\ud83dc"));
        assertTrue(high.getMessage().contains("U+D83D at index 2"), high.getMessage());
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> PercentEncoder.encode("\ude00"));
        assertTrue(low.getMessage().contains("U+DE00 at index 0"), low.getMessage());
    }
}
