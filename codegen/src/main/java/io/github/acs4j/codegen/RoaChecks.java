package io.github.acs4j.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a REST-style (ROA) operation of the model must keep, so that what is generated can always be
 * sent: a path template whose parameters fill whole segments and are each filled by a required scalar path
 * member; no body on a GET; scalar headers; query lists as one value (JSON text or delimited); and shapes
 * written into a JSON body with plain (undotted) wire names.
 */
final class RoaChecks {
    /** A template: segments of literal text or one whole {@code {name}}. */
    private static final Pattern TEMPLATE = Pattern.compile("(/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9_]*\\}))+|/");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

    private RoaChecks() {
    }

    static void check(String file, ApiModel model, OperationModel op) {
        String where = "operation " + op.action;
        if (!TEMPLATE.matcher(op.path).matches()) {
            throw new ModelException(file, where, "path template " + op.path + " is malformed: it starts with / and"
                    + " each parameter fills a whole segment ({name} between slashes)");
        }
        Set<String> parameters = new LinkedHashSet<>();
        Matcher p = PARAMETER.matcher(op.path);
        while (p.find()) {
            if (!parameters.add(p.group(1))) {
                throw new ModelException(file, where, "path template " + op.path + " names {" + p.group(1) + "} twice");
            }
        }
        for (String name : parameters) {
            Member m = Member.byWire(op.request, name);
            if (m == null || !"path".equals(m.position)) {
                throw new ModelException(file, where, "path template " + op.path + " names {" + name
                        + "}, which no request member with position path fills");
            }
        }
        for (Member m : op.request) {
            String at = where + ", member " + m.wire;
            switch (m.position) {
                case "path":
                    if (m.type.isList() || m.type.kind == TypeRef.Kind.SHAPE) {
                        throw new ModelException(file, at, "a path parameter is one scalar value");
                    }
                    if (!m.required) {
                        throw new ModelException(file, at, "a path parameter must be required (without it the path"
                                + " would name another resource)");
                    }
                    break;
                case "header":
                    if (m.type.isList() || m.type.kind == TypeRef.Kind.SHAPE) {
                        throw new ModelException(file, at, "a header is one scalar value");
                    }
                    break;
                case "query":
                    if (m.type.kind == TypeRef.Kind.SHAPE || (m.type.isList() && m.type.element.kind == TypeRef.Kind.SHAPE)) {
                        throw new ModelException(file, at, "objects go in the JSON body (position body), not the query");
                    }
                    if (m.type.isList() && "flat".equals(m.listStyle)) {
                        throw new ModelException(file, at, "an ROA query list travels as one value: give listStyle"
                                + " json (a JSON array) or delimited");
                    }
                    break;
                default: // body
                    if ("GET".equals(op.method)) {
                        throw new ModelException(file, at, "a GET request carries no body; put the member in the query");
                    }
                    if (m.type.isList() && !"flat".equals(m.listStyle)) {
                        throw new ModelException(file, at, "a body list is a JSON array; listStyle is for query lists");
                    }
                    checkBodyShape(file, model, m.type.shapeName(), at);
            }
        }
    }

    /** A shape written into a JSON body, and every shape inside it, has plain wire names (its JSON keys). */
    private static void checkBodyShape(String file, ApiModel model, String shape, String at) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        if (shape != null) {
            todo.add(shape);
        }
        while (!todo.isEmpty()) {
            Shape s = model.shapes.get(todo.poll());
            if (s == null || !seen.add(s.name)) {
                continue;
            }
            for (Member x : s.members) {
                if (x.wire.contains(".")) {
                    throw new ModelException(file, at, "shape " + s.name + ", member " + x.wire + ": a shape written"
                            + " into a JSON body needs plain wire names (its JSON keys), not dotted paths");
                }
                if (x.type.shapeName() != null) {
                    todo.add(x.type.shapeName());
                }
            }
        }
    }
}
