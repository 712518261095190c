package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.signing.Acs3Signer;
import io.github.acs4j.core.signing.RpcV1Signer;
import io.github.acs4j.core.signing.SignatureVersion;
import okhttp3.HttpUrl;
import okhttp3.Request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the signed HTTP request of one attempt to {@code /}. With V1 POST every parameter, common ones and
 * {@code Signature} included, is in the form body (no secrets in URLs, which proxies log), whatever the
 * model's positions say; V1 GET puts them all in the URL. With V3 the headers carry the common parameters
 * and the signature, query-positioned parameters are the URL's query and body-positioned ones a form body.
 */
final class RequestFactory {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Acs3Signer.hashedPayload(EMPTY);

    private final HttpUrl url;
    private final String hostHeader;
    private final String userAgent;
    private final String apiVersion;
    private final SignatureVersion signatureVersion;
    private final Clock clock;
    private volatile Stamp lastStamp;
    /** The last credentials found fit for V3's headers: most calls reuse them, so they are checked once. */
    private volatile Credentials headerSafe;

    RequestFactory(HttpUrl url, String userAgent, String apiVersion, SignatureVersion signatureVersion, Clock clock) {
        this.url = url;
        this.hostHeader = url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
        this.userAgent = userAgent;
        this.apiVersion = apiVersion;
        this.signatureVersion = signatureVersion;
        this.clock = clock;
    }

    /** @param credentials the signing credentials, or null for an unsigned request (always in the V1 form) */
    Attempt create(int number, String action, SortedMap<String, String> params, Credentials credentials) {
        return create(number, action, params, credentials, WirePlacement.POST_QUERY);
    }

    /**
     * @param credentials the signing credentials, or null for an unsigned request (always in the V1 form)
     * @param placement the operation's HTTP method and body parameters
     */
    Attempt create(int number, String action, SortedMap<String, String> params, Credentials credentials,
                   WirePlacement placement) {
        try {
            return signatureVersion == SignatureVersion.V3 && credentials != null
                    ? v3(number, action, params, credentials, placement)
                    : v1(number, action, params, credentials, placement.method);
        } catch (IllegalArgumentException e) {
            throw new AcsClientException("Cannot send " + action + ": " + e.getMessage() + ". Nothing was sent.", e);
        }
    }

    /**
     * With V3 the AccessKey ID (in {@code Authorization}) and the security token ({@code x-acs-security-token})
     * travel in headers, which take printable ASCII only; with V1 they are form parameters, percent-encoded, so
     * any character travels. Checked before signing so that OkHttp never refuses (and quotes) them mid-call.
     *
     * @param source where the credentials came from, for the message; the values are never shown
     * @throws AcsClientException when a value cannot travel in its header
     */
    void checkFitsHeaders(Credentials c, Object source, String action) {
        if (signatureVersion != SignatureVersion.V3 || c == headerSafe) {
            return;
        }
        unfit(c.accessKeyId(), "AccessKey ID", "Authorization", source, action);
        if (c.securityToken() != null) {
            unfit(c.securityToken(), "security token", "x-acs-security-token", source, action);
        }
        headerSafe = c;
    }

    static void unfit(String value, String what, String header, Object source, String action) {
        int bad = HeaderValues.firstIllegal(value);
        if (bad >= 0) {
            throw new AcsClientException("Cannot send " + action + ": the " + what + " from " + source + " cannot travel"
                    + " in the " + header + " header (" + HeaderValues.kind(value.charAt(bad)) + " at index " + bad
                    + "; headers take printable ASCII); this attempt was not sent.");
        }
    }

    private Attempt v1(int number, String action, SortedMap<String, String> params, Credentials c, String method) {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("Action", action);
        all.put("Version", apiVersion);
        all.put("Format", "JSON");
        all.put("SignatureNonce", nonce());
        all.put("Timestamp", timestamp());
        if (c == null) {
            return v1Attempt(number, method, RpcV1Signer.canonicalQuery(all).getBytes(StandardCharsets.US_ASCII),
                    () -> null, params);
        }
        all.put("AccessKeyId", c.accessKeyId());
        all.put("SignatureMethod", RpcV1Signer.SIGNATURE_METHOD);
        all.put("SignatureVersion", RpcV1Signer.SIGNATURE_VERSION);
        if (c.securityToken() != null) {
            all.put("SecurityToken", c.securityToken());
        }
        byte[] body = RpcV1Signer.signedForm(method, all, c.accessKeySecret());
        return v1Attempt(number, method, body, () -> stringToSignOf(method, body), params);
    }

    /** V1 POST: the signed form is the body. V1 GET: it is the URL's query (there is no body). */
    private Attempt v1Attempt(int number, String method, byte[] form, java.util.function.Supplier<String> stringToSign,
                              SortedMap<String, String> params) {
        if (method.equals("POST")) {
            return new Attempt(number, form(), form, stringToSign, params);
        }
        Request.Builder b = new Request.Builder().url(url.newBuilder()
                        .encodedQuery(new String(form, StandardCharsets.US_ASCII)).build())
                .addHeader("User-Agent", userAgent)
                .addHeader("Accept", "application/json");
        return Attempt.withoutBody(number, b, stringToSign, params);
    }

    /** The V1 string to sign, recomputed from the form sent: the canonical query is all before Signature. */
    private static String stringToSignOf(String method, byte[] body) {
        String form = new String(body, StandardCharsets.US_ASCII);
        return RpcV1Signer.stringToSign(method, form.substring(0, form.lastIndexOf("&Signature=")));
    }

    private Request.Builder form() {
        // addHeader, not header: the builder is new, so there is nothing to replace
        return new Request.Builder().url(url)
                .addHeader("User-Agent", userAgent)
                .addHeader("Accept", "application/json");
    }

    /**
     * ACS3 as Alibaba's own openapi core sends RPC: query-positioned parameters in the URL's query, which is
     * the sorted, RFC 3986-encoded canonical query (the same string is sent and signed); body-positioned
     * ones in a form body whose content type is signed; no body parameters: an empty body and no
     * content type (GET: no body at all). With a security token, {@code x-acs-accesskey-id} is sent too.
     */
    private Attempt v3(int number, String action, SortedMap<String, String> params, Credentials c,
                       WirePlacement placement) {
        SortedMap<String, String> query = params;
        byte[] body = EMPTY;
        if (placement.hasBody()) {
            query = new TreeMap<>();
            SortedMap<String, String> form = new TreeMap<>();
            for (Map.Entry<String, String> p : params.entrySet()) {
                (placement.inBody(p.getKey()) ? form : query).put(p.getKey(), p.getValue());
            }
            if (!form.isEmpty()) {
                body = RpcV1Signer.canonicalQuery(form).getBytes(StandardCharsets.US_ASCII);
            }
        }
        String canonicalQuery = RpcV1Signer.canonicalQuery(query);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", hostHeader);
        if (body.length > 0) {
            headers.put("content-type", FORM);
        }
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", apiVersion);
        headers.put("x-acs-date", timestamp());
        headers.put("x-acs-signature-nonce", nonce());
        headers.put("x-acs-content-sha256", body.length == 0 ? EMPTY_SHA256 : Acs3Signer.hashedPayload(body));
        if (c.securityToken() != null) {
            headers.put("x-acs-accesskey-id", c.accessKeyId());
            headers.put("x-acs-security-token", c.securityToken());
        }
        SortedMap<String, String> signed = Acs3Signer.signedHeaders(headers);
        String canonicalRequest = Acs3Signer.canonicalRequest(placement.method, "/", canonicalQuery, signed,
                headers.get("x-acs-content-sha256"));
        String stringToSign = Acs3Signer.stringToSign(canonicalRequest);
        String signature = Acs3Signer.signature(c.accessKeySecret(), stringToSign);
        Request.Builder b = new Request.Builder()
                .url(canonicalQuery.isEmpty() ? url : url.newBuilder().encodedQuery(canonicalQuery).build())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .header("Authorization", Acs3Signer.authorization(c.accessKeyId(), Acs3Signer.signedHeaderNames(signed), signature));
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().equals("content-type")) {
                b.header(h.getKey(), h.getValue());
            }
        }
        if (placement.method.equals("GET")) {
            return Attempt.withoutBody(number, b, () -> stringToSign, params);
        }
        return body.length == 0 ? Attempt.emptyPost(number, b, () -> stringToSign, params)
                : new Attempt(number, b, body, () -> stringToSign, params);
    }

    /**
     * ISO-8601 UTC to the second. Formatting an {@code Instant} costs more than all the rest of it and the
     * attempts of one second share it, so the last second's text is kept (one immutable pair: threads that
     * race merely format it twice).
     */
    String timestamp() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        Stamp s = lastStamp;
        if (s == null || s.second != second) {
            s = new Stamp(second, Instant.ofEpochSecond(second).toString());
            lastStamp = s;
        }
        return s.text;
    }

    /**
     * Unique per attempt; it needs uniqueness, not secrecy, so a fast generator is enough. 32 hex digits
     * (two longs with their top bit set, so each is 16 digits), written straight into one array.
     */
    static String nonce() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] out = new char[32];
        hex(r.nextLong() | Long.MIN_VALUE, out, 0);
        hex(r.nextLong() | Long.MIN_VALUE, out, 16);
        return new String(out);
    }

    private static void hex(long v, char[] out, int at) {
        for (int i = 0; i < 16; i++) {
            out[at + i] = HEX[(int) (v >>> (60 - 4 * i)) & 0xF];
        }
    }

    /** A second and its text. */
    private static final class Stamp {
        final long second;
        final String text;

        Stamp(long second, String text) {
            this.second = second;
            this.text = text;
        }
    }
}
