package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.signing.Acs3Signer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Acs3Signer.hashedPayload(EMPTY);

    private final HttpUrl base;
    private final String hostHeader;
    /** The endpoint with User-Agent and Accept, as {@link RequestFactory#commonRequest} builds it. */
    private final Request common;
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
        this.common = RequestFactory.commonRequest(base, userAgent);
        this.apiVersion = apiVersion;
        this.dates = dates;
        this.nonces = nonces;
    }

    /**
     * Signs with the RPC path's steps ({@link Acs3Signer#hashedCanonicalRequest} from a reused buffer,
     * {@link Acs3Signer#signHashedCanonicalRequest}); the string to sign is built as text only on demand.
     *
     * @param c the signing credentials, or null for an unsigned request
     */
    Attempt create(int number, String action, RoaMessage m, Credentials c) {
        byte[] body = m.body == null ? EMPTY : m.body;
        boolean json = body.length > 0;
        String payloadHash = json ? Acs3Signer.hashedPayload(body) : EMPTY_SHA256;
        // signed: host, content-type and every x-acs-* header, lower-case names sorted; values trimmed for
        // signing, as OkHttp trims them for sending
        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", hostHeader);
        if (json) {
            signed.put("content-type", JSON);
        }
        signed.put("x-acs-action", action);
        signed.put("x-acs-version", apiVersion);
        signed.put("x-acs-date", dates.get());
        signed.put("x-acs-signature-nonce", nonces.get());
        signed.put("x-acs-content-sha256", payloadHash);
        if (c != null && c.securityToken() != null) {
            signed.put("x-acs-accesskey-id", c.accessKeyId().trim());
            signed.put("x-acs-security-token", c.securityToken().trim());
        }
        Request.Builder b = common.newBuilder().url(base.newBuilder().encodedPath(m.path)
                .encodedQuery(m.canonicalQuery.isEmpty() ? null : m.canonicalQuery).build());
        for (Map.Entry<String, String> h : m.headers.entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-acs-")) {
                signed.put(name, h.getValue().trim());
            } else {
                b.addHeader(name, h.getValue()); // a request's own header that the signature leaves out
            }
        }
        Supplier<String> stringToSign = () -> null;
        if (c != null) {
            String[] nameValue = new String[2 * signed.size()];
            int n = 0;
            for (Map.Entry<String, String> h : signed.entrySet()) {
                nameValue[n++] = h.getKey();
                nameValue[n++] = h.getValue();
            }
            String names = String.join(";", signed.keySet());
            String hashedRequest = Acs3Signer.hashedCanonicalRequest(m.method, m.path, m.canonicalQuery, nameValue, n,
                    names, payloadHash);
            b.addHeader("Authorization", Acs3Signer.authorization(c.accessKeyId(), names,
                    Acs3Signer.signHashedCanonicalRequest(c.accessKeySecret(), hashedRequest)));
            stringToSign = () -> Acs3Signer.ALGORITHM + "\n" + hashedRequest;
        }
        for (Map.Entry<String, String> h : signed.entrySet()) {
            if (!h.getKey().equals("content-type")) { // the body states it, and OkHttp sends the body's
                b.addHeader(h.getKey(), h.getValue());
            }
        }
        return new Attempt(number, b, m.method, m.body == null ? null : body, json ? JSON_TYPE : null, stringToSign,
                m.personal);
    }
}
