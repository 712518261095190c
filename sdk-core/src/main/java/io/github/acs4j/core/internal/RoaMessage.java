package io.github.acs4j.core.internal;

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
    final Map<String, String> headers;
    final byte[] body;
    final List<String> personal;

    private RoaMessage(String method, String path, SortedMap<String, String> query, Map<String, String> headers,
                       byte[] body, List<String> personal) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.personal = personal;
    }

    /**
     * @throws IllegalArgumentException for a path parameter without a usable value, a body on a GET, or a
     *     header the signer owns
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
        for (String name : w.headers().keySet()) {
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the header " + name + " is set by the signer, not by a request");
            }
        }
        return new RoaMessage(route.method(), path, Collections.unmodifiableSortedMap(w.query()),
                Collections.unmodifiableMap(w.headers()), body, Collections.unmodifiableList(w.personalValues()));
    }
}
