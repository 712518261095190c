package io.github.acs4j.core.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an RPC operation's parameters travel: its HTTP method ({@code POST} or {@code GET}) and which
 * top-level wire parameters the model puts in the body ({@code position: body}); the others are query
 * parameters. Only ACS3 follows the positions: V1 POST sends every parameter in the form body, V1 GET every
 * parameter in the URL (see {@link RequestFactory}).
 */
final class WirePlacement {
    static final WirePlacement POST_QUERY = new WirePlacement("POST", Collections.<String>emptySet());

    final String method;
    private final Set<String> bodyNames;

    private WirePlacement(String method, Set<String> bodyNames) {
        this.method = method;
        this.bodyNames = bodyNames;
    }

    WirePlacement withMethod(String httpMethod) {
        String m = httpMethod == null ? "" : httpMethod.toUpperCase(Locale.ROOT);
        if (!m.equals("POST") && !m.equals("GET")) {
            throw new IllegalArgumentException("an RPC operation is sent by POST or GET, not '" + httpMethod + "'");
        }
        if (m.equals("GET") && !bodyNames.isEmpty()) {
            throw new IllegalArgumentException("a GET operation has no body, but " + bodyNames + " are body parameters");
        }
        return new WirePlacement(m, bodyNames);
    }

    WirePlacement withBody(String... topLevelNames) {
        if (method.equals("GET") && topLevelNames.length > 0) {
            throw new IllegalArgumentException("a GET operation has no body, but " + Arrays.toString(topLevelNames)
                    + " are body parameters");
        }
        Set<String> names = new LinkedHashSet<>(bodyNames);
        for (String n : topLevelNames) {
            if (n == null || n.isEmpty() || n.indexOf('.') >= 0) {
                throw new IllegalArgumentException("not a top-level wire name: '" + n + "'");
            }
            names.add(n);
        }
        return new WirePlacement(method, Collections.unmodifiableSet(names));
    }

    boolean hasBody() {
        return !bodyNames.isEmpty();
    }

    /** A flattened name ({@code X.1}, {@code X.Field}) belongs to its top-level {@code X}. */
    boolean inBody(String wireName) {
        if (bodyNames.isEmpty()) {
            return false;
        }
        int dot = wireName.indexOf('.');
        return bodyNames.contains(dot < 0 ? wireName : wireName.substring(0, dot));
    }

    Set<String> bodyNames() {
        return bodyNames;
    }
}
