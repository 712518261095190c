package io.github.acs4j.core.signing;

import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;

/**
 * The classic RPC signature ({@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}):
 * {@code Base64(HMAC-SHA1(secret + "&", METHOD + "&%2F&" + encode(canonicalQuery)))}, where the canonical
 * query is every parameter, sorted by raw name, as {@code encode(name)=encode(value)} joined by {@code &}.
 */
public final class RpcV1Signer {
    /** Value of the {@code SignatureMethod} parameter. */
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    /** Value of the {@code SignatureVersion} parameter. */
    public static final String SIGNATURE_VERSION = "1.0";

    private RpcV1Signer() {
    }

    /**
     * Builds the canonical query. It is also exactly what goes on the wire, before {@code Signature}.
     *
     * @param params every signed parameter, sorted by raw name ({@link String#compareTo})
     * @return the encoded, joined parameters
     * @throws IllegalArgumentException when a name or value cannot be encoded, naming the parameter
     */
    public static String canonicalQuery(SortedMap<String, String> params) {
        int size = 16;
        for (Map.Entry<String, String> e : params.entrySet()) {
            size += e.getKey().length() + e.getValue().length() + 2;
        }
        // sized for some encoding, so the builder rarely has to grow (and copy) on the way
        StringBuilder sb = new StringBuilder(size + (size >> 2));
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            try {
                PercentEncoder.encodeTo(e.getKey(), sb);
                sb.append('=');
                PercentEncoder.encodeTo(e.getValue(), sb);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("parameter " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        return sb.toString();
    }

    /**
     * @param method the HTTP method, e.g. {@code POST}
     * @param canonicalQuery the result of {@link #canonicalQuery(SortedMap)}
     * @return the string to sign
     */
    public static String stringToSign(String method, String canonicalQuery) {
        StringBuilder sb = new StringBuilder(method.length() + 5 + encodedLengthHint(canonicalQuery));
        sb.append(method).append("&%2F&");
        PercentEncoder.encodeTo(canonicalQuery, sb);
        return sb.toString();
    }

    /** Exact for ASCII text (a canonical query always is); a lower bound otherwise, the builder then grows. */
    private static int encodedLengthHint(String s) {
        int n = s.length();
        int extra = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '&' || c == '=') {
                extra += 2;
            }
        }
        return n + extra + 16;
    }

    /**
     * @param accessKeySecret the secret; {@code &} is appended to form the key
     * @param stringToSign the result of {@link #stringToSign(String, String)}
     * @return the Base64 signature
     */
    public static String signature(String accessKeySecret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Crypto.hmacSha1(accessKeySecret + "&", stringToSign));
    }
}
