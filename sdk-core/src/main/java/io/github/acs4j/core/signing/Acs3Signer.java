package io.github.acs4j.core.signing;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The V3 signature ({@code ACS3-HMAC-SHA256}): a canonical request of method, path, canonical query,
 * the signed headers ({@code host}, {@code content-type} and every {@code x-acs-*}, names lower-case,
 * values trimmed) and the SHA-256 of the body, hashed and signed with HMAC-SHA256; the result goes in the
 * {@code Authorization} header.
 */
public final class Acs3Signer {
    /** The algorithm name, first word of the {@code Authorization} header. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** The canonical request only feeds the digest, so each thread reuses one buffer, unless a request was huge. */
    private static final int KEPT_BUFFER_LIMIT = 16 * 1024;
    private static final ThreadLocal<PercentEncoder.Bytes> CANONICAL =
            ThreadLocal.withInitial(() -> new PercentEncoder.Bytes(1024));

    private Acs3Signer() {
    }

    /**
     * The hex SHA-256 of the canonical request, written into a reused buffer and hashed from there: the same
     * value as hashing {@link #canonicalRequest}'s text, without building that text (the string to sign is
     * {@code ACS3-HMAC-SHA256\n} and this).
     *
     * @param method HTTP method
     * @param path the request path, {@code /} for RPC
     * @param canonicalQuery the query as {@link RpcV1Signer#canonicalQuery(SortedMap)} builds it
     * @param signedHeaders lower-case names and trimmed values, alternating, sorted by name
     * @param count how many entries of {@code signedHeaders} are used (names and values together)
     * @param signedHeaderNames the names joined by {@code ;}
     * @param hashedPayload the result of {@link #hashedPayload(byte[])}
     * @return lower-case hex SHA-256 of the canonical request
     */
    public static String hashedCanonicalRequest(String method, String path, String canonicalQuery,
                                                String[] signedHeaders, int count, String signedHeaderNames,
                                                String hashedPayload) {
        PercentEncoder.Bytes b = CANONICAL.get();
        b.len = 0;
        try {
            text(b, method).append((byte) '\n');
            text(b, path).append((byte) '\n');
            text(b, canonicalQuery).append((byte) '\n');
            for (int i = 0; i < count; i += 2) {
                text(b, signedHeaders[i]).append((byte) ':');
                text(b, signedHeaders[i + 1]).append((byte) '\n');
            }
            b.append((byte) '\n');
            text(b, signedHeaderNames).append((byte) '\n');
            text(b, hashedPayload);
            return Crypto.sha256Hex(b.buf, b.len);
        } finally {
            if (b.buf.length > KEPT_BUFFER_LIMIT) {
                CANONICAL.remove();
            }
        }
    }

    /**
     * Appends UTF-8 in one pass: ASCII (every part but an unusual header value) byte by byte, and the whole
     * text through the encoder as soon as a wider character shows.
     */
    private static PercentEncoder.Bytes text(PercentEncoder.Bytes b, String s) {
        int n = s.length();
        b.ensure(n);
        byte[] buf = b.buf;
        int at = b.len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                b.ensure(utf8.length);
                System.arraycopy(utf8, 0, b.buf, b.len, utf8.length);
                b.len += utf8.length;
                return b;
            }
            buf[at++] = (byte) c;
        }
        b.len = at;
        return b;
    }

    /**
     * @param body the exact body bytes
     * @return lower-case hex SHA-256, the value of {@code x-acs-content-sha256}
     */
    public static String hashedPayload(byte[] body) {
        return Crypto.sha256Hex(body);
    }

    /**
     * Picks and normalises the headers that are signed.
     *
     * @param headers every header that is sent, names in any case
     * @return the signed headers: lower-case names, trimmed values, sorted
     */
    public static SortedMap<String, String> signedHeaders(Map<String, String> headers) {
        SortedMap<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> e : headers.entrySet()) {
            String name = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-")) {
                signed.put(name, e.getValue() == null ? "" : e.getValue().trim());
            }
        }
        return signed;
    }

    /**
     * @param signedHeaders the result of {@link #signedHeaders(Map)}
     * @return the {@code SignedHeaders} list, names joined by {@code ;}
     */
    public static String signedHeaderNames(SortedMap<String, String> signedHeaders) {
        return String.join(";", signedHeaders.keySet());
    }

    /**
     * @param method HTTP method
     * @param path the request path, {@code /} for RPC
     * @param canonicalQuery the query as {@link RpcV1Signer#canonicalQuery(SortedMap)} builds it
     * @param signedHeaders the result of {@link #signedHeaders(Map)}
     * @param hashedPayload the result of {@link #hashedPayload(byte[])}
     * @return the canonical request
     */
    public static String canonicalRequest(String method, String path, String canonicalQuery,
                                          SortedMap<String, String> signedHeaders, String hashedPayload) {
        StringBuilder sb = new StringBuilder(256 + canonicalQuery.length());
        sb.append(method).append('\n').append(path).append('\n').append(canonicalQuery).append('\n');
        for (Map.Entry<String, String> e : signedHeaders.entrySet()) {
            sb.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        sb.append('\n').append(signedHeaderNames(signedHeaders)).append('\n').append(hashedPayload);
        return sb.toString();
    }

    /**
     * @param canonicalRequest the result of {@link #canonicalRequest}
     * @return {@code ACS3-HMAC-SHA256\n} + hex SHA-256 of the canonical request
     */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param accessKeySecret the secret (used as the key as it is)
     * @param stringToSign the result of {@link #stringToSign(String)}
     * @return lower-case hex HMAC-SHA256
     */
    public static String signature(String accessKeySecret, String stringToSign) {
        return Crypto.hex(Crypto.hmacSha256(accessKeySecret, stringToSign));
    }

    /**
     * The same value as {@code signature(accessKeySecret, ALGORITHM + "\n" + hashedCanonicalRequest)}, signed
     * from bytes without building the string to sign.
     *
     * @param accessKeySecret the secret (used as the key as it is)
     * @param hashedCanonicalRequest the result of {@link #hashedCanonicalRequest}
     * @return lower-case hex HMAC-SHA256
     */
    public static String signHashedCanonicalRequest(String accessKeySecret, String hashedCanonicalRequest) {
        PercentEncoder.Bytes b = CANONICAL.get();
        b.len = 0;
        text(text(b, ALGORITHM).append((byte) '\n'), hashedCanonicalRequest);
        return Crypto.hex(Crypto.hmacSha256(accessKeySecret, b.buf, b.len));
    }

    /**
     * @param accessKeyId the AccessKey ID
     * @param signedHeaderNames the result of {@link #signedHeaderNames(SortedMap)}
     * @param signature the result of {@link #signature(String, String)}
     * @return the value of the {@code Authorization} header
     */
    public static String authorization(String accessKeyId, String signedHeaderNames, String signature) {
        // sized once: the concatenation would grow a default-sized builder several times
        return new StringBuilder(ALGORITHM.length() + 40 + accessKeyId.length() + signedHeaderNames.length()
                + signature.length()).append(ALGORITHM).append(" Credential=").append(accessKeyId)
                .append(",SignedHeaders=").append(signedHeaderNames).append(",Signature=").append(signature).toString();
    }
}
