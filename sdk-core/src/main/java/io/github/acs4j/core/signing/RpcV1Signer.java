package io.github.acs4j.core.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    /**
     * The form is copied out once it is whole and the string to sign only feeds the HMAC, so each thread
     * reuses one buffer for each, unless a request was huge.
     */
    private static final int KEPT_BUFFER_LIMIT = 16 * 1024;
    private static final ThreadLocal<PercentEncoder.Bytes> FORM =
            ThreadLocal.withInitial(() -> new PercentEncoder.Bytes(1024));
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
        PercentEncoder.Bytes out = scratch(FORM);
        try {
            encodeParameters(params, out);
            return out.toAsciiString();
        } finally {
            release(FORM, out);
        }
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
        PercentEncoder.Bytes form = scratch(FORM);
        PercentEncoder.Bytes toSign = scratch(TO_SIGN);
        try {
            encodeParameters(params, form);
            toSign.appendAscii(method).appendAscii("&%2F&");
            PercentEncoder.encodeTo(form.buf, form.len, toSign);
            byte[] mac = Crypto.hmacSha1(accessKeySecret + "&", toSign.buf, toSign.len);
            // Base64 uses + / = besides letters and digits: each becomes %2B %2F %3D in the form
            byte[] signature = Base64.getEncoder().encode(mac);
            form.ensure(SIGNATURE_PARAMETER.length + 3 * signature.length);
            System.arraycopy(SIGNATURE_PARAMETER, 0, form.buf, form.len, SIGNATURE_PARAMETER.length);
            form.len += SIGNATURE_PARAMETER.length;
            PercentEncoder.encodeTo(signature, signature.length, form);
            return Arrays.copyOf(form.buf, form.len);
        } finally {
            release(FORM, form);
            release(TO_SIGN, toSign);
        }
    }

    /** @return the thread's buffer, emptied */
    private static PercentEncoder.Bytes scratch(ThreadLocal<PercentEncoder.Bytes> kept) {
        PercentEncoder.Bytes b = kept.get();
        b.len = 0;
        return b;
    }

    /** Drops a buffer that a huge request grew, so that no thread keeps it. */
    private static void release(ThreadLocal<PercentEncoder.Bytes> kept, PercentEncoder.Bytes b) {
        if (b.buf.length > KEPT_BUFFER_LIMIT) {
            kept.remove();
        }
    }

    /** Writes the canonical query into {@code out}: the parameters encoded and joined, in their order. */
    private static void encodeParameters(SortedMap<String, String> params, PercentEncoder.Bytes out) {
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
    }
}
