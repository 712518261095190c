package io.github.acs4j.core.testing;

import okhttp3.mockwebserver.RecordedRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An ACS3-HMAC-SHA256 request as MockWebServer saw it: its URL query and form body decoded apart, and the
 * signature recomputed from what arrived with code of its own (JDK URL encoder plus the documented fix-ups,
 * {@code MessageDigest} and {@code javax.crypto.Mac}), never acs4j's signer, so that a bug there cannot hide.
 */
public final class Acs3Request {
    private final RecordedRequest recorded;
    private final String rawQuery;
    private final String rawBody;
    private final byte[] bodyBytes;
    private final TreeMap<String, String> query;
    private final TreeMap<String, String> body;

    private Acs3Request(RecordedRequest recorded) {
        this.recorded = recorded;
        String path = recorded.getPath();
        int q = path.indexOf('?');
        this.rawQuery = q < 0 ? "" : path.substring(q + 1);
        this.bodyBytes = recorded.getBody().readByteArray();
        this.rawBody = new String(bodyBytes, StandardCharsets.UTF_8);
        this.query = decodeForm(rawQuery);
        this.body = decodeForm(rawBody);
    }

    /**
     * @param r the recorded request
     * @return the decoded view
     */
    public static Acs3Request of(RecordedRequest r) {
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return new Acs3Request(r);
    }

    /** @return the URL's query as sent, without {@code ?} (empty when none) */
    public String rawQuery() {
        return rawQuery;
    }

    /** @return the body exactly as sent */
    public String rawBody() {
        return rawBody;
    }

    /** @return the decoded query parameters, sorted */
    public TreeMap<String, String> query() {
        return query;
    }

    /** @return the decoded form body parameters, sorted */
    public TreeMap<String, String> body() {
        return body;
    }

    /** @return the recorded request */
    public RecordedRequest recorded() {
        return recorded;
    }

    /** @return the header names the {@code Authorization} header says are signed, e.g. {@code host;x-acs-action} */
    public String signedHeaders() {
        String auth = header("Authorization");
        int at = auth.indexOf("SignedHeaders=");
        return auth.substring(at + "SignedHeaders=".length(), auth.indexOf(',', at));
    }

    /**
     * Recomputes the signature from the method, the decoded query (encoded again and sorted), the signed
     * headers as received and the SHA-256 of the body as received.
     *
     * @param secret the AccessKey secret
     * @return whether the {@code Authorization} header's signature matches, and the body hash header is the body's
     */
    public boolean verifies(String secret) {
        String auth = header("Authorization");
        String signature = auth.substring(auth.indexOf("Signature=") + "Signature=".length());
        return bodyHashMatches() && hmacSha256Hex(secret, stringToSign()).equals(signature);
    }

    /** @return whether {@code x-acs-content-sha256} is the SHA-256 of the body that arrived */
    public boolean bodyHashMatches() {
        return sha256Hex(bodyBytes).equals(header("x-acs-content-sha256"));
    }

    /** @return the string to sign of what arrived */
    public String stringToSign() {
        StringBuilder canonicalQuery = new StringBuilder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (canonicalQuery.length() > 0) {
                canonicalQuery.append('&');
            }
            canonicalQuery.append(FormRequest.encode(e.getKey())).append('=').append(FormRequest.encode(e.getValue()));
        }
        StringBuilder canonical = new StringBuilder();
        String path = recorded.getPath();
        canonical.append(recorded.getMethod()).append('\n')
                .append(path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'))).append('\n')
                .append(canonicalQuery).append('\n');
        String names = signedHeaders();
        for (String name : names.split(";")) {
            canonical.append(name).append(':').append(header(name).trim()).append('\n');
        }
        canonical.append('\n').append(names).append('\n').append(header("x-acs-content-sha256"));
        return "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String header(String name) {
        String v = recorded.getHeader(name.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new AssertionError("no " + name + " header");
        }
        return v;
    }

    /** @return SHA-256 of the empty body, what a request without body parameters must declare */
    public static String emptyBodyHash() {
        return sha256Hex(new byte[0]);
    }

    private static TreeMap<String, String> decodeForm(String raw) {
        TreeMap<String, String> m = new TreeMap<>();
        if (!raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                m.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return m;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String hmacSha256Hex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
