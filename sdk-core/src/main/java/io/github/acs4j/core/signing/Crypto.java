package io.github.acs4j.core.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * HMAC and SHA-256 with one {@link Mac}/{@link MessageDigest} per thread: creating them per call costs
 * more than the signing itself.
 */
final class Crypto {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1"));
    private static final ThreadLocal<KeyedMac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    });

    private Crypto() {
    }

    static byte[] hmacSha1(String key, String data) {
        return HMAC_SHA1.get().sign(key, data);
    }

    static byte[] hmacSha256(String key, String data) {
        return HMAC_SHA256.get().sign(key, data);
    }

    static String sha256Hex(byte[] data) {
        MessageDigest md = SHA256.get();
        md.reset();
        return hex(md.digest(data));
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * A thread's {@link Mac} and the key it was last initialised with: a client signs every request with
     * the same secret, and {@code doFinal} leaves the Mac ready for the same key, so the key is set up
     * again only when it changes.
     */
    private static final class KeyedMac {
        private final String algorithm;
        private final Mac mac;
        private String key;

        KeyedMac(String algorithm) {
            this.algorithm = algorithm;
            this.mac = mac(algorithm);
        }

        byte[] sign(String key, String data) {
            try {
                if (!key.equals(this.key)) {
                    this.key = null; // a failed init must not leave a stale key marked as current
                    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
                    this.key = key;
                }
                return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(algorithm + " signing failed", e);
            }
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
