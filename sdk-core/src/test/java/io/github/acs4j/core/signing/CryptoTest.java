package io.github.acs4j.core.signing;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The digest-based HMAC against the JDK's {@code Mac}, for keys shorter and longer than a block. */
class CryptoTest {
    @Test
    void hmacMatchesTheJdkForEveryKeyLength() throws Exception {
        Random random = new Random(7);
        for (int keyLength = 0; keyLength <= 150; keyLength++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < keyLength; i++) {
                key.append((char) ('!' + random.nextInt(90)));
            }
            byte[] data = new byte[random.nextInt(600)];
            random.nextBytes(data);
            String k = key.toString();
            assertArrayEquals(jdk("HmacSHA1", k, data), Crypto.hmacSha1(k, data, data.length), "SHA-1, key " + keyLength);
            String text = new String(data, StandardCharsets.ISO_8859_1);
            assertArrayEquals(jdk("HmacSHA256", k, text.getBytes(StandardCharsets.UTF_8)), Crypto.hmacSha256(k, text),
                    "SHA-256, key " + keyLength);
        }
    }

    private static byte[] jdk(String algorithm, String key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        // the JDK refuses an empty key; HMAC pads it with zeros like any short key, as one zero byte is padded
        byte[] k = key.isEmpty() ? new byte[1] : key.getBytes(StandardCharsets.UTF_8);
        mac.init(new SecretKeySpec(k, algorithm));
        return mac.doFinal(data);
    }
}
