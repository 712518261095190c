package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the immutable model classes: items (shapes), requests, responses, the product's common response base
 * and the enums. Every class has {@code builder()}, {@code toBuilder()}, fluent getters, {@code equals},
 * {@code hashCode} and a {@code toString} that masks phones and e-mails and hides webhooks and secrets.
 */
final class ModelClassGenerator {
    private static final String CORE = "io.github.acs4j.core.";
    private final ApiModel model;
    private final String pkg;

    ModelClassGenerator(ApiModel model) {
        this.model = model;
        this.pkg = model.service.modelPackage();
    }

    List<SourceFile> generate() {
        List<SourceFile> out = new ArrayList<>();
        for (EnumModel e : model.enums.values()) {
            out.add(enumClass(e));
        }
        for (Shape s : model.shapes.values()) {
            out.add(bean(s.name, s.javadoc, s.members, Kind.ITEM, null));
        }
        if (model.service.responseBase != null) {
            out.add(responseBase(model.service.responseBase));
        }
        for (OperationModel op : model.operations) {
            out.add(bean(op.action + "Request", op.javadoc, op.request, Kind.REQUEST, op));
            out.add(bean(op.action + "Response", op.responseJavadoc, op.response, Kind.RESPONSE, op));
        }
        out.add(SourceFile.packageInfo(pkg, model.service.modelJavadoc));
        return out;
    }

    private enum Kind { ITEM, REQUEST, RESPONSE }

    private SourceFile bean(String name, String javadoc, List<Member> members, Kind kind, OperationModel op) {
        SourceFile f = new SourceFile(pkg, name);
        Shape base = kind == Kind.RESPONSE ? model.service.responseBase : null;
        String superName = kind != Kind.RESPONSE ? null : base != null ? base.name : "AcsResponse";
        if (kind == Kind.RESPONSE && base == null) {
            f.use(CORE + "AcsResponse");
        }
        f.use(CORE + "util.ToStringBuilder");
        f.javadoc("", javadoc);
        f.line("public final class ", name, superName == null ? "" : " extends " + superName, " {");
        for (Member m : members) {
            imports(f, m);
            f.line("    private final ", m.type.java(), " ", m.java, ";");
        }
        if (!members.isEmpty()) {
            f.line();
        }
        f.line("    private ", name, "(Builder b) {");
        if (superName != null) {
            f.line("        super(b);");
        }
        for (Member m : members) {
            if (m.type.isList()) {
                f.use("java.util.Collections").use("java.util.ArrayList");
                f.line("        this.", m.java, " = b.", m.java, " == null ? Collections.<", m.type.element.java(),
                        ">emptyList()");
                f.line("                : Collections.unmodifiableList(new ArrayList<>(b.", m.java, "));");
            } else if (m.type.isMap()) {
                f.use("java.util.Collections").use("java.util.LinkedHashMap");
                f.line("        this.", m.java, " = b.", m.java, " == null ? Collections.<String, String>emptyMap()");
                f.line("                : Collections.unmodifiableMap(new LinkedHashMap<>(b.", m.java, "));");
            } else {
                f.line("        this.", m.java, " = b.", m.java, ";");
            }
        }
        f.line("    }").line();
        f.line("    /** @return a new builder */").line("    public static Builder builder() {")
                .line("        return new Builder();").line("    }").line();
        f.line("    /** @return a builder holding this object's values */").line("    public Builder toBuilder() {")
                .line("        return new Builder(this);").line("    }");
        for (Member m : members) {
            f.line();
            f.javadoc("    ", "@return " + doc(kind, m));
            f.line("    public ", m.type.java(), " ", m.java, "() {");
            f.line("        return ", m.java, ";").line("    }");
        }
        if (op != null && op.copyFrom != null && kind == Kind.REQUEST) {
            copyFrom(f, op.copyFrom);
        }
        equalsHashToString(f, name, members, kind, base);
        builder(f, name, members, kind, base, superName);
        f.line("}");
        return f;
    }

    private String doc(Kind kind, Member m) {
        return kind == Kind.REQUEST ? MemberDocs.parameter(model, m) : MemberDocs.field(m);
    }

    private void imports(SourceFile f, Member m) {
        if (m.type.isList()) {
            f.use("java.util.List");
        }
        if (m.type.isMap()) {
            f.use("java.util.Map");
        }
        TypeRef t = m.type.isList() ? m.type.element : m.type;
        if (t.kind == TypeRef.Kind.INSTANT) {
            f.use("java.time.Instant");
        }
    }

    private void copyFrom(SourceFile f, CopyFrom c) {
        f.line();
        f.javadoc("    ", c.javadoc, "", "@param current the item as it is now",
                "@return a builder holding the item's values");
        f.line("    public static Builder ", c.method, "(", c.shape, " current) {");
        StringBuilder chain = new StringBuilder("        return new Builder()");
        for (Map.Entry<String, String> e : c.map.entrySet()) {
            chain.append("\n                .").append(e.getKey()).append("(current.").append(e.getValue()).append("())");
        }
        f.line(chain.toString(), ";").line("    }");
    }

    private void equalsHashToString(SourceFile f, String name, List<Member> members, Kind kind, Shape base) {
        f.use("java.util.Objects");
        f.line().line("    @Override").line("    public boolean equals(Object o) {");
        f.line("        if (!(o instanceof ", name, ")) {").line("            return false;").line("        }");
        f.line("        ", name, " x = (", name, ") o;");
        StringBuilder cond = new StringBuilder(kind != Kind.RESPONSE ? "true" : base != null ? commonPrefix() + "Equals(x)"
                : "baseEquals(x)");
        for (Member m : members) {
            cond.append("\n                && Objects.equals(").append(m.java).append(", x.").append(m.java).append(')');
        }
        f.line("        return ", cond.toString().replace("true\n                && ", ""), ";").line("    }");
        List<String> hashed = new ArrayList<>();
        if (kind == Kind.RESPONSE) {
            hashed.add("requestId()");
            if (base != null) {
                for (Member m : base.members) {
                    hashed.add(m.java + "()");
                }
            }
        }
        for (Member m : members) {
            hashed.add(m.java);
        }
        f.line().line("    @Override").line("    public int hashCode() {");
        f.line("        return Objects.hash(", String.join(", ", hashed), ");").line("    }");
        f.line().line("    @Override").line("    public String toString() {");
        StringBuilder ts = new StringBuilder("        return ToStringBuilder.of(\"" + name + "\")");
        if (kind == Kind.RESPONSE) {
            ts.append(".add(\"requestId\", requestId())");
            if (base != null) {
                for (Member m : base.members) {
                    ts.append("\n                .add(\"").append(m.java).append("\", ")
                            .append(redacted(f, m, m.java + "()")).append(')');
                }
            }
        }
        for (Member m : members) {
            ts.append("\n                .add(\"").append(m.java).append("\", ").append(redacted(f, m, m.java)).append(')');
        }
        f.line(ts.toString(), ".build();").line("    }");
    }

    /** The value toString shows: masked phones and e-mails, hidden webhooks and secrets. */
    static String redacted(SourceFile f, Member m, String expr) {
        if (m.sensitive == null) {
            return expr;
        }
        f.use(CORE + "util.Redact");
        if (m.type.isList() || m.type.isMap()) {
            return expr + ".isEmpty() ? " + expr + " : Redact.HIDDEN";
        }
        switch (m.sensitive) {
            case "phone": return "Redact.phone(" + expr + ")";
            case "email": return "Redact.email(" + expr + ")";
            case "webhook": return "Redact.webhook(" + expr + ")";
            case "text": return "Redact.text(" + expr + ")";
            default: return "Redact.secret(" + expr + ")";
        }
    }

    private void builder(SourceFile f, String name, List<Member> members, Kind kind, Shape base, String superName) {
        f.line();
        f.javadoc("    ", "Builder for {@link " + name + "}." + (kind == Kind.REQUEST
                ? " Lenient: checks run when the request is sent." : ""));
        f.line("    public static final class Builder", superName == null ? "" : " extends " + superName
                + ".Builder<Builder, " + name + ">", " {");
        for (Member m : members) {
            f.line("        private ", m.type.java(), " ", m.java, ";");
        }
        if (!members.isEmpty()) {
            f.line();
        }
        f.line("        private Builder() {").line("        }").line();
        f.line("        private Builder(", name, " x) {");
        if (superName != null) {
            f.line("            super(x);");
        }
        for (Member m : members) {
            f.line("            this.", m.java, " = x.", m.java, ";");
        }
        f.line("        }");
        for (Member m : members) {
            String doc = doc(kind, m);
            setter(f, m, m.type.java(), "v", doc, "this." + m.java + " = v;");
            if (m.type.isList()) {
                f.use("java.util.Arrays");
                setter(f, m, m.type.element.java() + "...", "v", doc,
                        "this." + m.java + " = v == null ? null : Arrays.asList(v);");
            }
            if (m.enumName != null && !m.type.isList()) {
                setter(f, m, m.enumName, "v", doc + " As a constant of {@link " + m.enumName + "}.",
                        "this." + m.java + " = v == null ? null : v.value();");
            }
            if (m.enumName != null && m.type.isList()) {
                f.line().javadoc("        ", "@param first {@code " + m.wire + "}: the first value, as a constant of {@link "
                        + m.enumName + "}", "@param rest the other values", "@return this");
                f.line("        public Builder ", m.java, "(", m.enumName, " first, ", m.enumName, "... rest) {");
                f.use("java.util.ArrayList");
                f.line("            List<String> all = new ArrayList<>();");
                f.line("            all.add(first.value());");
                f.line("            for (", m.enumName, " t : rest) {");
                f.line("                all.add(t.value());").line("            }");
                f.line("            this.", m.java, " = all;").line("            return this;").line("        }");
            }
        }
        if (superName != null) {
            f.line().line("        @Override").line("        protected Builder self() {")
                    .line("            return this;").line("        }");
            f.line().line("        @Override");
        } else {
            f.line().line("        /** @return the object */");
        }
        f.line("        public ", name, " build() {").line("            return new ", name, "(this);").line("        }");
        f.line("    }");
    }

    private static void setter(SourceFile f, Member m, String type, String param, String doc, String body) {
        f.line().javadoc("        ", "@param " + param + " " + doc, "@return this");
        f.line("        public Builder ", m.java, "(", type, " ", param, ") {");
        f.line("            ", body).line("            return this;").line("        }");
    }

    /** {@code Cms} gives the base's helpers {@code cmsEquals} and {@code cmsHashCode}, as the hand-written class had. */
    private String commonPrefix() {
        String p = model.service.clientPrefix;
        return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    private SourceFile responseBase(Shape base) {
        SourceFile f = new SourceFile(pkg, base.name);
        f.use(CORE + "AcsResponse").use("java.util.Objects");
        f.javadoc("", base.javadoc);
        f.line("public abstract class ", base.name, " extends AcsResponse {");
        for (Member m : base.members) {
            imports(f, m);
            f.line("    private final ", m.type.java(), " ", m.java, ";");
        }
        f.line().line("    /** @param b the values */").line("    protected ", base.name, "(Builder<?, ?> b) {")
                .line("        super(b);");
        for (Member m : base.members) {
            f.line("        this.", m.java, " = b.", m.java, ";");
        }
        f.line("    }");
        StringBuilder cond = new StringBuilder("baseEquals(o)");
        for (Member m : base.members) {
            f.line().javadoc("    ", "@return " + MemberDocs.field(m));
            f.line("    public ", m.type.java(), " ", m.java, "() {").line("        return ", m.java, ";").line("    }");
            cond.append("\n                && Objects.equals(").append(m.java).append(", o.").append(m.java).append(')');
        }
        f.line().javadoc("    ", "@param o another response of the same class", "@return whether the common fields are equal");
        f.line("    protected boolean ", commonPrefix(), "Equals(", base.name, " o) {").line("        return ", cond.toString(), ";")
                .line("    }");
        List<String> hashed = new ArrayList<>();
        hashed.add("requestId()");
        for (Member m : base.members) {
            hashed.add(m.java);
        }
        f.line().javadoc("    ", "@return hash of the common fields");
        f.line("    protected int ", commonPrefix(), "HashCode() {").line("        return Objects.hash(",
                String.join(", ", hashed), ");").line("    }");
        f.line().javadoc("    ", "Builder of the common fields.", "", "@param <B> the concrete builder",
                "@param <R> the response");
        f.line("    public abstract static class Builder<B extends Builder<B, R>, R extends ", base.name,
                "> extends AcsResponse.Builder<B, R> {");
        for (Member m : base.members) {
            f.line("        private ", m.type.java(), " ", m.java, ";");
        }
        f.line().line("        /** Starts empty. */").line("        protected Builder() {").line("        }");
        f.line().line("        /** @param r the response to copy */").line("        protected Builder(", base.name, " r) {")
                .line("            super(r);");
        for (Member m : base.members) {
            f.line("            this.", m.java, " = r.", m.java, ";");
        }
        f.line("        }");
        for (Member m : base.members) {
            f.line().javadoc("        ", "@param v " + MemberDocs.field(m), "@return this");
            f.line("        public B ", m.java, "(", m.type.java(), " v) {").line("            this.", m.java, " = v;")
                    .line("            return self();").line("        }");
        }
        f.line("    }").line("}");
        return f;
    }

    private SourceFile enumClass(EnumModel e) {
        SourceFile f = new SourceFile(pkg, e.name);
        f.javadoc("", e.javadoc);
        f.line("public enum ", e.name, " {");
        for (int i = 0; i < e.values.size(); i++) {
            String[] v = e.values.get(i);
            f.javadoc("    ", "{@code " + v[0] + "}." + (v[2].isEmpty() ? "" : " " + v[2]));
            f.line("    ", v[1], "(\"", v[0], "\")", i == e.values.size() - 1 ? ";" : ",");
        }
        f.line().line("    private final String value;").line();
        f.line("    ", e.name, "(String value) {").line("        this.value = value;").line("    }").line();
        f.line("    /** @return the wire value */").line("    public String value() {").line("        return value;")
                .line("    }").line();
        f.javadoc("    ", "@param value a wire value", "@return the matching constant, or null for a value this version does not know");
        f.line("    public static ", e.name, " fromValue(String value) {");
        f.line("        for (", e.name, " t : values()) {").line("            if (t.value.equals(value)) {")
                .line("                return t;").line("            }").line("        }").line("        return null;")
                .line("    }").line();
        f.line("    /** @return every documented wire value, in documentation order */");
        f.line("    public static String[] wireValues() {").line("        ", e.name, "[] all = values();")
                .line("        String[] out = new String[all.length];")
                .line("        for (int i = 0; i < all.length; i++) {").line("            out[i] = all[i].value;")
                .line("        }").line("        return out;").line("    }").line();
        f.line("    @Override").line("    public String toString() {").line("        return value;").line("    }");
        f.line("}");
        return f;
    }
}
