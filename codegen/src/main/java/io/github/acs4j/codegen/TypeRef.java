package io.github.acs4j.codegen;

/**
 * A member's type as the model names it: {@code string}, {@code integer}, {@code long}, {@code boolean},
 * {@code instant} (epoch milliseconds or ISO-8601 text on the wire), a shape name, {@code list<...>} of one
 * of those, or {@code map<string,string>} (a JSON object of texts, e.g. CloudMonitor 2.0's {@code imUserIds}).
 */
final class TypeRef {
    enum Kind { STRING, INTEGER, LONG, BOOLEAN, INSTANT, SHAPE, LIST, MAP }

    final Kind kind;
    final String shape;
    final TypeRef element;

    private TypeRef(Kind kind, String shape, TypeRef element) {
        this.kind = kind;
        this.shape = shape;
        this.element = element;
    }

    /** Parses a type name; returns null for a malformed one (the loader reports it). */
    static TypeRef parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.replace(" ", "").equals("map<string,string>")) {
            return new TypeRef(Kind.MAP, null, null);
        }
        if (t.startsWith("list<") && t.endsWith(">")) {
            TypeRef e = parse(t.substring(5, t.length() - 1));
            return e == null || e.kind == Kind.LIST || e.kind == Kind.MAP ? null : new TypeRef(Kind.LIST, null, e);
        }
        switch (t) {
            case "string": return new TypeRef(Kind.STRING, null, null);
            case "integer": return new TypeRef(Kind.INTEGER, null, null);
            case "long": return new TypeRef(Kind.LONG, null, null);
            case "boolean": return new TypeRef(Kind.BOOLEAN, null, null);
            case "instant": return new TypeRef(Kind.INSTANT, null, null);
            default:
                return t.matches("[A-Z][A-Za-z0-9]*") ? new TypeRef(Kind.SHAPE, t, null) : null;
        }
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    /** The shape this type names, directly or as a list's element; null for scalars. */
    String shapeName() {
        return kind == Kind.LIST ? element.shapeName() : shape;
    }

    /** The Java type, e.g. {@code List<String>}, {@code Instant}, {@code Contact}. */
    String java() {
        switch (kind) {
            case STRING: return "String";
            case INTEGER: return "Integer";
            case LONG: return "Long";
            case BOOLEAN: return "Boolean";
            case INSTANT: return "Instant";
            case SHAPE: return shape;
            case MAP: return "Map<String, String>";
            default: return "List<" + element.java() + ">";
        }
    }
}
