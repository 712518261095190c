package io.github.acs4j.core.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail rule is a hand-written loop now; it must accept exactly what the regular expression it replaced
 * accepted, on the edge cases and on many random strings drawn from the characters that matter.
 */
class EmailRuleParityTest {
    private static final Pattern REPLACED = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Test
    void edgeCasesAgreeWithTheRegularExpression() {
        String[] cases = {"", "a", "@", "a@", "@b.c", "a@b", "a@b.", "a@.b", "a@.b.c", "a@b.c", "a@b..c", "a@@b.c",
            "a@b@c.d", "a b@c.d", "a@b .c", "a@b.c ", " a@b.c", "a\t@b.c", "a@b.c\n", "a@b\u000B.c", "a@b.c\f",
            "a@b.c\r", "a@b\u00A0.c", "名字@例子.中国", "alice@example.com", ".@..", "a@..", "a@b.c.", "x@y.zz",
            "a@b\u2028.c", "a.b@c", "a.b@c.d"};
        for (String c : cases) {
            assertEquals(REPLACED.matcher(c).matches(), Validation.isEmail(c), "for \"" + c + "\"");
        }
    }

    @Test
    void randomStringsAgreeWithTheRegularExpression() {
        char[] alphabet = {'a', 'b', '@', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '中', '-'};
        Random random = new Random(17);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            char[] s = new char[random.nextInt(9)];
            for (int j = 0; j < s.length; j++) {
                s[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String v = new String(s);
            boolean expected = REPLACED.matcher(v).matches();
            assertEquals(expected, Validation.isEmail(v), "for \"" + v + "\"");
            accepted += expected ? 1 : 0;
        }
        // the draw reaches both answers, so the comparison is not all rejections
        assertTrue(accepted > 20, "accepted " + accepted);
    }
}
