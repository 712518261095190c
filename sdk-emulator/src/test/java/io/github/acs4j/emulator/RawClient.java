package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A client that is not acs4j: JDK HttpURLConnection, signatures computed here with URLEncoder and the
 * documented fix-ups, the way Alibaba's own older SDKs do. Proves the emulator accepts any correct
 * client and refuses wrong ones.
 */
final class RawClient {
    private final URI endpoint;
    private final String accessKeyId;
    private final String secret;

    RawClient(URI endpoint, String accessKeyId, String secret) {
        this.endpoint = endpoint;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    static RawClient of(AcsEmulator emulator) {
        return new RawClient(emulator.endpoint(), emulator.accessKeyId(), emulator.accessKeySecret());
    }

    /** An answer: status, headers, parsed body. */
    static final class Answer {
        final int status;
        final Map<String, String> headers;
        final JsonNode body;

        Answer(int status, Map<String, String> headers, JsonNode body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        String code() {
            return body.path("Code").asText(null);
        }

        String text(String field) {
            return body.path(field).asText(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** The common V1 parameters plus the operation's, unsigned. */
    SortedMap<String, String> v1Params(String action, String version, Map<String, String> params) {
        SortedMap<String, String> all = new TreeMap<>(params);
        all.put("Action", action);
        all.put("Version", version);
        all.put("Format", "JSON");
        all.put("AccessKeyId", accessKeyId);
        all.put("SignatureMethod", "HMAC-SHA1");
        all.put("SignatureVersion", "1.0");
        all.put("SignatureNonce", UUID.randomUUID().toString());
        all.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return all;
    }

    /** Signs and POSTs the parameters as a form (V1). */
    Answer post(String action, String version, Map<String, String> params) {
        return sendV1("POST", v1Params(action, version, params), secret);
    }

    /** Signs and GETs with the parameters in the query (V1). */
    Answer get(String action, String version, Map<String, String> params) {
        return sendV1("GET", v1Params(action, version, params), secret);
    }

    /** Signs {@code all} with {@code signingSecret} and sends them. */
    Answer sendV1(String method, SortedMap<String, String> all, String signingSecret) {
        all.remove("Signature");
        all.put("Signature", v1Signature(method, all, signingSecret));
        String encoded = formEncode(all);
        return method.equals("GET") ? http("GET", "/?" + encoded, new LinkedHashMap<>(), null)
                : http("POST", "/", form(), encoded.getBytes(StandardCharsets.UTF_8));
    }

    static String v1StringToSign(String method, SortedMap<String, String> params) {
        SortedMap<String, String> signed = new TreeMap<>(params);
        signed.remove("Signature");
        return method + "&" + percent("/") + "&" + percent(formEncode(signed));
    }

    static String v1Signature(String method, SortedMap<String, String> params, String secret) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret + "&", v1StringToSign(method, params)));
    }

    /** Signs with ACS3-HMAC-SHA256 and POSTs the operation's parameters as a form body. */
    Answer postV3(String action, String version, Map<String, String> params) {
        byte[] body = formEncode(new TreeMap<>(params)).getBytes(StandardCharsets.UTF_8);
        return sendV3(action, version, body, sha256Hex(body), UUID.randomUUID().toString(), secret);
    }

    Answer sendV3(String action, String version, byte[] body, String declaredHash, String nonce, String signingSecret) {
        Map<String, String> h = new TreeMap<>();
        h.put("content-type", "application/x-www-form-urlencoded");
        h.put("host", endpoint.getAuthority());
        h.put("x-acs-action", action);
        h.put("x-acs-content-sha256", declaredHash);
        h.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        h.put("x-acs-signature-nonce", nonce);
        h.put("x-acs-version", version);
        StringBuilder canonical = new StringBuilder("POST\n/\n\n");
        for (Map.Entry<String, String> e : h.entrySet()) {
            canonical.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        String names = String.join(";", h.keySet());
        canonical.append('\n').append(names).append('\n').append(declaredHash);
        String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        String signature = hex(hmac("HmacSHA256", signingSecret, stringToSign));
        Map<String, String> headers = new LinkedHashMap<>(h);
        headers.remove("host");
        headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=" + accessKeyId + ",SignedHeaders=" + names
                + ",Signature=" + signature);
        return http("POST", "/", headers, body);
    }

    /**
     * ACS3 as Alibaba's openapi core sends RPC: {@code query} in the URL (the sorted, encoded canonical
     * query), {@code form} as a form body (none when empty: no body hash but the empty string's, no
     * content type), by {@code method}.
     *
     * @param signedContentType the content type signed with a body, or null to leave it out of SignedHeaders
     * @param sentContentType the content type sent with a body
     * @param sentQuery the query sent, when not the one signed (a tampered request), else null
     */
    Answer v3(String method, String action, String version, Map<String, String> query, Map<String, String> form,
              String signedContentType, String sentContentType, Map<String, String> sentQuery) {
        String canonicalQuery = formEncode(new TreeMap<>(query));
        byte[] body = form.isEmpty() ? new byte[0] : formEncode(new TreeMap<>(form)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> h = new TreeMap<>();
        if (body.length > 0 && signedContentType != null) {
            h.put("content-type", signedContentType);
        }
        h.put("host", endpoint.getAuthority());
        h.put("x-acs-action", action);
        h.put("x-acs-content-sha256", sha256Hex(body));
        h.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        h.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        h.put("x-acs-version", version);
        StringBuilder canonical = new StringBuilder(method + "\n/\n" + canonicalQuery + "\n");
        for (Map.Entry<String, String> e : h.entrySet()) {
            canonical.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        String names = String.join(";", h.keySet());
        canonical.append('\n').append(names).append('\n').append(sha256Hex(body));
        String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> headers = new LinkedHashMap<>(h);
        headers.remove("host");
        if (body.length > 0) {
            headers.put("content-type", sentContentType);
        }
        headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=" + accessKeyId + ",SignedHeaders=" + names
                + ",Signature=" + hex(hmac("HmacSHA256", secret, stringToSign)));
        String sent = sentQuery == null ? canonicalQuery : formEncode(new TreeMap<>(sentQuery));
        return http(method, "/" + (sent.isEmpty() ? "" : "?" + sent), headers, body.length == 0 ? null : body);
    }

    /** {@link #v3} as acs4j and the official core send it: the form's content type signed, nothing tampered. */
    Answer v3(String method, String action, String version, Map<String, String> query, Map<String, String> form) {
        String form3 = "application/x-www-form-urlencoded";
        return v3(method, action, version, query, form, form3, form3, null);
    }

    /** Sends exactly this; no signing. */
    Answer http(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(endpoint.toString() + pathAndQuery).openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(5000);
            c.setReadTimeout(10000);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                c.setRequestProperty(h.getKey(), h.getValue());
            }
            if (body != null) {
                c.setDoOutput(true);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (in != null) {
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) > 0) {
                    bytes.write(buf, 0, n);
                }
                in.close();
            }
            Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Map.Entry<String, java.util.List<String>> e : c.getHeaderFields().entrySet()) {
                if (e.getKey() != null) {
                    responseHeaders.put(e.getKey(), e.getValue().get(0));
                }
            }
            return new Answer(status, responseHeaders, new ObjectMapper().readTree(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> form() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/x-www-form-urlencoded");
        return h;
    }

    /** Parameters from alternating names and values. */
    static Map<String, String> params(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    static String formEncode(SortedMap<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(percent(e.getKey())).append('=').append(percent(e.getValue()));
        }
        return sb.toString();
    }

    /** URLEncoder plus the fix-ups Alibaba documents: {@code +} to {@code %20}, {@code *} to {@code %2A}, {@code %7E} to {@code ~}. */
    static String percent(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] data) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x));
        }
        return sb.toString();
    }
}
