package io.github.acs4j.core.internal;

import io.github.acs4j.core.signing.RpcV1Signer;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * A REST-style request as written once per call, before any attempt signs it: method, encoded path,
 * query, the operation's own headers and the exact body bytes (null when none is sent).
 */
final class RoaMessage {
    /** Headers the signer owns; an operation may not set them. */
    private static final List<String> RESERVED = Arrays.asList("host", "content-type", "content-length",
            "authorization", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
            "x-acs-content-sha256", "x-acs-security-token", "x-acs-accesskey-id");

    final String method;
    final String path;
    final SortedMap<String, String> query;
    /** The query as sent and signed, encoded once per call. */
    final String canonicalQuery;
    final Map<String, String> headers;
    final byte[] body;
    final List<String> personal;

    private RoaMessage(String method, String path, SortedMap<String, String> query, Map<String, String> headers,
                       byte[] body, List<String> personal) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.canonicalQuery = RpcV1Signer.canonicalQuery(query);
        this.headers = headers;
        this.body = body;
        this.personal = personal;
    }

    /**
     * @throws IllegalArgumentException for a path parameter without a usable value, a body on a GET, a header
     *     the signer owns or one with a character headers cannot carry, or text with no UTF-8 form
     */
    static <Q> RoaMessage of(RoaRoute<Q> route, Q request) {
        RoaWriter w = new RoaWriter();
        route.write(request, w);
        String path = route.expand(w.pathValues());
        byte[] body = w.bodyBytes();
        if (body != null && route.method().equals("GET")) {
            throw new IllegalArgumentException("a GET request carries no body, yet body members were set");
        }
        if (body == null && route.hasBody()) {
            body = new byte[0]; // POST, PUT and PATCH always carry a body, if only an empty one
        }
        for (Map.Entry<String, String> h : w.headers().entrySet()) {
            String name = h.getKey();
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the header " + name + " is set by the signer, not by a request");
            }
            int bad = HeaderValues.firstIllegal(h.getValue());
            if (bad >= 0) { // OkHttp would refuse it mid-call, quoting the value
                throw new IllegalArgumentException("the header " + name + " cannot carry its value ("
                        + HeaderValues.kind(h.getValue().charAt(bad)) + " at index " + bad + "; headers take printable ASCII)");
            }
        }
        return new RoaMessage(route.method(), path, Collections.unmodifiableSortedMap(w.query()),
                Collections.unmodifiableMap(w.headers()), body, Collections.unmodifiableList(w.personalValues()));
    }
}
