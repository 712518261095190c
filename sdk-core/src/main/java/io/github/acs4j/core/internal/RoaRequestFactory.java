package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.signing.Acs3Signer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * Builds the signed HTTP request of one attempt of a REST-style (ROA) call: the operation's method, the
 * encoded path, the query in its canonical form (so the bytes sent are the bytes signed) and the JSON body,
 * signed with {@code ACS3-HMAC-SHA256} whatever signature the client uses for RPC calls (ROA APIs have no
 * form-body signature). The action and version travel in {@code x-acs-action} and {@code x-acs-version};
 * with STS credentials {@code x-acs-accesskey-id} and {@code x-acs-security-token} are sent and signed, as
 * Alibaba's runtime does.
 */
final class RoaRequestFactory {
    /** The body's type, exactly as Alibaba's SDKs send (and sign) it. */
    static final String JSON = "application/json; charset=utf-8";
    private static final MediaType JSON_TYPE = MediaType.get(JSON);

    private final HttpUrl base;
    private final String hostHeader;
    private final String userAgent;
    private final String apiVersion;
    private final Supplier<String> dates;
    private final Supplier<String> nonces;

    /**
     * @param base the endpoint; the path and query are replaced per request
     * @param dates the {@code x-acs-date} of each attempt
     * @param nonces the {@code x-acs-signature-nonce} of each attempt
     */
    RoaRequestFactory(HttpUrl base, String userAgent, String apiVersion, Supplier<String> dates, Supplier<String> nonces) {
        this.base = base;
        this.hostHeader = RequestFactory.hostHeader(base);
        this.userAgent = userAgent;
        this.apiVersion = apiVersion;
        this.dates = dates;
        this.nonces = nonces;
    }

    /** @param c the signing credentials, or null for an unsigned request */
    Attempt create(int number, String action, RoaMessage m, Credentials c) {
        byte[] body = m.body == null ? new byte[0] : m.body;
        boolean json = body.length > 0;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", hostHeader);
        if (json) {
            headers.put("content-type", JSON);
        }
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", apiVersion);
        headers.put("x-acs-date", dates.get());
        headers.put("x-acs-signature-nonce", nonces.get());
        headers.put("x-acs-content-sha256", Acs3Signer.hashedPayload(body));
        for (Map.Entry<String, String> h : m.headers.entrySet()) {
            headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue());
        }
        if (c != null && c.securityToken() != null) {
            headers.put("x-acs-accesskey-id", c.accessKeyId());
            headers.put("x-acs-security-token", c.securityToken());
        }
        String canonicalQuery = m.canonicalQuery;
        HttpUrl url = base.newBuilder().encodedPath(m.path)
                .encodedQuery(canonicalQuery.isEmpty() ? null : canonicalQuery).build();
        Request.Builder b = new Request.Builder().url(url)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        String stringToSign = null;
        if (c != null) {
            SortedMap<String, String> signed = Acs3Signer.signedHeaders(headers);
            stringToSign = Acs3Signer.stringToSign(Acs3Signer.canonicalRequest(m.method, m.path, canonicalQuery, signed,
                    headers.get("x-acs-content-sha256")));
            b.header("Authorization", Acs3Signer.authorization(c.accessKeyId(), Acs3Signer.signedHeaderNames(signed),
                    Acs3Signer.signature(c.accessKeySecret(), stringToSign)));
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().equals("content-type")) { // the body states it, and OkHttp sends the body's
                b.header(h.getKey(), h.getValue());
            }
        }
        String signedText = stringToSign;
        return new Attempt(number, b, m.method, m.body == null ? null : body, json ? JSON_TYPE : null,
                () -> signedText, m.personal);
    }
}
