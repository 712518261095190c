package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a REST-style (ROA) request's method and raw path to the operation that answers it, with its path
 * parameters decoded. A path segment must be percent-encoded the way Alibaba's signing encodes it (only
 * {@code A-Z a-z 0-9 - _ . ~} bare, everything else {@code %XX} of UTF-8): anything else is refused, so a
 * client that encodes its path parameters wrongly learns it here instead of on the cloud.
 */
final class RoaRouter {
    /** One ROA operation: works on the caller's account (its lock is held) and returns the success body. */
    @FunctionalInterface
    interface Operation {
        /**
         * @throws ApiError for a documented failure
         */
        ObjectNode handle(RoaCall call, Account account, String requestId);
    }

    /** A resolved route: the action the path and method name, its operation and its path parameters. */
    static final class Route {
        final String action;
        final Operation operation;
        final Map<String, String> pathParameters;

        Route(String action, Operation operation, Map<String, String> pathParameters) {
            this.action = action;
            this.operation = operation;
            this.pathParameters = pathParameters;
        }
    }

    private static final class Entry {
        final String method;
        final String[] segments;
        final String action;
        final Operation operation;

        Entry(String method, String[] segments, String action, Operation operation) {
            this.method = method;
            this.segments = segments;
            this.action = action;
            this.operation = operation;
        }
    }

    private final String version;
    private final List<Entry> entries = new ArrayList<>();

    RoaRouter(String version) {
        this.version = version;
    }

    /** @return the API version every operation here belongs to */
    String version() {
        return version;
    }

    /**
     * @param template a path such as {@code /contact/{contactId}}; {@code {name}} is a path parameter
     */
    void add(String method, String template, String action, Operation operation) {
        entries.add(new Entry(method, segments(template), action, operation));
    }

    /** @return the first path segment of every operation ({@code /contact}, {@code /robots}, ...) */
    Set<String> prefixes() {
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : entries) {
            out.add("/" + e.segments[0]);
        }
        return out;
    }

    /**
     * @throws ApiError 400 {@code InvalidParameter} for a path segment that is not properly percent-encoded,
     *     404 {@code InvalidAction.NotFound} when no operation has this method and path
     */
    Route route(String method, String rawPath) {
        String[] raw = segments(rawPath);
        for (Entry e : entries) {
            if (!e.method.equals(method) || e.segments.length != raw.length) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            boolean match = true;
            for (int i = 0; i < raw.length && match; i++) {
                String t = e.segments[i];
                if (t.startsWith("{")) {
                    parameters.put(t.substring(1, t.length() - 1), decodeSegment(raw[i]));
                } else {
                    match = t.equals(raw[i]);
                }
            }
            if (match) {
                return new Route(e.action, e.operation, parameters);
            }
        }
        throw new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
    }

    private static String[] segments(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }

    /** Strict percent-decoding of one path segment. */
    static String decodeSegment(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (unreserved) {
                bytes.write(c);
            } else if (c == '%' && i + 2 < segment.length() && hex(segment.charAt(i + 1)) >= 0
                    && hex(segment.charAt(i + 2)) >= 0) {
                bytes.write(hex(segment.charAt(i + 1)) * 16 + hex(segment.charAt(i + 2)));
                i += 2;
            } else {
                throw badPath(segment);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw badPath(segment);
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static ApiError badPath(String segment) {
        return new ApiError(400, "InvalidParameter", "The path segment \"" + segment + "\" is not percent-encoded: "
                + "only A-Z a-z 0-9 - _ . ~ may appear bare, every other byte of its UTF-8 as %XX.");
    }
}
