package io.github.acs4j.core.util;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link Redact} masks in text: secrets whole, in every encoding a form body echoed by an intermediary
 * may carry them; e-mail addresses plain or percent-encoded; the request's own personal values; and not
 * numbers that are ids or counts.
 */
class RedactTest {

    @Test
    void percentEncodedEmailAddressesAreMasked() {
        assertEquals("Mail=a***%40example.com&x=1", Redact.message("Mail=alice%40example.com&x=1", Collections.emptyList()));
        assertEquals("a***%2540example.com", Redact.message("alice%2540example.com", Collections.emptyList()));
        assertEquals("contact a***@example.com now", Redact.text("contact alice@example.com now"));
        assertEquals("a***%40example.com", Redact.email("alice%40example.com"));
    }

    @Test
    void secretParametersAreMaskedPlainEncodedAndAsJson() {
        String echoed = "AccessKeyId=LTAIkey123&Action=PutContact&Channels.DingWebHook=https%3A%2F%2Foapi.example"
                + "%2Frobot%2Fsend%3Faccess_token%3Dtok987654%26x%3D1&SecurityToken=CAIS%2Bsts%2Ftoken%3D%3D"
                + "&SignatureMethod=HMAC-SHA1&Signature=sig%2Babc%3D";
        String out = Redact.message(echoed, Collections.emptyList());
        for (String secret : new String[] {"LTAIkey123", "tok987654", "CAIS", "sig%2Babc"}) {
            assertFalse(out.contains(secret), out);
        }
        assertTrue(out.contains("access_token%3D***%26x%3D1"), out);
        assertTrue(out.contains("SignatureMethod=HMAC-SHA1"), out);
        String json = Redact.message("{\"AccessKeySecret\": \"json-secret\",\"SecurityToken\":\"json-token\",\"Expiration\":1}",
                Collections.emptyList());
        assertEquals("{\"AccessKeySecret\": \"***\",\"SecurityToken\":\"***\",\"Expiration\":1}", json);
        assertEquals("https://x/send?access_token%253D***", Redact.text("https://x/send?access_token%253Dtok"));
    }

    @Test
    void numbersInAMessageStayReadableAndTheRequestsOwnValuesAreMasked() {
        String message = "The member account 1234567890123456 does not exist; body 8388608 bytes; phone 86-13912345678"
                + " (13912345678, 86-139123456789 elsewhere), mail bob%40example.com";
        String out = Redact.message(message, Arrays.asList("86-13912345678", "bob@example.com"));
        assertEquals("The member account 1234567890123456 does not exist; body 8388608 bytes; phone ***78"
                + " (***78, 86-139123456789 elsewhere), mail b***%40example.com", out);
    }
}
