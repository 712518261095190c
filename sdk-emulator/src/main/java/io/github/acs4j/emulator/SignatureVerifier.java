package io.github.acs4j.emulator;


import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Authenticates a request the way the real gateway does, written from the published algorithms (not
 * from the client's request factory, so a shared bug cannot hide): RPC V1 ({@code HMAC-SHA1},
 * {@code Signature} parameter) and {@code ACS3-HMAC-SHA256} ({@code Authorization} header). Checks, in
 * order: the mandatory common parameters, the AccessKey, the timestamp (15 minutes either way), the
 * signature, then the nonce (checked last, so a forged request cannot burn a caller's nonce).
 */
final class SignatureVerifier {
    static final String V1 = "HMAC-SHA1";
    static final String V3 = "ACS3-HMAC-SHA256";
    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);
    static final String MISMATCH_PREFIX = "Specified signature is not matched with our calculation. server string to sign is:";

    private final Function<String, String> secretOf;
    private final NonceRegistry nonces;
    private final Clock clock;

    /**
     * @param secretOf the secret of an AccessKey ID, or null when the key is unknown
     * @param nonces the replay guard
     * @param clock the server's clock
     */
    SignatureVerifier(Function<String, String> secretOf, NonceRegistry nonces, Clock clock) {
        this.secretOf = secretOf;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @return the authenticated caller
     * @throws ApiError the gateway's answer when authentication fails
     */
    Caller verify(ReceivedRequest r) {
        return r.isV3() ? verifyV3(r) : verifyV1(r);
    }

    // ---- RPC V1 ----------------------------------------------------------------------------------

    private Caller verifyV1(ReceivedRequest r) {
        SortedMap<String, String> params = r.parameters();
        for (String name : new String[] {"AccessKeyId", "Signature", "SignatureMethod", "SignatureNonce",
                "SignatureVersion", "Timestamp"}) {
            if (isBlank(params.get(name))) {
                throw ApiError.missing(name);
            }
        }
        if (!V1.equals(params.get("SignatureMethod"))) {
            throw new ApiError(400, "InvalidParameter.SignatureMethod", "The SignatureMethod \""
                    + params.get("SignatureMethod") + "\" is not supported; use HMAC-SHA1.");
        }
        if (!"1.0".equals(params.get("SignatureVersion"))) {
            throw new ApiError(400, "InvalidParameter.SignatureVersion", "The SignatureVersion \""
                    + params.get("SignatureVersion") + "\" is not supported; use 1.0.");
        }
        String accessKeyId = params.get("AccessKeyId");
        String secret = secretOf(accessKeyId);
        Instant now = clock.instant();
        checkTimestamp(params.get("Timestamp"), now);
        String stringToSign = v1StringToSign(r.method(), params);
        String expected = Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret + "&", stringToSign));
        if (!constantTimeEquals(expected, params.get("Signature"))) {
            throw new ApiError(400, "SignatureDoesNotMatch", MISMATCH_PREFIX + stringToSign);
        }
        checkNonce(accessKeyId, params.get("SignatureNonce"), now);
        return new Caller(accessKeyId, V1);
    }

    /**
     * {@code METHOD&%2F&encode(canonical query)}, the canonical query being every parameter but
     * {@code Signature}, sorted by name, each name and value RFC 3986-encoded.
     */
    static String v1StringToSign(String method, SortedMap<String, String> params) {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equals("Signature")) {
                continue;
            }
            if (canonical.length() > 0) {
                canonical.append('&');
            }
            canonical.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return method.toUpperCase(Locale.ROOT) + "&" + encode("/") + "&"
                + encode(canonical.toString());
    }

    /**
     * RFC 3986 encoding the way Alibaba's signing documentation spells it (the JDK's form encoder, then
     * {@code +} to {@code %20}, {@code *} to {@code %2A}, {@code %7E} back to {@code ~}): written apart
     * from the SDK's own encoder, so that the emulator checks the SDK instead of agreeing with it.
     */
    static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
    }

    // ---- ACS3-HMAC-SHA256 ------------------------------------------------------------------------

    private Caller verifyV3(ReceivedRequest r) {
        String authorization = r.header("authorization").trim();
        if (!authorization.startsWith(V3 + " ")) {
            throw new ApiError(400, "IncompleteSignature", "The Authorization header must start with " + V3
                    + "; the request signature does not conform to Aliyun standards.");
        }
        Map<String, String> parts = authorizationParts(authorization.substring(V3.length() + 1));
        String accessKeyId = parts.get("Credential");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (isBlank(accessKeyId) || signedHeaders == null || isBlank(signature)) {
            throw new ApiError(400, "IncompleteSignature", "The Authorization header needs Credential, SignedHeaders "
                    + "and Signature; the request signature does not conform to Aliyun standards.");
        }
        for (String name : new String[] {"x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                "x-acs-content-sha256"}) {
            if (isBlank(r.header(name))) {
                throw ApiError.missing(name);
            }
        }
        List<String> signed = signedHeaderList(signedHeaders);
        for (String name : r.headers().keySet()) {
            if ((name.startsWith("x-acs-") || name.equals("host")) && !signed.contains(name)) {
                throw new ApiError(400, "IncompleteSignature", "The header \"" + name
                        + "\" is sent but not signed; the request signature does not conform to Aliyun standards.");
            }
        }
        if (r.body().length > 0 && r.header("content-type") != null && !signed.contains("content-type")) {
            // the body's hash is signed, but how it is read (form or not) would not be
            throw new ApiError(400, "IncompleteSignature", "The header \"content-type\" is sent with a body but not "
                    + "signed; the request signature does not conform to Aliyun standards.");
        }
        String secret = secretOf(accessKeyId);
        Instant now = clock.instant();
        checkTimestamp(r.header("x-acs-date"), now);
        String stringToSign = v3StringToSign(r, signed);
        String expected = hex(hmac("HmacSHA256", secret, stringToSign));
        if (!constantTimeEquals(expected, signature.toLowerCase(Locale.ROOT))) {
            throw new ApiError(400, "SignatureDoesNotMatch", MISMATCH_PREFIX + stringToSign);
        }
        checkNonce(accessKeyId, r.header("x-acs-signature-nonce"), now);
        return new Caller(accessKeyId, V3);
    }

    /**
     * {@code ACS3-HMAC-SHA256\n} + hex SHA-256 of the canonical request: method, path, canonical query,
     * the signed headers ({@code name:trimmed value}), their names joined by {@code ;}, and the hex SHA-256
     * of the body as received (so a body that does not match {@code x-acs-content-sha256} fails).
     */
    static String v3StringToSign(ReceivedRequest r, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(r.method().toUpperCase(Locale.ROOT)).append('\n').append(r.path()).append('\n');
        boolean first = true;
        for (Map.Entry<String, String> e : r.query().entrySet()) {
            if (!first) {
                canonical.append('&');
            }
            first = false;
            canonical.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        canonical.append('\n');
        for (String name : signedHeaders) {
            String value = r.header(name);
            canonical.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(sha256Hex(r.body()));
        return V3 + "\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<String> signedHeaderList(String signedHeaders) {
        TreeMap<String, Boolean> names = new TreeMap<>();
        for (String n : signedHeaders.split(";")) {
            if (!n.trim().isEmpty()) {
                names.put(n.trim().toLowerCase(Locale.ROOT), Boolean.TRUE);
            }
        }
        return new ArrayList<>(names.keySet());
    }

    private static Map<String, String> authorizationParts(String s) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : s.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return parts;
    }

    // ---- shared checks ---------------------------------------------------------------------------

    private String secretOf(String accessKeyId) {
        String secret = secretOf.apply(accessKeyId);
        if (secret == null) {
            throw new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        return secret;
    }

    private static void checkTimestamp(String value, Instant now) {
        Instant ts;
        try {
            ts = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(ts, now).abs().compareTo(TIMESTAMP_WINDOW) > 0) {
            throw new ApiError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
    }

    private void checkNonce(String accessKeyId, String nonce, Instant now) {
        if (!nonces.firstUse(accessKeyId, nonce, now)) {
            throw new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
