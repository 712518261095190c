package io.github.acs4j.codegen;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the request writers of REST-style (ROA) operations into the operations class: each member goes to
 * its position through sdk-core's {@code RoaWriter} (path, query, header) or {@code JsonBody} (the JSON body,
 * written field by field in the model's order; nested shapes by one generated method per shape). Values of
 * members marked {@code sensitive} are noted for masking.
 */
final class RoaMarshallerGenerator {
    private static final String INTERNAL = "io.github.acs4j.core.internal.";
    /** Sensitive kinds whose values error messages must mask ({@code text} is only hidden in toString). */
    private static final List<String> MASKED = Arrays.asList("phone", "email", "webhook", "secret");

    private final ApiModel model;

    RoaMarshallerGenerator(ApiModel model) {
        this.model = model;
    }

    /** The {@code RoaRoute} expression of an operation, for its {@code Operation.roa} declaration. */
    static String route(OperationModel op, String operationsClass) {
        return "RoaRoute.of(\"" + op.method + "\", \"" + OperationsGenerator.javaString(op.path) + "\", "
                + operationsClass + "::write" + op.action + ")";
    }

    void writer(SourceFile f, OperationModel op) {
        f.use(INTERNAL + "RoaWriter");
        f.line().line("    static void write", op.action, "(", op.action, "Request r, RoaWriter w) {");
        boolean body = false;
        for (Member m : op.request) {
            String get = "r." + m.java + "()";
            String wire = "\"" + OperationsGenerator.javaString(m.wire) + "\"";
            if ("body".equals(m.position)) {
                body = true;
                continue;
            }
            String call;
            if (!m.type.isList()) {
                call = ("path".equals(m.position) ? "path(" : "header".equals(m.position) ? "header(" : "query(")
                        + wire + ", " + get + ")";
            } else if ("json".equals(m.listStyle)) {
                call = "queryJson(" + wire + ", " + get + ")";
            } else {
                call = "query(" + wire + ", " + get + ".isEmpty() ? null : String.join(\""
                        + OperationsGenerator.javaString(m.delimiter) + "\", " + get + "))";
            }
            f.line("        w.", call, ";");
            personal(f, "w", m, get);
        }
        if (body) {
            f.use(INTERNAL + "JsonBody");
            f.line("        JsonBody b = w.body();");
            for (Member m : op.request) {
                if ("body".equals(m.position)) {
                    field(f, m, "r." + m.java + "()", "        ");
                }
            }
        }
        f.line("    }");
    }

    /** One writer per shape that a JSON body carries, nested ones included. */
    void shapeWriters(SourceFile f) {
        Set<String> shapes = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (OperationModel op : model.operations) {
            if ("ROA".equals(op.style)) {
                for (Member m : op.request) {
                    if ("body".equals(m.position) && m.type.shapeName() != null) {
                        todo.add(m.type.shapeName());
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (shapes.add(name)) {
                for (Member x : model.shapes.get(name).members) {
                    if (x.type.shapeName() != null) {
                        todo.add(x.type.shapeName());
                    }
                }
            }
        }
        for (String name : shapes) {
            f.use(model.service.modelPackage() + "." + name).use(INTERNAL + "JsonBody");
            f.line().line("    private static void write", name, "(JsonBody b, ", name, " s) {");
            for (Member x : model.shapes.get(name).members) {
                field(f, x, "s." + x.java + "()", "        ");
            }
            f.line("    }");
        }
    }

    private void field(SourceFile f, Member m, String get, String indent) {
        String wire = "\"" + OperationsGenerator.javaString(m.wire) + "\"";
        String shape = m.type.shapeName();
        if (shape == null) {
            f.line(indent, m.type.isList() ? "b.list(" : "b.field(", wire, ", ", get, ");");
            personal(f, "b", m, get);
        } else if (!m.type.isList()) {
            f.line(indent, "if (", get, " != null) {");
            f.line(indent, "    b.startObject(", wire, ");");
            f.line(indent, "    write", shape, "(b, ", get, ");");
            f.line(indent, "    b.endObject();");
            f.line(indent, "}");
        } else {
            f.line(indent, "if (!", get, ".isEmpty()) {");
            f.line(indent, "    b.startArray(", wire, ");");
            f.line(indent, "    for (", shape, " item : ", get, ") {");
            f.line(indent, "        b.startObject(null);");
            f.line(indent, "        write", shape, "(b, item);");
            f.line(indent, "        b.endObject();");
            f.line(indent, "    }");
            f.line(indent, "    b.endArray();");
            f.line(indent, "}");
        }
    }

    private static void personal(SourceFile f, String target, Member m, String get) {
        if (m.sensitive == null || !MASKED.contains(m.sensitive)) {
            return;
        }
        if (m.type.isList()) {
            f.line("        ", get, ".forEach(", target, "::personal);");
        } else {
            f.line("        ", target, ".personal(", get, ");");
        }
    }
}
