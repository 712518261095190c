package io.github.acs4j.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC (RFC 2104) and SHA-256 on one {@link MessageDigest} per thread and algorithm.
 *
 * <p>HMAC is built on the digest rather than taken from {@code javax.crypto.Mac}: the first {@code Mac}
 * of a JVM initialises the JCE policy framework, which costs tens of milliseconds before the first call,
 * while the digests are needed anyway; the construction is the RFC's few lines and every signing vector
 * checks it.
 */
final class Crypto {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 64; // the block size of SHA-1 and SHA-256 alike
    private static final ThreadLocal<Hmac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new Hmac("SHA-1"));
    private static final ThreadLocal<Hmac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new Hmac("SHA-256"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));

    private Crypto() {
    }

    static byte[] hmacSha1(String key, byte[] data, int length) {
        return HMAC_SHA1.get().sign(key, data, length);
    }

    static byte[] hmacSha256(String key, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        return HMAC_SHA256.get().sign(key, bytes, bytes.length);
    }

    static byte[] hmacSha256(String key, byte[] data, int length) {
        return HMAC_SHA256.get().sign(key, data, length);
    }

    static String sha256Hex(byte[] data) {
        return sha256Hex(data, data.length);
    }

    static String sha256Hex(byte[] data, int length) {
        // digest() leaves the digest reset, so there is nothing to reset before use, unless a call failed
        MessageDigest md = SHA256.get();
        try {
            md.update(data, 0, length);
            return hex(md.digest());
        } catch (RuntimeException e) {
            md.reset();
            throw e;
        }
    }

    static String hex(byte[] bytes) {
        // bytes, not chars: a Latin-1 string is made from bytes with one copy, from chars with a compression
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * A thread's digest and the key pads of the key it last saw: a client signs every request with the
     * same secret, so the pads are derived again only when the key changes.
     */
    private static final class Hmac {
        private final MessageDigest md;
        private final byte[] innerPad = new byte[BLOCK];
        private final byte[] outerPad = new byte[BLOCK];
        private String key;

        Hmac(String digestAlgorithm) {
            this.md = digest(digestAlgorithm);
        }

        byte[] sign(String key, byte[] data, int length) {
            if (!key.equals(this.key)) {
                setKey(key);
            }
            // digest() leaves the digest reset, so there is nothing to reset before use, unless a call failed
            try {
                md.update(innerPad);
                md.update(data, 0, length);
                byte[] inner = md.digest();
                md.update(outerPad);
                md.update(inner);
                return md.digest();
            } catch (RuntimeException e) {
                md.reset();
                throw e;
            }
        }

        private void setKey(String key) {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (k.length > BLOCK) {
                md.reset();
                k = md.digest(k);
            }
            Arrays.fill(innerPad, (byte) 0x36);
            Arrays.fill(outerPad, (byte) 0x5c);
            for (int i = 0; i < k.length; i++) {
                innerPad[i] ^= k[i];
                outerPad[i] ^= k[i];
            }
            Arrays.fill(k, (byte) 0);
            this.key = key;
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
