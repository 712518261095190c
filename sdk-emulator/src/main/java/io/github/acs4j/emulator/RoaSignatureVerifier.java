package io.github.acs4j.emulator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Authenticates a REST-style (ROA) request signed with {@code ACS3-HMAC-SHA256}, written from the documented
 * algorithm (not from any client's signer): canonical request = method, canonical URI (the path exactly as
 * received, with {@code +}, {@code *}, {@code %7E} fixed up), canonical query (decoded, sorted, re-encoded),
 * the signed headers, their names, and the hex SHA-256 of the exact body bytes received. Checks, in order:
 * the Authorization header's form, the mandatory {@code x-acs-*} headers, that {@code host},
 * {@code content-type} and every {@code x-acs-*} header sent is signed, the AccessKey, the date (15 minutes
 * either way), the body hash, the signature, and last the nonce (so a forged request cannot burn it).
 */
final class RoaSignatureVerifier {
    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    static final Duration DATE_WINDOW = Duration.ofMinutes(15);
    static final String MISMATCH = "Specified signature is not matched with our calculation. server string to sign is:";
    private static final String[] MANDATORY = {"x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
        "x-acs-content-sha256"};

    private final Function<String, String> secretOf;
    private final NonceRegistry nonces;
    private final Clock clock;

    /**
     * @param secretOf the secret of an AccessKey ID, or null when the key is unknown
     * @param nonces the replay guard (shared with the RPC verifier: a nonce is single-use whatever the style)
     * @param clock the server's clock
     */
    RoaSignatureVerifier(Function<String, String> secretOf, NonceRegistry nonces, Clock clock) {
        this.secretOf = secretOf;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * @return the authenticated caller
     * @throws ApiError the gateway's refusal
     */
    Caller verify(ReceivedRequest r) {
        String authorization = r.header("authorization");
        if (authorization == null || authorization.trim().isEmpty()) {
            throw ApiError.missing("Authorization");
        }
        Authorization auth = Authorization.parse(authorization.trim());
        for (String name : MANDATORY) {
            String value = r.header(name);
            if (value == null || value.trim().isEmpty()) {
                throw ApiError.missing(name);
            }
        }
        for (String name : r.headers().keySet()) {
            boolean mustSign = name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-");
            if (mustSign && !auth.signedHeaders.contains(name)) {
                throw new ApiError(400, "IncompleteSignature", "The header \"" + name
                        + "\" is sent but not signed; the request signature does not conform to Aliyun standards.");
            }
        }
        String secret = secretOf.apply(auth.accessKeyId);
        if (secret == null) {
            throw new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        Instant now = clock.instant();
        checkDate(r.header("x-acs-date"), now);
        String bodyHash = lowerHex(sha256(r.body()));
        if (!bodyHash.equals(r.header("x-acs-content-sha256").trim().toLowerCase(Locale.ROOT))) {
            throw new ApiError(400, "SignatureDoesNotMatch", "The x-acs-content-sha256 header is not the SHA-256 of "
                    + "the body received (" + r.body().length + " bytes, hash " + bodyHash + ").");
        }
        String stringToSign = stringToSign(canonicalRequest(r, auth.signedHeaders));
        String expected = lowerHex(hmacSha256(secret, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                auth.signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiError(400, "SignatureDoesNotMatch", MISMATCH + stringToSign);
        }
        if (!nonces.firstUse(auth.accessKeyId, r.header("x-acs-signature-nonce"), now)) {
            throw new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        return new Caller(auth.accessKeyId, ALGORITHM);
    }

    /** The canonical request of the documented algorithm, for the given signed header names (sorted, lower-case). */
    static String canonicalRequest(ReceivedRequest r, List<String> signedHeaders) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.method().toUpperCase(Locale.ROOT)).append('\n');
        sb.append(canonicalUri(r.path())).append('\n');
        sb.append(canonicalQuery(r.query())).append('\n');
        for (String name : signedHeaders) {
            String value = r.header(name);
            sb.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        sb.append('\n').append(String.join(";", signedHeaders)).append('\n');
        sb.append(lowerHex(sha256(r.body())));
        return sb.toString();
    }

    /** {@code ACS3-HMAC-SHA256\n} + the hex SHA-256 of the canonical request. */
    static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + lowerHex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
    }

    /** The path as received (its parameters already percent-encoded by the client), with the documented fix-ups. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return rawPath.replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** Every query parameter, decoded then re-encoded per RFC 3986, sorted by name; an empty value gives {@code name=}. */
    static String canonicalQuery(SortedMap<String, String> decoded) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : decoded.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(percentEncode(e.getKey())).append('=').append(percentEncode(e.getValue()));
        }
        return sb.toString();
    }

    /** RFC 3986: the UTF-8 bytes, every one but {@code A-Z a-z 0-9 - _ . ~} as {@code %XX} (upper-case hex). */
    static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (unreserved) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static void checkDate(String value, Instant now) {
        Instant date;
        try {
            date = Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(date, now).abs().compareTo(DATE_WINDOW) > 0) {
            throw new ApiError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] hmacSha256(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String lowerHex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.forDigit((bytes[i] >> 4) & 0xF, 16);
            out[2 * i + 1] = Character.forDigit(bytes[i] & 0xF, 16);
        }
        return new String(out);
    }

    /** The parts of {@code ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..}. */
    private static final class Authorization {
        final String accessKeyId;
        final List<String> signedHeaders;
        final String signature;

        private Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
            this.accessKeyId = accessKeyId;
            this.signedHeaders = signedHeaders;
            this.signature = signature;
        }

        static Authorization parse(String header) {
            if (!header.startsWith(ALGORITHM + " ")) {
                throw incomplete("The Authorization header must start with " + ALGORITHM);
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                int eq = part.indexOf('=');
                if (eq < 1) {
                    continue;
                }
                String key = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                if (key.equals("Credential")) {
                    credential = value;
                } else if (key.equals("SignedHeaders")) {
                    signedHeaders = value;
                } else if (key.equals("Signature")) {
                    signature = value;
                }
            }
            if (credential == null || credential.isEmpty() || signedHeaders == null || signature == null
                    || signature.isEmpty()) {
                throw incomplete("The Authorization header needs Credential, SignedHeaders and Signature");
            }
            List<String> names = new ArrayList<>();
            for (String name : signedHeaders.split(";")) {
                String n = name.trim().toLowerCase(Locale.ROOT);
                if (!n.isEmpty() && !names.contains(n)) {
                    names.add(n);
                }
            }
            Collections.sort(names);
            return new Authorization(credential, names, signature);
        }

        private static ApiError incomplete(String why) {
            return new ApiError(400, "IncompleteSignature", why + "; the request signature does not conform to Aliyun standards.");
        }
    }
}
