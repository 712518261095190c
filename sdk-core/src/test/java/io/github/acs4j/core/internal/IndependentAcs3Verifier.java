package io.github.acs4j.core.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * ACS3-HMAC-SHA256 recomputed from a request as it crossed the wire, written from Alibaba's documented
 * algorithm with the JDK only (URLEncoder plus the three documented replacements, {@code MessageDigest},
 * {@code javax.crypto.Mac}); it calls none of acs4j's signing code, so it checks the signer instead of
 * agreeing with it.
 */
final class IndependentAcs3Verifier {
    final String canonicalRequest;
    final String stringToSign;
    final String signature;
    final String signedHeaders;

    /**
     * @param method the request's method
     * @param target the request target as sent: path, and {@code ?query} when there is one
     * @param headers every header sent (any case); {@code authorization} is ignored
     * @param body the exact body bytes
     * @param secret the AccessKey secret
     */
    IndependentAcs3Verifier(String method, String target, Map<String, String> headers, byte[] body, String secret) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        TreeMap<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("host") || name.equals("content-type") || name.startsWith("x-acs-")) {
                signed.put(name, h.getValue().trim());
            }
        }
        StringBuilder cr = new StringBuilder();
        cr.append(method).append('\n').append(substitute(path.isEmpty() ? "/" : path)).append('\n')
                .append(canonicalQuery(query)).append('\n');
        for (Map.Entry<String, String> h : signed.entrySet()) {
            cr.append(h.getKey()).append(':').append(h.getValue()).append('\n');
        }
        this.signedHeaders = String.join(";", signed.keySet());
        cr.append('\n').append(signedHeaders).append('\n').append(hex(sha256(body)));
        this.canonicalRequest = cr.toString();
        this.stringToSign = "ACS3-HMAC-SHA256\n" + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        this.signature = hex(hmac(secret, stringToSign));
    }

    String authorization(String accessKeyId) {
        return "ACS3-HMAC-SHA256 Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
    }

    private static String canonicalQuery(String raw) {
        TreeMap<String, String> params = new TreeMap<>();
        if (!raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            out.add(encode(p.getKey()) + "=" + encode(p.getValue()));
        }
        return String.join("&", out);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        try {
            return substitute(URLEncoder.encode(s, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documented three replacements that turn form encoding into RFC 3986. */
    private static String substitute(String s) {
        return s.replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
