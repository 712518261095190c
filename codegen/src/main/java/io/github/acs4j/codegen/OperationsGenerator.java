package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the operation table ({@code <Prefix>Operations}: one {@code Operation} per action with its
 * validation from the model's limits and its parameter writer), the response readers (with
 * {@link ReadersGenerator}) and the paging descriptions.
 */
final class OperationsGenerator {
    private static final String INTERNAL = "io.github.acs4j.core.internal.";
    private final ApiModel model;
    private final ServiceModel svc;

    OperationsGenerator(ApiModel model) {
        this.model = model;
        this.svc = model.service;
    }

    List<SourceFile> generate() {
        List<SourceFile> out = new ArrayList<>();
        out.add(operations());
        out.add(readers());
        SourceFile paging = paging();
        if (paging != null) {
            out.add(paging);
        }
        return out;
    }

    private String readersClass() {
        return svc.readersClass != null ? svc.readersClass : svc.clientPrefix + "Readers";
    }

    private SourceFile operations() {
        SourceFile f = new SourceFile(svc.javaPackage, svc.operationsClass);
        f.use(INTERNAL + "Operation").use(INTERNAL + "ServiceDescriptor").use(INTERNAL + "Validation")
                .use("io.github.acs4j.core.endpoint.Endpoints");
        f.javadoc("", svc.title + "'s operations as data (API " + svc.apiVersion + "): wire names, idempotency, "
                + "validation from the documented limits. Generated from {@code " + new java.io.File(model.file).getName()
                + "}; edit the model, not this file.");
        f.line("final class ", svc.operationsClass, " {");
        f.line("    static final ServiceDescriptor SERVICE = new ServiceDescriptor(\"", svc.product, "\", \"",
                svc.apiVersion, "\", Endpoints.", svc.endpointTable, ",");
        f.use("io.github.acs4j.core.signing.SignatureVersion");
        f.line("            ", svc.exceptionName, "::new, ", String.valueOf(svc.failureCodeInSuccessfulStatus), ", ",
                String.valueOf(svc.sendsRegionId), ", SignatureVersion.", signatureVersion(), ");");
        List<String> patterns = new ArrayList<>();
        for (OperationModel op : model.operations) {
            for (Member m : op.request) {
                for (int i = 0; i < m.patterns.size(); i++) {
                    f.use("java.util.regex.Pattern");
                    patterns.add("    private static final Pattern " + patternConstant(op, m, i) + " = Pattern.compile(\""
                            + javaString(m.patterns.get(i)[0]) + "\");");
                }
            }
        }
        if (!patterns.isEmpty()) {
            f.line();
            for (String p : patterns) {
                f.line(p);
            }
        }
        for (OperationModel op : model.operations) {
            unsupported(op);
            String rq = op.action + "Request";
            String rs = op.action + "Response";
            f.use(svc.modelPackage() + "." + rq).use(svc.modelPackage() + "." + rs);
            f.line();
            f.javadoc("    ", (op.idempotent ? "Idempotent" : op.idempotentWhen != null ? "Idempotent only with "
                    + op.idempotentWhen : "Not idempotent") + (op.idempotency == null ? "." : ": " + op.idempotency + "."));
            f.line("    static final Operation<", rq, ", ", rs, "> ", op.constant(), " =");
            boolean roa = "ROA".equals(op.style);
            f.line("            Operation.", roa ? "roa" : "of", "(SERVICE, \"", op.action, "\", ",
                    String.valueOf(op.idempotent), ",");
            f.line("                    ", svc.operationsClass, "::validate", op.action, ",");
            if (roa) {
                f.use(INTERNAL + "RoaRoute");
                f.line("                    ", RoaMarshallerGenerator.route(op, svc.operationsClass), ",");
                f.line("                    ", readersClass(), ".", op.constant(), ",");
                f.line("                    Operation.requires(", op.mustCarry.isEmpty() ? ""
                        : "\"" + String.join("\", \"", op.mustCarry) + "\"", "))", sensitiveMembersEnd(op));
                continue;
            }
            f.line("                    ", svc.operationsClass, "::write", op.action, ",");
            // a create-or-update is repeated only when it updates (Operation.idempotent(request))
            String end = placement(op) + (op.idempotentWhen == null ? "" : "\n                    .idempotentWhen(r -> r."
                    + Member.byWire(op.request, op.idempotentWhen).java + "() != null)") + sensitiveMembersEnd(op);
            if (op.mustCarry.isEmpty()) {
                f.line("                    ", readersClass(), ".", op.constant(), ")", end);
            } else {
                // what a success must hold: an answer without these fields proves nothing (Operation.requiredFields)
                f.line("                    ", readersClass(), ".", op.constant(), ",");
                f.line("                    Operation.requires(\"", String.join("\", \"", op.mustCarry), "\"))", end);
            }
        }
        f.line().line("    private ", svc.operationsClass, "() {").line("    }");
        RoaMarshallerGenerator roa = new RoaMarshallerGenerator(model);
        for (OperationModel op : model.operations) {
            validator(f, op);
            if ("ROA".equals(op.style)) {
                roa.writer(f, op);
            } else {
                writer(f, op);
            }
        }
        roa.shapeWriters(f);
        f.line("}");
        return f;
    }

    /** The model's {@code defaultSignature} as sdk-core's {@code SignatureVersion}. */
    private String signatureVersion() {
        return "ACS3-HMAC-SHA256".equals(svc.defaultSignature) ? "V3" : "V1";
    }

    /**
     * {@code .withHttpMethod("GET")}, {@code .withBodyParameters(...)} and {@code .withClientRegion()} where the
     * model says so (positions and {@code clientDefault: region}: Operation).
     */
    private static String placement(OperationModel op) {
        StringBuilder sb = new StringBuilder();
        if (!"POST".equals(op.method)) {
            sb.append("\n                    .withHttpMethod(\"").append(op.method).append("\")");
        }
        java.util.Set<String> body = new java.util.LinkedHashSet<>();
        for (Member m : op.request) {
            if ("body".equals(m.position)) {
                body.add(m.topLevelWire());
            }
        }
        if (!body.isEmpty()) {
            sb.append("\n                    .withBodyParameters(\"").append(String.join("\", \"", body)).append("\")");
        }
        for (Member m : op.request) {
            if ("region".equals(m.clientDefault)) {
                sb.append("\n                    .withClientRegion()");
                break;
            }
        }
        return sb.toString();
    }

    private void unsupported(OperationModel op) {
        if ("ROA".equals(op.style)) {
            return; // RoaChecks in the loader already holds it to what RoaMarshallerGenerator writes
        }
        for (Member m : op.request) {
            if (m.type.isMap()) {
                throw new ModelException(model.file, "operation " + op.action + ", member " + m.wire,
                        "a map travels as a JSON object, which only an ROA body carries");
            }
            if ("delimited".equals(m.listStyle) && m.type.element.kind != TypeRef.Kind.STRING
                    && m.type.element.kind != TypeRef.Kind.LONG && m.type.element.kind != TypeRef.Kind.INTEGER) {
                throw new ModelException(model.file, "operation " + op.action + ", member " + m.wire,
                        "a delimited list must be a list<string>, list<long> or list<integer>");
            }
        }
    }

    private void validator(SourceFile f, OperationModel op) {
        String rq = op.action + "Request";
        f.line().line("    static void validate", op.action, "(", rq, " r) {");
        StringBuilder v = new StringBuilder(validationStart(op));
        // required members first, then the rules across members, then each member's format: the order the
        // hand-written operations checked in, so the first error a caller sees stays the same
        for (Member m : op.request) {
            String get = "r." + m.java + "()";
            String w = "\"" + m.wire + "\"";
            if (m.required) {
                v.append(chain(m.type.isList() ? "requiredList(" + w + ", " + get + ")" : "required(" + w + ", " + get + ")"));
            }
        }
        for (Rule rule : op.rules) {
            String holds = anyOf(op, rule);
            if (rule.whenMember != null) {
                // a conditional rule holds trivially when its condition does not (compared as text: true, Post)
                holds = "!\"" + javaString(rule.whenEquals) + "\".equals(String.valueOf(r."
                        + Member.byWire(op.request, rule.whenMember).java + "())) || " + holds;
            }
            v.append(chain("require(" + holds + ",\n                        \"" + javaString(rule.message)
                    + "\")"));
        }
        for (Member m : op.request) {
            String get = "r." + m.java + "()";
            String w = "\"" + m.wire + "\"";
            if (m.noNullEntries) {
                v.append(chain("require(!" + get + ".contains(null), \"" + m.wire + " must not contain null\")"));
            }
            if (m.countMin != null || m.countMax != null) {
                // an optional list left empty is not sent, so its count rule does not apply
                String list = m.required ? get : get + ".isEmpty() ? null : " + get;
                v.append(chain("size(" + w + ", " + list + ", " + (m.countMin == null ? 0 : m.countMin) + ", "
                        + (m.countMax == null ? "Integer.MAX_VALUE" : m.countMax) + ")"));
            }
            if (m.noBlankEntries) {
                v.append(chain("noBlankEntries(" + w + ", " + get + ")"));
            }
            if (m.uniqueItems) {
                f.use("java.util.HashSet");
                v.append(chain("require(new HashSet<>(" + get + ").size() == " + get + ".size(), \"" + m.wire
                        + " must not list an " + m.itemNoun + " twice; got \" + " + get + ")"));
            }
            if (m.lengthMin != null || m.lengthMax != null) {
                v.append(chain("length(" + w + ", " + get + ", " + (m.lengthMin == null ? 0 : m.lengthMin) + ", "
                        + (m.lengthMax == null ? "Integer.MAX_VALUE" : m.lengthMax) + ")"));
            }
            if (m.rangeMin != null) {
                v.append(chain("require(" + get + " == null || " + get + " >= " + m.rangeMin + ", \"" + m.wire
                        + " must be at least " + m.rangeMin + "; got \" + " + get + ")"));
            }
            if (m.rangeMax != null) {
                v.append(chain("require(" + get + " == null || " + get + " <= " + m.rangeMax + ", \"" + m.wire
                        + " must be at most " + m.rangeMax + "; got \" + " + get + ")"));
            }
            for (int i = 0; i < m.patterns.size(); i++) {
                v.append(chain("matches(" + w + ", " + get + ", " + patternConstant(op, m, i) + ", \""
                        + javaString(m.patterns.get(i)[1]) + "\")"));
            }
            if ("email".equals(m.format)) {
                v.append(chain("email(" + w + ", " + get + ")"));
            } else if ("phoneWithCountryCode".equals(m.format)) {
                v.append(chain("phoneWithCountryCode(" + w + ", " + get + ")"));
            }
            if (m.hasEnum()) {
                String allowed;
                if (m.enumName != null) {
                    f.use(svc.modelPackage() + "." + m.enumName);
                    allowed = m.enumName + ".wireValues()";
                } else {
                    List<String> quoted = new ArrayList<>();
                    for (String s : m.enumValues) {
                        quoted.add("\"" + javaString(s) + "\"");
                    }
                    allowed = String.join(", ", quoted);
                }
                v.append(chain((m.type.isList() ? "eachOneOf(" : "oneOf(") + w + ", " + get + ", " + allowed + ")"));
            }
        }
        if (op.validatorHook != null) {
            Hook h = model.hooks.get(op.validatorHook);
            f.use(h.className);
            f.line("        ", h.simpleName(), ".check(r, ", v.toString(), ");");
        } else {
            f.line("        ", v.toString(), ";");
        }
        f.line("    }");
    }

    private static String anyOf(OperationModel op, Rule rule) {
        boolean allStrings = true;
        List<String> gets = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String wire : rule.anyOf) {
            Member m = Member.byWire(op.request, wire);
            String get = "r." + m.java + "()";
            gets.add(get);
            present.add(m.type.isList() ? "!" + get + ".isEmpty()" : get + " != null");
            allStrings &= m.type.kind == TypeRef.Kind.STRING;
        }
        return allStrings ? "Validation.anyPresent(" + String.join(", ", gets) + ")" : String.join(" || ", present);
    }

    private static String chain(String call) {
        return "\n                ." + call;
    }

    private void writer(SourceFile f, OperationModel op) {
        f.use(INTERNAL + "ParameterWriter");
        f.line().line("    static void write", op.action, "(", op.action, "Request r, ParameterWriter w) {");
        StringBuilder s = new StringBuilder("w");
        for (Member m : op.request) {
            String get = "r." + m.java + "()";
            String call;
            if (!m.type.isList()) {
                call = "put(\"" + m.wire + "\", " + get + ")";
            } else if ("json".equals(m.listStyle)) {
                call = "putJsonArray(\"" + m.wire + "\", " + get + ")";
            } else if ("delimited".equals(m.listStyle)) {
                String strings = m.type.element.kind == TypeRef.Kind.STRING ? get
                        : get + ".stream().map(String::valueOf).collect(java.util.stream.Collectors.toList())";
                call = "put(\"" + m.wire + "\", " + get + ".isEmpty() ? null : String.join(\"" + javaString(m.delimiter)
                        + "\", " + strings + "))";
            } else {
                call = "putList(\"" + m.wire + "\", " + get + ")";
            }
            s.append("\n                .").append(call);
        }
        f.line("        ", s.toString(), ";").line("    }");
    }

    private SourceFile readers() {
        return new ReadersGenerator(model, readersClass()).generate();
    }

    private SourceFile paging() {
        List<OperationModel> paged = new ArrayList<>();
        for (OperationModel op : model.operations) {
            if (op.paging != null) {
                paged.add(op);
            }
        }
        if (paged.isEmpty()) {
            return null;
        }
        SourceFile f = new SourceFile(svc.javaPackage, svc.pagingClass);
        f.use(INTERNAL + "PageDescription");
        f.javadoc("", "How " + svc.title + "'s list operations page, as data for the paginators of {@link "
                + svc.clientPrefix + "Client} and {@link " + svc.clientPrefix + "AsyncClient}. Generated.");
        f.line("final class ", svc.pagingClass, " {");
        for (OperationModel op : paged) {
            Paging p = op.paging;
            if (!"pageNumber".equals(p.style)) {
                throw new ModelException(model.file, "operation " + op.action + ", paging",
                        "paging style " + p.style + " is not generated yet");
            }
            String rq = op.action + "Request";
            String rs = op.action + "Response";
            String item = op.responseMember(p.items).type.element.java();
            f.use(svc.modelPackage() + "." + rq).use(svc.modelPackage() + "." + rs).use(svc.modelPackage() + "." + item);
            f.javadoc("    ", "{@code " + op.method() + "}: {@code " + p.pageNumber + "} selects the page"
                    + (p.total == null ? ", an empty page ends" : ", {@code " + p.total + "} says when to stop")
                    + (p.position == null ? "." : "; the answer's {@code " + p.position + "} shows progress."));
            f.line("    static final PageDescription<", rq, ", ", rs, ", ", item, "> ", op.constant(), " =");
            f.line("            PageDescription.of(");
            f.line("                    (r, n) -> r.toBuilder().", p.pageNumber, "(n).build(),");
            f.line("                    ", rq, "::", p.pageNumber, ",");
            f.line("                    ", rq, "::", p.pageSize, ",");
            f.line("                    ", rs, "::", p.items, ",");
            String total = p.total == null ? "page -> null" : rs + "::" + p.total;
            if (p.position == null) {
                f.line("                    ", total, ");");
            } else {
                f.line("                    ", total, ",");
                f.line("                    ", rs, "::", p.position, ");");
            }
            f.line();
        }
        f.line("    private ", svc.pagingClass, "() {").line("    }").line("}");
        return f;
    }

    private static String patternConstant(OperationModel op, Member m, int i) {
        return op.constant() + "_" + Names.constant(m.java) + "_PATTERN" + (i == 0 ? "" : "_" + (i + 1));
    }

    static String javaString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // Personal and secret members (issue 12): the operation names them, so that error and validation
    // messages mask their values whatever their wire names are.

    /** The request members the model marks {@code sensitive}, as wire name then kind; {@code X.N} for a flattened list. */
    static List<String> sensitiveMembers(OperationModel op) {
        List<String> out = new ArrayList<>();
        for (Member m : op.request) {
            if (m.sensitive != null) {
                out.add(m.type.isList() && "flat".equals(m.listStyle) ? m.wire + ".N" : m.wire);
                out.add(m.sensitive);
            }
        }
        return out;
    }

    /** Ends an operation constant: with its sensitive members when it has any. */
    private static String sensitiveMembersEnd(OperationModel op) {
        List<String> members = sensitiveMembers(op);
        return members.isEmpty() ? ";" : "\n                    .withSensitiveMembers(Operation.sensitive(\""
                + String.join("\", \"", members) + "\"));";
    }

    /** Starts a validation chain that knows which members to mask. */
    private String validationStart(OperationModel op) {
        return sensitiveMembers(op).isEmpty() ? "Validation.of(\"" + op.action + "\")"
                : "Validation.of(\"" + op.action + "\", " + op.constant() + ".sensitiveMembers())";
    }
}
