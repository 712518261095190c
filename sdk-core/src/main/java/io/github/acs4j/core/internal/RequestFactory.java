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
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Builds the signed HTTP request of one attempt to {@code /}. With V1 POST every parameter, common ones and
 * {@code Signature} included, is in the form body (no secrets in URLs, which proxies log), whatever the
 * model's positions say; V1 GET puts them all in the URL. With V3 the headers carry the common parameters
 * and the signature, query-positioned parameters are the URL's query and body-positioned ones a form body.
 */
final class RequestFactory {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Acs3Signer.hashedPayload(EMPTY);
    /** The SignedHeaders list, by (form body ? 1 : 0) + (security token ? 2 : 0): the names are fixed. */
    private static final String[] SIGNED_HEADER_NAMES = {
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
        "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
        "host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
                + "x-acs-signature-nonce;x-acs-version",
        "content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
                + "x-acs-signature-nonce;x-acs-version"};

    private final HttpUrl url;
    private final ThreadLocal<HttpUrl.Builder> urlBuilders;
    private final String hostHeader;
    /**
     * The endpoint with the headers every request carries, checked once (OkHttp checks each header it is given
     * on every request); each request starts as a copy.
     */
    private final Request common;
    /** {@link #common} with the signed headers that never change for ACS3: host and version. */
    private final Request commonAcs3;
    private final String apiVersion;
    private final SignatureVersion signatureVersion;
    private final Clock clock;
    private volatile Stamp lastStamp;
    /** The last credentials found fit for V3's headers: most calls reuse them, so they are checked once. */
    private volatile Credentials headerSafe;

    RequestFactory(HttpUrl url, String userAgent, String apiVersion, SignatureVersion signatureVersion, Clock clock) {
        this.url = url;
        this.urlBuilders = ThreadLocal.withInitial(url::newBuilder);
        this.hostHeader = hostHeader(url);
        this.common = commonRequest(url, userAgent);
        this.commonAcs3 = common.newBuilder().addHeader("host", hostHeader).addHeader("x-acs-version", apiVersion)
                .build();
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
     * any character travels; REST-style calls always sign with ACS3. Checked before signing so that OkHttp
     * never refuses (and quotes) them mid-call, once per credentials found fit.
     *
     * @param restStyle whether the call is REST-style (ROA), which sends them in headers whatever the RPC signature
     * @param source where the credentials came from, for the message; the values are never shown
     * @throws AcsClientException when a value cannot travel in its header
     */
    void checkFitsHeaders(Credentials c, Object source, String action, boolean restStyle) {
        if ((signatureVersion != SignatureVersion.V3 && !restStyle) || c == headerSafe) {
            return;
        }
        unfit(c.accessKeyId(), "AccessKey ID", "Authorization", source, action);
        if (c.securityToken() != null) {
            unfit(c.securityToken(), "security token", "x-acs-security-token", source, action);
        }
        headerSafe = c;
    }

    /** @return a request to the endpoint with the headers every call carries: {@code User-Agent}, {@code Accept} */
    static Request commonRequest(HttpUrl url, String userAgent) {
        return new Request.Builder().url(url).addHeader("User-Agent", userAgent)
                .addHeader("Accept", "application/json").build();
    }

    /** @return the {@code host} header value of an endpoint: its host, with the port when not the default */
    static String hostHeader(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
    }

    private static void unfit(String value, String what, String header, Object source, String action) {
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
    private Attempt v1Attempt(int number, String method, byte[] form, Supplier<String> stringToSign,
                              SortedMap<String, String> params) {
        if (method.equals("POST")) {
            return new Attempt(number, common.newBuilder(), form, stringToSign, params);
        }
        Request.Builder b = common.newBuilder().url(withQuery(new String(form, StandardCharsets.US_ASCII)));
        return Attempt.withoutBody(number, b, stringToSign, params);
    }

    /** The V1 string to sign, recomputed from the form sent: the canonical query is all before Signature. */
    private static String stringToSignOf(String method, byte[] body) {
        String form = new String(body, StandardCharsets.US_ASCII);
        return RpcV1Signer.stringToSign(method, form.substring(0, form.lastIndexOf("&Signature=")));
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
        String payloadHash = body.length == 0 ? EMPTY_SHA256 : Acs3Signer.hashedPayload(body);
        boolean token = c.securityToken() != null;
        // the signed headers, already sorted by name (no maps): content-type < host < x-acs-accesskey-id <
        // x-acs-action < x-acs-content-sha256 < x-acs-date < x-acs-security-token < x-acs-signature-nonce <
        // x-acs-version; values trimmed for signing, as OkHttp trims them for sending (only the credentials
        // can have anything to trim: the other values are made here)
        String[] h = new String[18];
        int n = 0;
        if (body.length > 0) {
            h[n++] = "content-type";
            h[n++] = FORM;
        }
        h[n++] = "host";
        h[n++] = hostHeader;
        if (token) {
            h[n++] = "x-acs-accesskey-id";
            h[n++] = c.accessKeyId().trim();
        }
        h[n++] = "x-acs-action";
        h[n++] = action;
        h[n++] = "x-acs-content-sha256";
        h[n++] = payloadHash;
        h[n++] = "x-acs-date";
        h[n++] = timestamp();
        if (token) {
            h[n++] = "x-acs-security-token";
            h[n++] = c.securityToken().trim();
        }
        h[n++] = "x-acs-signature-nonce";
        h[n++] = nonce();
        h[n++] = "x-acs-version";
        h[n++] = apiVersion;
        String names = SIGNED_HEADER_NAMES[(body.length > 0 ? 1 : 0) + (token ? 2 : 0)];
        String hashedRequest = Acs3Signer.hashedCanonicalRequest(placement.method, "/", canonicalQuery, h, n, names,
                payloadHash);
        String signature = Acs3Signer.signHashedCanonicalRequest(c.accessKeySecret(), hashedRequest);
        // built only when a SignatureDoesNotMatch answer asks for it
        Supplier<String> stringToSign = () -> Acs3Signer.ALGORITHM + "\n" + hashedRequest;
        // addHeader, not header: the template holds none of these names, so there is nothing to replace
        Request.Builder b = commonAcs3.newBuilder();
        if (!canonicalQuery.isEmpty()) {
            b.url(withQuery(canonicalQuery));
        }
        b.addHeader("Authorization", Acs3Signer.authorization(c.accessKeyId(), names, signature));
        for (int i = 0; i < n; i += 2) {
            if (!inCommonOrBody(h[i])) {
                b.addHeader(h[i], h[i + 1]);
            }
        }
        if (placement.method.equals("GET")) {
            return Attempt.withoutBody(number, b, stringToSign, params);
        }
        return body.length == 0 ? Attempt.emptyPost(number, b, stringToSign, params)
                : new Attempt(number, b, body, stringToSign, params);
    }

    /** @return whether a signed header travels in {@link #commonAcs3} or with the body (its content type) */
    private static boolean inCommonOrBody(String signedHeader) {
        return signedHeader.equals("host") || signedHeader.equals("x-acs-version")
                || signedHeader.equals("content-type");
    }

    /**
     * The endpoint with a query. Each thread keeps a builder of the endpoint (building one copies the URL's
     * parts every time); {@code build()} shares nothing mutable with it, and {@code encodedQuery} replaces the
     * query whole.
     */
    private HttpUrl withQuery(String encodedQuery) {
        return urlBuilders.get().encodedQuery(encodedQuery).build();
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
        byte[] out = new byte[32];
        hex(r.nextLong() | Long.MIN_VALUE, out, 0);
        hex(r.nextLong() | Long.MIN_VALUE, out, 16);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void hex(long v, byte[] out, int at) {
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
