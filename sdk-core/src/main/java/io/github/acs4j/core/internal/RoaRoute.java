package io.github.acs4j.core.internal;

import io.github.acs4j.core.signing.PercentEncoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Where a REST-style (ROA) operation goes and how its request is written: the HTTP method, the path
 * template ({@code /contact/{contactId}}) and the function that puts each request member in its place
 * (path, query, header or JSON body) through a {@link RoaWriter}. Each path parameter's value is
 * percent-encoded as one path segment (RFC 3986, as the signature's canonical URI takes it), so a
 * {@code /} or {@code ?} in a value can never change which resource is addressed.
 *
 * @param <Q> request type
 */
public final class RoaRoute<Q> {
    private static final List<String> METHODS = Arrays.asList("GET", "POST", "PUT", "PATCH", "DELETE");

    private final String method;
    private final String template;
    /** The template split around its parameters: literal, name, literal, name, ..., literal. */
    private final List<String> parts;
    private final BiConsumer<Q, RoaWriter> writer;

    private RoaRoute(String method, String template, List<String> parts, BiConsumer<Q, RoaWriter> writer) {
        this.method = method;
        this.template = template;
        this.parts = parts;
        this.writer = writer;
    }

    /**
     * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
     * @param template the path, starting with {@code /}; {@code {name}} marks a parameter, which fills one
     *     whole segment
     * @param writer writes a request's members into their places
     * @param <Q> request type
     * @return the route
     * @throws IllegalArgumentException for an unknown method or a malformed template
     */
    public static <Q> RoaRoute<Q> of(String method, String template, BiConsumer<Q, RoaWriter> writer) {
        if (method == null || !METHODS.contains(method)) {
            throw new IllegalArgumentException("not an HTTP method of ROA operations: '" + method + "' (one of " + METHODS + ")");
        }
        return new RoaRoute<>(method, template, split(template), writer);
    }

    private static List<String> split(String template) {
        if (template == null || !template.startsWith("/") || template.contains("?") || template.contains("#")) {
            throw new IllegalArgumentException("not a path template: '" + template + "' (it starts with / and has no"
                    + " query or fragment)");
        }
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                String rest = template.substring(at);
                if (rest.indexOf('}') >= 0) {
                    throw new IllegalArgumentException("unbalanced '}' in path template '" + template + "'");
                }
                parts.add(rest);
                return Collections.unmodifiableList(parts);
            }
            int close = template.indexOf('}', open);
            String literal = template.substring(at, open);
            if (close < 0 || literal.indexOf('}') >= 0 || !literal.endsWith("/")
                    || (close + 1 < template.length() && template.charAt(close + 1) != '/')) {
                throw new IllegalArgumentException("path template '" + template + "': a parameter must fill a whole"
                        + " segment ({name} between slashes)");
            }
            String name = template.substring(open + 1, close);
            if (name.isEmpty() || name.indexOf('{') >= 0) {
                throw new IllegalArgumentException("path template '" + template + "' has an empty or nested parameter");
            }
            parts.add(literal);
            parts.add(name);
            at = close + 1;
        }
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the path template as declared */
    public String template() {
        return template;
    }

    /** @return the names of the path parameters, in template order */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        return names;
    }

    /** @return whether requests of this route carry a JSON body (POST, PUT and PATCH do, even an empty one) */
    public boolean hasBody() {
        return !method.equals("GET") && !method.equals("DELETE");
    }

    /**
     * @param request the request
     * @param out where its members go
     */
    void write(Q request, RoaWriter out) {
        writer.accept(request, out);
    }

    /**
     * The path with each parameter percent-encoded as one segment.
     *
     * @param values path parameter values by name
     * @return the encoded path, as sent and as signed
     * @throws IllegalArgumentException naming a parameter that has no value, an empty one, or {@code .} or
     *     {@code ..} (which every HTTP stack resolves as a step up the path)
     */
    String expand(Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        sb.append(parts.get(0));
        for (int i = 1; i < parts.size(); i += 2) {
            String name = parts.get(i);
            String value = values.get(name);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the path parameter " + name + " of " + method + " " + template
                        + " has no value");
            }
            if (value.equals(".") || value.equals("..")) {
                throw new IllegalArgumentException("the path parameter " + name + " of " + method + " " + template
                        + " must not be '" + value + "' (a relative path step)");
            }
            sb.append(PercentEncoder.encode(value)).append(parts.get(i + 1));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return method.toUpperCase(Locale.ROOT) + " " + template;
    }
}
