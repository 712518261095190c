package io.github.acs4j.emulator;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One HTTP request as the emulator received it: method, path, headers (names lower-case), the decoded
 * query and form parameters, and the exact body bytes (V3 signs their hash). Independent of the HTTP
 * server, so the signature vectors can be replayed through the verifier without a socket.
 */
final class ReceivedRequest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final SortedMap<String, String> query;
    private final SortedMap<String, String> form;
    private final byte[] body;

    ReceivedRequest(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        this.method = method;
        this.path = path == null || path.isEmpty() ? "/" : path;
        Map<String, String> lower = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            lower.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue());
        }
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body == null ? new byte[0] : body;
        this.query = decode(rawQuery);
        String contentType = header("content-type");
        boolean isForm = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM);
        this.form = isForm ? decode(new String(this.body, StandardCharsets.UTF_8)) : new TreeMap<>();
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** @return the header's value, or null; names are matched case-insensitively */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    Map<String, String> headers() {
        return headers;
    }

    SortedMap<String, String> query() {
        return query;
    }

    SortedMap<String, String> form() {
        return form;
    }

    byte[] body() {
        return body;
    }

    /** @return query and form parameters together (the form wins on a clash), sorted by name */
    SortedMap<String, String> parameters() {
        SortedMap<String, String> all = new TreeMap<>(query);
        all.putAll(form);
        return all;
    }

    /** @return the API action: the V3 header, else the {@code Action} parameter */
    String action() {
        String a = header("x-acs-action");
        return a != null ? a : parameters().get("Action");
    }

    /** @return the API version: the V3 header, else the {@code Version} parameter */
    String version() {
        String v = header("x-acs-version");
        return v != null ? v : parameters().get("Version");
    }

    /** @return whether the request carries a V3 {@code Authorization} header */
    boolean isV3() {
        return header("authorization") != null;
    }

    private static SortedMap<String, String> decode(String raw) {
        SortedMap<String, String> out = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(urlDecode(name), urlDecode(value));
        }
        return out;
    }

    private static String urlDecode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            throw new ApiError(400, "InvalidParameter", "The request is not correctly URL-encoded near \"" + s + "\".");
        }
    }
}
