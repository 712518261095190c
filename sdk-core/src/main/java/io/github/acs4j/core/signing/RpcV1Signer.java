package io.github.acs4j.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;

/**
 * The classic RPC signature ({@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}):
 * {@code Base64(HMAC-SHA1(secret + "&", METHOD + "&%2F&" + encode(canonicalQuery)))}, where the canonical
 * query is every parameter, sorted by raw name, as {@code encode(name)=encode(value)} joined by {@code &}.
 *
 * <p>{@link #signedForm} is what a client sends; the string forms ({@link #canonicalQuery},
 * {@link #stringToSign}, {@link #signature}) are the same steps spelled out, for diagnostics and tests.
 */
public final class RpcV1Signer {
    /** Value of the {@code SignatureMethod} parameter. */
    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    /** Value of the {@code SignatureVersion} parameter. */
    public static final String SIGNATURE_VERSION = "1.0";

    private static final byte[] SIGNATURE_PARAMETER = "&Signature=".getBytes(StandardCharsets.US_ASCII);
    /** Room for {@code &Signature=} and a Base64 HMAC-SHA1 encoded at worst (28 characters, 3 bytes each). */
    private static final int SIGNATURE_ROOM = 11 + 3 * 28;
    /** The string to sign only feeds the HMAC, so each thread reuses one buffer, unless a request was huge. */
    private static final int KEPT_BUFFER_LIMIT = 16 * 1024;
    private static final ThreadLocal<PercentEncoder.Bytes> TO_SIGN =
            ThreadLocal.withInitial(() -> new PercentEncoder.Bytes(1024));

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
        return canonicalBytes(params).toAsciiString();
    }

    /**
     * @param method the HTTP method, e.g. {@code POST}
     * @param canonicalQuery the result of {@link #canonicalQuery(SortedMap)}
     * @return the string to sign
     */
    public static String stringToSign(String method, String canonicalQuery) {
        PercentEncoder.Bytes out = new PercentEncoder.Bytes(method.length() + 5 + canonicalQuery.length() * 5 / 4);
        out.appendAscii(method).appendAscii("&%2F&");
        PercentEncoder.encodeTo(canonicalQuery, out);
        return out.toAsciiString();
    }

    /**
     * @param accessKeySecret the secret; {@code &} is appended to form the key
     * @param stringToSign the result of {@link #stringToSign(String, String)}
     * @return the Base64 signature
     */
    public static String signature(String accessKeySecret, String stringToSign) {
        byte[] data = stringToSign.getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(Crypto.hmacSha1(accessKeySecret + "&", data, data.length));
    }

    /**
     * Signs parameters and returns the form body to send: the canonical query, then {@code &Signature=}
     * and the encoded signature. The same bytes as the string steps give, without building the strings.
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param params every signed parameter, sorted by raw name
     * @param accessKeySecret the secret
     * @return the ASCII form body
     * @throws IllegalArgumentException when a name or value cannot be encoded, naming the parameter
     */
    public static byte[] signedForm(String method, SortedMap<String, String> params, String accessKeySecret) {
        PercentEncoder.Bytes form = canonicalBytes(params);
        PercentEncoder.Bytes toSign = TO_SIGN.get();
        toSign.len = 0;
        toSign.appendAscii(method).appendAscii("&%2F&");
        PercentEncoder.encodeTo(form.buf, form.len, toSign);
        byte[] mac = Crypto.hmacSha1(accessKeySecret + "&", toSign.buf, toSign.len);
        if (toSign.buf.length > KEPT_BUFFER_LIMIT) {
            TO_SIGN.remove();
        }
        // Base64 uses + / = besides letters and digits: each becomes %2B %2F %3D in the form
        byte[] signature = Base64.getEncoder().encode(mac);
        form.ensure(SIGNATURE_PARAMETER.length + 3 * signature.length);
        System.arraycopy(SIGNATURE_PARAMETER, 0, form.buf, form.len, SIGNATURE_PARAMETER.length);
        form.len += SIGNATURE_PARAMETER.length;
        PercentEncoder.encodeTo(signature, signature.length, form);
        return form.toArray();
    }

    private static PercentEncoder.Bytes canonicalBytes(SortedMap<String, String> params) {
        int size = 16;
        for (Map.Entry<String, String> e : params.entrySet()) {
            size += e.getKey().length() + e.getValue().length() + 2;
        }
        // sized for some encoding and the signature, so the buffer rarely has to grow on the way
        PercentEncoder.Bytes out = new PercentEncoder.Bytes(size + (size >> 2) + SIGNATURE_ROOM);
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (out.len > 0) {
                out.append((byte) '&');
            }
            try {
                PercentEncoder.encodeTo(e.getKey(), out);
                out.append((byte) '=');
                PercentEncoder.encodeTo(e.getValue(), out);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("parameter " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }
}
