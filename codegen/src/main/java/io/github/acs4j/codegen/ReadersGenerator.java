package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code <readersClass>}: one {@code StreamingResponseReader} per operation, reading the success body
 * straight from Jackson's streaming parser into the response's builder (no tree), one reader per shape and
 * one per list of a shape. Dotted wire paths ({@code Contacts.Contact}, {@code PageBean.TotalCount}) become
 * one small method per wrapper object; unknown fields are skipped; values are read by sdk-core's
 * {@code JsonValues} with the lenient rules of the tree readers. The fields an operation requires
 * ({@code mustCarry}) are marked on the {@code StreamedAnswer} as they are met, or, inside a shape, from the
 * value read. An operation with a {@code reader} hook keeps the hook, which takes a tree.
 */
final class ReadersGenerator {
    private static final String INTERNAL = "io.github.acs4j.core.internal.";
    /** Top-level fields the pipeline classifies an answer by; generated reads of these go through the answer. */
    private static final Set<String> ENVELOPE = new LinkedHashSet<>(java.util.Arrays.asList(
            "Code", "code", "RequestId", "requestId", "Success"));

    private final ApiModel model;
    private final ServiceModel svc;
    private final String name;
    private final SourceFile f;
    /** Methods written after the constants, in the order they were first needed. */
    private final List<List<String>> methods = new ArrayList<>();

    ReadersGenerator(ApiModel model, String readersClass) {
        this.model = model;
        this.svc = model.service;
        this.name = readersClass;
        this.f = new SourceFile(svc.javaPackage, readersClass);
    }

    SourceFile generate() {
        f.use(INTERNAL + "ResponseReader").use(INTERNAL + "StreamingResponseReader").use(INTERNAL + "StreamedAnswer")
                .use(INTERNAL + "JsonValues").use("com.fasterxml.jackson.core.JsonParser")
                .use("com.fasterxml.jackson.core.JsonToken").use("java.io.IOException");
        f.javadoc("", "Reads " + svc.title + "'s success bodies into the typed responses, straight from Jackson's "
                + "streaming parser (no tree): wrapped lists ({@code Contacts.Contact[]}) are unwrapped, a missing "
                + "list reads as empty, numbers and booleans are read from text or JSON values alike, unknown "
                + "fields are skipped. Generated; edit the model, not this file.");
        f.line("final class ", name, " {");
        for (OperationModel op : model.operations) {
            String rs = op.action + "Response";
            f.use(svc.modelPackage() + "." + rs);
            if (op.readerHook != null) {
                Hook h = model.hooks.get(op.readerHook);
                f.use(h.className);
                f.line("    static final ResponseReader<", rs, "> ", op.constant(), " = ", h.simpleName(), "::read;");
                continue;
            }
            f.line("    static final ResponseReader<", rs, "> ", op.constant(), " =");
            f.line("            StreamingResponseReader.of(", name, "::", opMethod(op), ");");
            operation(op);
        }
        for (Shape s : model.shapes.values()) {
            shape(s);
        }
        f.line().line("    private ", name, "() {").line("    }");
        for (List<String> m : methods) {
            f.line();
            for (String l : m) {
                f.line(l);
            }
        }
        f.line("}");
        return f;
    }

    private static String opMethod(OperationModel op) {
        return "read" + op.action;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** One field of an object being read: the rest of its wire path below this object, and the member. */
    private static final class Field {
        final String[] path;
        final Member member;
        /** Index in the operation's mustCarry when the whole path is required there; -1 otherwise. */
        final int required;

        Field(String[] path, Member member, int required) {
            this.path = path;
            this.member = member;
            this.required = required;
        }

        Field below() {
            return new Field(java.util.Arrays.copyOfRange(path, 1, path.length), member, required);
        }
    }

    private void operation(OperationModel op) {
        String rs = op.action + "Response";
        List<Field> fields = new ArrayList<>();
        Member requestId = new Member();
        requestId.wire = "ROA".equals(op.style) ? "requestId" : "RequestId"; // ROA answers are camelCase
        requestId.java = "requestId";
        requestId.type = TypeRef.parse("string");
        List<Member> all = new ArrayList<>();
        all.add(requestId);
        if (svc.responseBase != null) {
            all.addAll(svc.responseBase.members);
        }
        all.addAll(op.response);
        for (Member m : all) {
            fields.add(new Field(m.path(), m, op.mustCarry.indexOf(m.wire)));
        }
        List<String> body = new ArrayList<>();
        body.add("    static " + rs + " " + opMethod(op) + "(JsonParser p, StreamedAnswer a) throws IOException {");
        body.add("        " + rs + ".Builder b = " + rs + ".builder();");
        methods.add(body);
        loop(body, fields, rs + ".Builder", lowerFirst(op.action), true, true);
        List<String> inShapes = requiredInShapes(op, all);
        if (inShapes.isEmpty()) {
            body.add("        return b.metadata(a.metadata()).build();");
        } else {
            body.add("        " + rs + " r = b.metadata(a.metadata()).build();");
            body.addAll(inShapes);
            body.add("        return r;");
        }
        body.add("    }");
    }

    /**
     * The loop over an object's fields: a leaf is read into {@code b}, a wrapper goes to a method of its own.
     *
     * @param top whether this is the body's own object (envelope fields go through the answer)
     * @param withAnswer whether the method has the answer (operation level: it marks required fields)
     */
    private void loop(List<String> body, List<Field> fields, String builder, String owner, boolean top,
                      boolean withAnswer) {
        Map<String, List<Field>> byName = new LinkedHashMap<>();
        for (Field x : fields) {
            byName.computeIfAbsent(x.path[0], k -> new ArrayList<>()).add(x);
        }
        body.add("        for (String f; (f = JsonValues.nextField(p)) != null; ) {");
        body.add("            switch (f) {");
        for (Map.Entry<String, List<Field>> e : byName.entrySet()) {
            List<Field> group = e.getValue();
            body.add("                case \"" + OperationsGenerator.javaString(e.getKey()) + "\":");
            Field first = group.get(0);
            if (group.size() == 1 && first.path.length == 1) {
                if (first.required >= 0) {
                    body.add("                    a.mark(" + first.required + ", p);");
                }
                body.add("                    b." + first.member.java + "(" + value(first.member, top) + ");");
            } else {
                for (Field x : group) {
                    if (x.path.length == 1) {
                        throw new ModelException(model.file, "response member " + x.member.wire,
                                "is both a value and a wrapper of other members");
                    }
                }
                String method = owner + e.getKey().replaceAll("[^A-Za-z0-9]", "");
                body.add("                    " + method + "(p, b" + (withAnswer ? ", a" : "") + ");");
                wrapper(method, group, builder, withAnswer);
            }
            body.add("                    break;");
        }
        body.add("                default:");
        body.add(top ? "                    a.other(f, p);" : "                    p.skipChildren();");
        body.add("            }");
        body.add("        }");
    }

    private void wrapper(String method, List<Field> group, String builder, boolean withAnswer) {
        List<Field> below = new ArrayList<>();
        for (Field x : group) {
            below.add(x.below());
        }
        List<String> body = new ArrayList<>();
        body.add("    private static void " + method + "(JsonParser p, " + builder + " b"
                + (withAnswer ? ", StreamedAnswer a" : "") + ") throws IOException {");
        body.add("        if (p.currentToken() != JsonToken.START_OBJECT) {");
        body.add("            p.skipChildren();");
        body.add("            return;");
        body.add("        }");
        methods.add(body);
        loop(body, below, builder, method, false, withAnswer);
        body.add("    }");
    }

    /** The expression reading member {@code m} at the parser's current value. */
    private String value(Member m, boolean top) {
        if (top && ENVELOPE.contains(m.wire)) {
            if (m.type.kind == TypeRef.Kind.STRING) {
                return "a.text(f, p)";
            }
            if (m.type.kind == TypeRef.Kind.BOOLEAN) {
                return "a.bool(f, p)";
            }
            throw new ModelException(model.file, "response member " + m.wire,
                    "an envelope field is read as a string or boolean");
        }
        switch (m.type.kind) {
            case STRING: return "json".equals(m.wireType) ? "JsonValues.jsonText(p)" : "JsonValues.text(p)";
            case INTEGER: return "JsonValues.intValue(p)";
            case LONG: return "JsonValues.longValue(p)";
            case BOOLEAN: return "JsonValues.bool(p)";
            case INSTANT: return "JsonValues.instant(p)";
            case SHAPE: return lowerFirst(m.type.shape) + "(p)";
            case MAP: return "JsonValues.stringMap(p)";
            default:
                TypeRef e = m.type.element;
                if (e.kind == TypeRef.Kind.SHAPE) {
                    return lowerFirst(e.shape) + "List(p)";
                }
                if (e.kind == TypeRef.Kind.STRING) {
                    return "JsonValues.strings(p)";
                }
                if (e.kind == TypeRef.Kind.INTEGER) {
                    return "JsonValues.integers(p)";
                }
                throw new ModelException(model.file, "response member " + m.wire, "lists of " + e.java()
                        + " are not read yet (lists of strings, integers or shapes are)");
        }
    }

    private void shape(Shape s) {
        f.use(svc.modelPackage() + "." + s.name);
        String builder = s.name + ".Builder";
        List<String> body = new ArrayList<>();
        body.add("    static " + s.name + " " + lowerFirst(s.name) + "(JsonParser p) throws IOException {");
        body.add("        JsonToken t = p.currentToken();");
        body.add("        if (t == JsonToken.VALUE_NULL) {");
        body.add("            return null;");
        body.add("        }");
        body.add("        " + builder + " b = " + s.name + ".builder();");
        body.add("        if (t != JsonToken.START_OBJECT) { // what is no object reads as an empty one, as in the tree");
        body.add("            p.skipChildren();");
        body.add("            return b.build();");
        body.add("        }");
        methods.add(body);
        List<Field> fields = new ArrayList<>();
        for (Member m : s.members) {
            fields.add(new Field(m.path(), m, -1));
        }
        loop(body, fields, builder, lowerFirst(s.name), false, false);
        body.add("        return b.build();");
        body.add("    }");
        if (usedInList(s.name)) {
            f.use("java.util.List").use("java.util.ArrayList").use("java.util.Collections");
            List<String> list = new ArrayList<>();
            list.add("    static List<" + s.name + "> " + lowerFirst(s.name) + "List(JsonParser p) throws IOException {");
            list.add("        JsonToken t = p.currentToken();");
            list.add("        if (t == JsonToken.VALUE_NULL) {");
            list.add("            return null;");
            list.add("        }");
            list.add("        if (t != JsonToken.START_ARRAY) { // a single item reads as a list of one");
            list.add("            return Collections.singletonList(" + lowerFirst(s.name) + "(p));");
            list.add("        }");
            list.add("        List<" + s.name + "> out = new ArrayList<>();");
            list.add("        while (JsonValues.nextElement(p)) {");
            list.add("            out.add(" + lowerFirst(s.name) + "(p));");
            list.add("        }");
            list.add("        return out;");
            list.add("    }");
            methods.add(list);
        }
    }

    private boolean usedInList(String shape) {
        List<Member> all = new ArrayList<>();
        for (OperationModel op : model.operations) {
            all.addAll(op.response);
        }
        for (Shape s : model.shapes.values()) {
            all.addAll(s.members);
        }
        for (Member m : all) {
            if (m.type.isList() && m.type.element.kind == TypeRef.Kind.SHAPE && m.type.element.shape.equals(shape)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Required fields inside a shape ({@code Contact.ContactId}): checked on the value read, through the
     * getters, since the shape's reader is shared by every operation.
     */
    private List<String> requiredInShapes(OperationModel op, List<Member> top) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < op.mustCarry.size(); i++) {
            String wire = op.mustCarry.get(i);
            if (Member.byWire(top, wire) != null) {
                continue; // marked while streaming
            }
            String expr = getterChain(op, top, wire, "r");
            out.add("        a.markValue(" + i + ", " + expr + ");");
        }
        return out;
    }

    /** {@code r.contact() == null ? null : r.contact().contactId()} for {@code Contact.ContactId}. */
    private String getterChain(OperationModel op, List<Member> members, String wire, String on) {
        for (Member m : members) {
            if (wire.equals(m.wire)) {
                return on + "." + m.java + "()";
            }
            if (wire.startsWith(m.wire + ".") && m.type.kind == TypeRef.Kind.SHAPE) {
                Shape s = model.shapes.get(m.type.shape);
                String inner = on + "." + m.java + "()";
                return inner + " == null ? null : " + getterChain(op, s.members, wire.substring(m.wire.length() + 1), inner);
            }
        }
        throw new ModelException(model.file, "operation " + op.action + ", response",
                "mustCarry " + wire + " goes through a list or an unknown member, which cannot be checked");
    }
}
