package io.github.acs4j.codegen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an API model file and checks it completely before anything is generated: every problem fails with
 * a {@link ModelException} naming the file, the operation (or shape) and the member.
 */
public final class ModelLoader {
    private static final Set<String> SIGNATURES = new HashSet<>(Arrays.asList("ACS3-HMAC-SHA256", "HMAC-SHA1"));
    private static final Set<String> ENDPOINT_RULES = new HashSet<>(Arrays.asList("regional", "site", "central"));
    private static final Set<String> METHODS = new HashSet<>(Arrays.asList("GET", "POST", "PUT", "PATCH", "DELETE"));
    private static final Set<String> POSITIONS = new HashSet<>(Arrays.asList("query", "body", "path", "header"));
    private static final Set<String> LIST_STYLES = new HashSet<>(Arrays.asList("flat", "json", "delimited"));
    private static final Set<String> SENSITIVE = new HashSet<>(Arrays.asList("phone", "email", "webhook", "secret", "text"));
    private static final Set<String> FORMATS = new HashSet<>(Arrays.asList("email", "phoneWithCountryCode"));
    private static final Set<String> HOOK_KINDS = new HashSet<>(Arrays.asList("validator", "reader"));
    private static final Set<String> PAGING_STYLES = new HashSet<>(Arrays.asList("pageNumber", "nextToken"));
    private static final String JAVA_NAME = "[a-z][A-Za-z0-9]*";

    // the keys each object of the format may hold (ModelFormatSchemaTest keeps the JSON Schema in step)
    static final String[] ROOT_KEYS = {"$schema", "format", "source", "service", "hooks", "enums", "shapes",
            "errors", "operations", "waiters"};
    static final String[] HOOK_KEYS = {"class", "kind", "why"};
    static final String[] ERROR_KEYS = {"code", "constant", "status", "retryable", "throttling", "doc", "source"};
    static final String[] SERVICE_KEYS = {"product", "apiVersion", "title", "javaPackage", "clientPrefix",
            "javadoc", "style", "protocols", "endpoints", "defaultSignature", "failureCodeInSuccessfulStatus",
            "sendsRegionId", "operationsClass", "readersClass", "pagingClass", "exception", "errorCodesJavadoc",
            "modelPackageJavadoc", "packageJavadoc", "responseBase"};
    static final String[] ENDPOINT_KEYS = {"rule", "pattern", "table", "source"};
    static final String[] SIGNATURE_KEYS = {"value", "source"};
    static final String[] EXCEPTION_KEYS = {"name", "javadoc"};
    static final String[] ENUM_KEYS = {"javadoc", "source", "values"};
    static final String[] SHAPE_KEYS = {"name", "javadoc", "source", "members"};
    static final String[] OPERATION_KEYS = {"action", "summary", "javadoc", "clientDoc", "style", "method", "path",
            "idempotent", "idempotency", "source", "request", "response", "paging", "errors", "hooks", "idempotentWhen"};
    static final String[] REQUEST_KEYS = {"members", "rules", "copyFrom"};
    static final String[] RESPONSE_KEYS = {"javadoc", "members", "mustCarry"};
    static final String[] PAGING_KEYS = {"style", "pageNumber", "pageSize", "nextToken", "items", "total",
            "position", "itemsNoun"};
    static final String[] OPERATION_HOOK_KEYS = {"validator", "reader"};
    static final String[] MEMBER_KEYS = {"wire", "java", "type", "wireType", "required", "position", "listStyle",
            "delimiter", "doc", "sensitive", "source", "clientDefault", "limits"};
    static final String[] WAITER_KEYS = {"operation", "javadoc", "source", "acceptors"};
    static final String[] ACCEPTOR_KEYS = {"state", "errorCode", "member", "equals", "anyOf", "noneOf", "source"};
    private static final Set<String> WAITER_STATES = new HashSet<>(Arrays.asList("success", "failure", "retry"));
    static final String[] LIMIT_KEYS = {"length", "range", "count", "pattern", "format", "enum", "uniqueItems",
            "noBlankEntries", "noNullEntries"};

    private final String file;

    private ModelLoader(String file) {
        this.file = file;
    }

    /**
     * @param file the model file
     * @return the checked model
     * @throws ModelException when the file cannot be read or breaks a rule of the format
     */
    public static ApiModel load(File file) {
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = mapper.readTree(file);
        } catch (IOException e) {
            throw new ModelException(file.getPath(), "", "not readable JSON: " + e.getMessage());
        }
        return new ModelLoader(file.getPath()).read(root);
    }

    private ApiModel read(JsonNode root) {
        if (root == null || root.path("format").asInt() != 1) {
            throw fail("", "\"format\": 1 is required (the only format version so far)");
        }
        ApiModel m = new ApiModel(file);
        known(root, "", ROOT_KEYS);
        readService(root.path("service"), m.service);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("hooks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Hook h = new Hook();
            h.name = e.getKey();
            known(e.getValue(), "hook " + h.name, HOOK_KEYS);
            h.className = need(e.getValue(), "class", "hook " + h.name);
            h.kind = need(e.getValue(), "kind", "hook " + h.name);
            h.why = text(e.getValue(), "why");
            if (!HOOK_KINDS.contains(h.kind)) {
                throw fail("hook " + h.name, "unknown kind \"" + h.kind + "\" (one of " + HOOK_KINDS + ")");
            }
            m.hooks.put(h.name, h);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("enums").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.enums.put(e.getKey(), readEnum(e.getKey(), e.getValue()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("shapes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Shape s = readShape(e.getKey(), e.getValue());
            m.shapes.put(s.name, s);
        }
        Set<String> constants = new HashSet<>();
        for (JsonNode e : root.path("errors")) {
            ErrorCode c = new ErrorCode();
            c.code = need(e, "code", "errors");
            known(e, "error " + c.code, ERROR_KEYS);
            c.constant = need(e, "constant", "error " + c.code);
            c.status = e.has("status") ? e.get("status").asInt() : null;
            c.retryable = e.path("retryable").asBoolean(false);
            c.throttling = e.path("throttling").asBoolean(false);
            c.doc = e.path("doc").asText("");
            c.source = text(e, "source");
            if (!constants.add(c.constant)) {
                throw fail("error " + c.code, "duplicate constant " + c.constant);
            }
            m.errors.add(c);
        }
        Set<String> actions = new HashSet<>();
        for (JsonNode o : root.path("operations")) {
            OperationModel op = readOperation(o);
            if (!actions.add(op.action)) {
                throw fail("operation " + op.action, "duplicate operation (each action appears once)");
            }
            m.operations.add(op);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("waiters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.waiters.put(e.getKey(), readWaiter(e.getKey(), e.getValue()));
        }
        check(m);
        for (WaiterModel w : m.waiters.values()) {
            checkWaiter(m, w);
        }
        return m;
    }

    private void readService(JsonNode s, ServiceModel svc) {
        if (s.isMissingNode()) {
            throw fail("", "\"service\" is required");
        }
        known(s, "service", SERVICE_KEYS);
        known(s.path("endpoints"), "service.endpoints", ENDPOINT_KEYS);
        known(s.path("defaultSignature"), "service.defaultSignature", SIGNATURE_KEYS);
        known(s.path("exception"), "service.exception", EXCEPTION_KEYS);
        svc.product = need(s, "product", "service");
        svc.apiVersion = need(s, "apiVersion", "service");
        svc.title = s.path("title").asText(svc.product);
        svc.javaPackage = need(s, "javaPackage", "service");
        svc.clientPrefix = need(s, "clientPrefix", "service");
        svc.javadoc = s.path("javadoc").asText("");
        svc.style = s.path("style").asText("RPC");
        for (JsonNode p : s.path("protocols")) {
            svc.protocols.add(p.asText());
        }
        JsonNode ep = s.path("endpoints");
        svc.endpointRule = need(ep, "rule", "service.endpoints");
        if (!ENDPOINT_RULES.contains(svc.endpointRule)) {
            throw fail("service.endpoints", "unknown rule \"" + svc.endpointRule + "\" (one of " + ENDPOINT_RULES + ")");
        }
        svc.endpointPattern = text(ep, "pattern");
        svc.endpointTable = need(ep, "table", "service.endpoints");
        svc.endpointSource = text(ep, "source");
        JsonNode sig = s.path("defaultSignature");
        svc.defaultSignature = need(sig, "value", "service.defaultSignature");
        if (!SIGNATURES.contains(svc.defaultSignature)) {
            throw fail("service.defaultSignature", "unknown signature \"" + svc.defaultSignature + "\" (one of "
                    + SIGNATURES + ")");
        }
        svc.defaultSignatureSource = text(sig, "source");
        svc.failureCodeInSuccessfulStatus = s.path("failureCodeInSuccessfulStatus").asBoolean(false);
        svc.sendsRegionId = s.path("sendsRegionId").asBoolean(false);
        JsonNode ex = s.path("exception");
        svc.exceptionName = ex.path("name").asText(svc.clientPrefix + "Exception");
        svc.exceptionJavadoc = ex.path("javadoc").asText("An error answer from " + svc.title + ".");
        svc.errorCodesJavadoc = s.path("errorCodesJavadoc").asText("Documented error codes of " + svc.title + ".");
        svc.operationsClass = s.path("operationsClass").asText(svc.clientPrefix + "Operations");
        svc.readersClass = text(s, "readersClass");
        svc.pagingClass = s.path("pagingClass").asText(svc.clientPrefix + "Paging");
        svc.modelJavadoc = s.path("modelPackageJavadoc").asText("Requests, responses and items of " + svc.title + ".");
        svc.packageJavadoc = s.path("packageJavadoc").asText("The " + svc.title + " client.");
        if (s.has("responseBase")) {
            svc.responseBase = readShape(need(s.path("responseBase"), "name", "service.responseBase"),
                    s.path("responseBase"));
        }
    }

    private EnumModel readEnum(String name, JsonNode n) {
        EnumModel e = new EnumModel();
        e.name = name;
        known(n, "enum " + name, ENUM_KEYS);
        e.javadoc = n.path("javadoc").asText("");
        e.source = text(n, "source");
        Set<String> seen = new HashSet<>();
        for (JsonNode v : n.path("values")) {
            String value = v.isTextual() ? v.asText() : need(v, "value", "enum " + name);
            String constant = v.isTextual() ? Names.constant(value) : v.path("constant").asText(Names.constant(value));
            if (value.isEmpty() || !seen.add(value)) {
                throw fail("enum " + name, "bad enum: empty or repeated value \"" + value + "\"");
            }
            e.values.add(new String[] {value, constant, v.path("doc").asText("")});
        }
        if (e.values.isEmpty()) {
            throw fail("enum " + name, "bad enum: no values");
        }
        return e;
    }

    private Shape readShape(String name, JsonNode n) {
        Shape s = new Shape();
        s.name = name;
        known(n, "shape " + name, SHAPE_KEYS);
        s.javadoc = n.path("javadoc").asText("");
        s.source = text(n, "source");
        String where = "shape " + name;
        for (JsonNode mn : n.path("members")) {
            s.members.add(readMember(mn, where, false));
        }
        unique(s.members, where);
        return s;
    }

    private OperationModel readOperation(JsonNode o) {
        OperationModel op = new OperationModel();
        op.action = need(o, "action", "operations[]");
        String where = "operation " + op.action;
        known(o, where, OPERATION_KEYS);
        known(o.path("request"), where + ", request", REQUEST_KEYS);
        known(o.path("response"), where + ", response", RESPONSE_KEYS);
        known(o.path("paging"), where + ", paging", PAGING_KEYS);
        known(o.path("hooks"), where + ", hooks", OPERATION_HOOK_KEYS);
        op.summary = o.path("summary").asText("");
        op.javadoc = o.path("javadoc").asText(op.summary);
        op.clientDoc = text(o, "clientDoc");
        op.style = o.path("style").asText("RPC");
        op.method = o.path("method").asText("POST");
        op.path = o.path("path").asText("/");
        if (!"RPC".equals(op.style) && !"ROA".equals(op.style)) {
            throw fail(where, "unknown style \"" + op.style + "\" (RPC or ROA)");
        }
        if (!METHODS.contains(op.method)) {
            throw fail(where, "unknown HTTP method \"" + op.method + "\"");
        }
        if (!o.has("idempotent")) {
            throw fail(where, "\"idempotent\" is required (with the reason in \"idempotency\")");
        }
        op.idempotent = o.get("idempotent").asBoolean();
        op.idempotency = text(o, "idempotency");
        op.idempotentWhen = text(o, "idempotentWhen");
        op.source = text(o, "source");
        JsonNode rq = o.path("request");
        for (JsonNode mn : rq.path("members")) {
            op.request.add(readMember(mn, where, true));
        }
        unique(op.request, where);
        for (JsonNode rn : rq.path("rules")) {
            Rule r = new Rule();
            r.anyOf = strings(rn.path("anyOf"));
            r.message = need(rn, "message", where + ", rule");
            r.source = text(rn, "source");
            if (rn.has("when")) {
                r.whenMember = need(rn.path("when"), "member", where + ", rule when");
                r.whenEquals = need(rn.path("when"), "equals", where + ", rule when");
            }
            op.rules.add(r);
        }
        if (rq.has("copyFrom")) {
            JsonNode c = rq.path("copyFrom");
            op.copyFrom = new CopyFrom();
            op.copyFrom.method = need(c, "method", where + ", copyFrom");
            op.copyFrom.shape = need(c, "shape", where + ", copyFrom");
            op.copyFrom.javadoc = c.path("javadoc").asText("");
            for (Iterator<Map.Entry<String, JsonNode>> it = c.path("map").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                op.copyFrom.map.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode rs = o.path("response");
        op.responseJavadoc = rs.path("javadoc").asText("The answer to {@code " + op.action + "}.");
        for (JsonNode mn : rs.path("members")) {
            op.response.add(readMember(mn, where + ", response", false));
        }
        unique(op.response, where + ", response");
        op.mustCarry.addAll(strings(rs.path("mustCarry")));
        if (o.has("paging")) {
            JsonNode p = o.path("paging");
            op.paging = new Paging();
            op.paging.style = need(p, "style", where + ", paging");
            op.paging.pageNumber = text(p, "pageNumber");
            op.paging.pageSize = text(p, "pageSize");
            op.paging.nextToken = text(p, "nextToken");
            op.paging.items = need(p, "items", where + ", paging");
            op.paging.total = text(p, "total");
            op.paging.position = text(p, "position");
            op.paging.itemsNoun = p.path("itemsNoun").asText("items");
        }
        op.errors.addAll(strings(o.path("errors")));
        JsonNode hooks = o.path("hooks");
        op.validatorHook = text(hooks, "validator");
        op.readerHook = text(hooks, "reader");
        return op;
    }

    private WaiterModel readWaiter(String name, JsonNode n) {
        WaiterModel w = new WaiterModel();
        w.name = name;
        String where = "waiter " + name;
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw fail(where, "a waiter's name is UpperCamel (it becomes waitUntil" + name + ")");
        }
        known(n, where, WAITER_KEYS);
        w.operation = need(n, "operation", where);
        w.javadoc = n.path("javadoc").asText("");
        w.source = text(n, "source");
        for (JsonNode an : n.path("acceptors")) {
            known(an, where + ", acceptor", ACCEPTOR_KEYS);
            WaiterModel.AcceptorModel a = new WaiterModel.AcceptorModel();
            a.state = need(an, "state", where + ", acceptor");
            if (!WAITER_STATES.contains(a.state)) {
                throw fail(where + ", acceptor", "unknown state \"" + a.state + "\" (one of " + WAITER_STATES + ")");
            }
            a.errorCode = text(an, "errorCode");
            a.member = text(an, "member");
            a.source = text(an, "source");
            for (String k : Arrays.asList("equals", "anyOf", "noneOf")) {
                if (an.has(k)) {
                    if (a.matcher != null) {
                        throw fail(where + ", acceptor", "give one of equals, anyOf, noneOf");
                    }
                    a.matcher = k;
                    a.values.addAll(an.get(k).isArray() ? strings(an.get(k)) : Arrays.asList(an.get(k).asText()));
                }
            }
            if ((a.errorCode == null) == (a.member == null) || (a.member == null) != (a.matcher == null)) {
                throw fail(where + ", acceptor", "an acceptor matches either an \"errorCode\", or a \"member\" with "
                        + "one of equals, anyOf, noneOf");
            }
            if (a.matcher != null && a.values.isEmpty()) {
                throw fail(where + ", acceptor", a.matcher + " needs at least one value");
            }
            w.acceptors.add(a);
        }
        if (w.acceptors.isEmpty()) {
            throw fail(where, "a waiter needs at least one acceptor");
        }
        return w;
    }

    /** The polled operation exists and is idempotent; error codes are the product's; members resolve to strings. */
    private void checkWaiter(ApiModel m, WaiterModel w) {
        String where = "waiter " + w.name;
        OperationModel op = null;
        for (OperationModel o : m.operations) {
            op = o.action.equals(w.operation) ? o : op;
        }
        if (op == null) {
            throw fail(where, "polls " + w.operation + ", which is not an operation of the model");
        }
        if (!op.idempotent) {
            throw fail(where, "polls " + w.operation + ", which is not idempotent (a poll is repeated)");
        }
        for (WaiterModel.AcceptorModel a : w.acceptors) {
            if (a.errorCode != null) {
                boolean known = false;
                for (ErrorCode c : m.errors) {
                    known |= c.code.equals(a.errorCode);
                }
                if (!known) {
                    throw fail(where, "error code " + a.errorCode + " is not in the product's \"errors\" list");
                }
                continue;
            }
            List<Member> members = op.response;
            List<String> wires = new java.util.ArrayList<>();
            Member x = null;
            for (String part : a.member.split("\\.")) {
                x = members == null ? null : Member.byJava(members, part);
                if (x == null) {
                    throw fail(where, "member " + a.member + " does not name a response member of " + op.action
                            + " (a dotted path of Java names)");
                }
                a.getters.add(x.java);
                wires.add(x.wire);
                Shape s = x.type.kind == TypeRef.Kind.SHAPE ? m.shapes.get(x.type.shape) : null;
                members = s == null ? null : s.members;
            }
            if (x.type.kind != TypeRef.Kind.STRING) {
                throw fail(where, "member " + a.member + " is not a string");
            }
            a.wirePath = String.join(".", wires);
        }
    }

    private Member readMember(JsonNode n, String where, boolean request) {
        Member m = new Member();
        m.wire = text(n, "wire");
        m.java = text(n, "java");
        String at = where + ", member " + (m.wire != null ? m.wire : m.java != null ? m.java : "#?");
        if (m.wire == null || m.wire.isEmpty()) {
            throw fail(at, "missing wire name (\"wire\")");
        }
        if (m.java == null || !m.java.matches(JAVA_NAME)) {
            throw fail(at, "\"java\" must be a lowerCamel Java name; got " + m.java);
        }
        known(n, at, MEMBER_KEYS);
        known(n.path("limits"), at + ", limits", LIMIT_KEYS);
        m.typeText = text(n, "type");
        m.type = TypeRef.parse(m.typeText);
        if (m.type == null) {
            throw fail(at, "unknown type \"" + m.typeText + "\" (string, integer, long, boolean, instant, a shape "
                    + "name, or list<...> of one)");
        }
        m.wireType = text(n, "wireType");
        if (m.wireType != null && !"string".equals(m.wireType) && !"number".equals(m.wireType)
                && !("json".equals(m.wireType) && m.type.kind == TypeRef.Kind.STRING)) {
            throw fail(at, "wireType is \"string\", \"number\" or, for a string, \"json\"; got " + m.wireType);
        }
        m.required = n.path("required").asBoolean(false);
        m.position = n.path("position").asText("query");
        if (request && !POSITIONS.contains(m.position)) {
            throw fail(at, "unknown position \"" + m.position + "\" (one of " + POSITIONS + ")");
        }
        m.listStyle = n.path("listStyle").asText("flat");
        if (!LIST_STYLES.contains(m.listStyle)) {
            throw fail(at, "unknown listStyle \"" + m.listStyle + "\" (one of " + LIST_STYLES + ")");
        }
        if (n.has("listStyle") && !m.type.isList()) {
            throw fail(at, "listStyle is only for list types");
        }
        m.delimiter = n.path("delimiter").asText(",");
        m.doc = n.path("doc").asText("");
        m.sensitive = text(n, "sensitive");
        if (m.sensitive != null && !SENSITIVE.contains(m.sensitive)) {
            throw fail(at, "unknown sensitive kind \"" + m.sensitive + "\" (one of " + SENSITIVE + ")");
        }
        m.source = text(n, "source");
        m.clientDefault = text(n, "clientDefault");
        if (m.clientDefault != null && !"region".equals(m.clientDefault)) {
            throw fail(at, "clientDefault is \"region\" (the only value the client can fill); got " + m.clientDefault);
        }
        JsonNode l = n.path("limits");
        m.lengthMin = intOrNull(l.path("length"), "min");
        m.lengthMax = intOrNull(l.path("length"), "max");
        m.rangeMin = l.path("range").has("min") ? l.path("range").get("min").asLong() : null;
        m.rangeMax = l.path("range").has("max") ? l.path("range").get("max").asLong() : null;
        m.countMin = intOrNull(l.path("count"), "min");
        m.countMax = intOrNull(l.path("count"), "max");
        JsonNode patterns = l.path("pattern");
        for (JsonNode pn : patterns.isArray() ? patterns : java.util.Collections.singletonList(patterns)) {
            if (pn.isMissingNode()) {
                continue;
            }
            String regex = text(pn, "regex");
            String rule = text(pn, "rule");
            if (regex == null || rule == null) {
                throw fail(at, "a pattern needs \"regex\" and a \"rule\" saying it in words (it goes into the error "
                        + "message)");
            }
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw fail(at, "pattern does not compile: " + e.getDescription());
            }
            m.patterns.add(new String[] {regex, rule});
        }
        m.format = text(l, "format");
        if (m.format != null && !FORMATS.contains(m.format)) {
            throw fail(at, "unknown format \"" + m.format + "\" (one of " + FORMATS + ")");
        }
        JsonNode en = l.path("enum");
        if (en.isTextual()) {
            m.enumName = en.asText();
        } else if (en.isArray()) {
            m.enumValues = strings(en);
            if (m.enumValues.isEmpty() || new HashSet<>(m.enumValues).size() != m.enumValues.size()) {
                throw fail(at, "bad enum: the list of values is empty or repeats a value");
            }
        } else if (!en.isMissingNode()) {
            throw fail(at, "bad enum: give an enum name or a list of values");
        }
        JsonNode unique = l.path("uniqueItems");
        m.uniqueItems = unique.isTextual() || unique.asBoolean(false);
        m.itemNoun = unique.isTextual() ? unique.asText() : "entry";
        m.noBlankEntries = l.path("noBlankEntries").asBoolean(false);
        m.noNullEntries = l.path("noNullEntries").asBoolean(false);
        if ((m.countMin != null || m.countMax != null || m.uniqueItems || m.noBlankEntries || m.noNullEntries)
                && !m.type.isList()) {
            throw fail(at, "count, uniqueItems, noBlankEntries and noNullEntries are only for list types");
        }
        return m;
    }

    /** Cross-references: shapes, enums, hooks, error codes, paging members, rules. */
    private void check(ApiModel m) {
        for (Shape s : m.shapes.values()) {
            checkMembers(m, s.members, "shape " + s.name);
        }
        if (m.service.responseBase != null) {
            checkMembers(m, m.service.responseBase.members, "service.responseBase");
        }
        Set<String> codes = new HashSet<>();
        for (ErrorCode c : m.errors) {
            codes.add(c.code);
        }
        for (OperationModel op : m.operations) {
            String where = "operation " + op.action;
            checkMembers(m, op.request, where);
            checkMembers(m, op.response, where + ", response");
            checkRpcPlacement(op, where);
            for (Member r : op.request) {
                if ("path".equals(r.position) && !op.path.contains("{" + r.wire + "}")) {
                    throw fail(where + ", member " + r.wire, "a path parameter must appear in the path template "
                            + op.path + " as {" + r.wire + "}");
                }
                if ("ROA".equals(op.style) || !"query".equals(r.position)) {
                    continue;
                }
                if (r.type.kind == TypeRef.Kind.SHAPE) {
                    throw fail(where + ", member " + r.wire, "RPC request members are scalars or lists; flatten "
                            + "objects into dotted wire names (Channels.Mail)");
                }
            }
            if ("ROA".equals(op.style)) {
                RoaChecks.check(file, m, op);
            }
            if (op.idempotentWhen != null && (op.idempotent || Member.byWire(op.request, op.idempotentWhen) == null)) {
                throw fail(where, "idempotentWhen names " + op.idempotentWhen + ": it must be a request member of an "
                        + "operation with \"idempotent\": false");
            }
            for (Rule r : op.rules) {
                if (r.whenMember != null && Member.byWire(op.request, r.whenMember) == null) {
                    throw fail(where, "rule condition names " + r.whenMember + ", which is not a request member");
                }
                for (String w : r.anyOf) {
                    if (Member.byWire(op.request, w) == null) {
                        throw fail(where, "rule names " + w + ", which is not a request member");
                    }
                }
            }
            if (op.copyFrom != null) {
                Shape s = m.shapes.get(op.copyFrom.shape);
                if (s == null) {
                    throw fail(where + ", copyFrom", "unknown shape " + op.copyFrom.shape);
                }
                for (Map.Entry<String, String> e : op.copyFrom.map.entrySet()) {
                    if (op.requestMember(e.getKey()) == null || Member.byJava(s.members, e.getValue()) == null) {
                        throw fail(where + ", copyFrom", e.getKey() + " <- " + e.getValue()
                                + " does not name a request member and a member of " + s.name);
                    }
                }
            }
            for (String w : op.mustCarry) {
                // every response has its request ID (camelCase in ROA answers)
                if (!"RequestId".equals(w) && !("ROA".equals(op.style) && "requestId".equals(w)) && !carried(m, op, w)) {
                    throw fail(where + ", response", "mustCarry names " + w + ", which the response does not have");
                }
            }
            if (op.paging != null) {
                checkPaging(op, where + ", paging");
            }
            for (String code : op.errors) {
                if (!codes.contains(code)) {
                    throw fail(where, "error code " + code + " is not in the product's \"errors\" list");
                }
            }
            hook(m, op.validatorHook, "validator", where);
            hook(m, op.readerHook, "reader", where);
        }
    }

    private void checkPaging(OperationModel op, String where) {
        Paging p = op.paging;
        if (!PAGING_STYLES.contains(p.style)) {
            throw fail(where, "unknown style \"" + p.style + "\" (one of " + PAGING_STYLES + ")");
        }
        List<String> requestNames = "pageNumber".equals(p.style) ? Arrays.asList(p.pageNumber, p.pageSize)
                : Arrays.asList(p.nextToken);
        for (String r : requestNames) {
            if (r == null || op.requestMember(r) == null) {
                throw fail(where, "request member " + r + " does not exist");
            }
        }
        Member items = op.responseMember(p.items);
        if (items == null || !items.type.isList()) {
            throw fail(where, "items " + p.items + " is not a list member of the response");
        }
        if (p.position != null && op.responseMember(p.position) == null) {
            throw fail(where, "position " + p.position + " is not a member of the response");
        }
        if (p.total != null && op.responseMember(p.total) == null) {
            throw fail(where, "total " + p.total + " is not a member of the response");
        }
    }

    private void checkMembers(ApiModel m, List<Member> members, String where) {
        for (Member x : members) {
            String shape = x.type.shapeName();
            if (shape != null && !m.shapes.containsKey(shape)) {
                throw fail(where + ", member " + x.wire, "unknown type \"" + x.typeText + "\" (no such shape)");
            }
            if (x.enumName != null && !m.enums.containsKey(x.enumName)) {
                throw fail(where + ", member " + x.wire, "bad enum: no enum named " + x.enumName);
            }
            if (x.hasEnum() && (x.type.isList() ? x.type.element.kind : x.type.kind) != TypeRef.Kind.STRING) {
                throw fail(where + ", member " + x.wire, "bad enum: only string members take an enum");
            }
        }
    }

    private boolean carried(ApiModel m, OperationModel op, String wire) {
        List<Member> base = m.service.responseBase == null ? java.util.Collections.<Member>emptyList()
                : m.service.responseBase.members;
        for (List<Member> list : Arrays.asList(op.response, base)) {
            for (Member x : list) {
                if (wire.equals(x.wire) || wire.startsWith(x.wire + ".")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void hook(ApiModel m, String name, String kind, String where) {
        if (name == null) {
            return;
        }
        Hook h = m.hooks.get(name);
        if (h == null) {
            throw fail(where, "unknown hook \"" + name + "\" (declare it under \"hooks\")");
        }
        if (!kind.equals(h.kind)) {
            throw fail(where, "hook " + name + " is a " + h.kind + ", used as a " + kind);
        }
    }

    private void unique(List<Member> members, String where) {
        Set<String> wires = new HashSet<>();
        Set<String> javas = new HashSet<>();
        for (Member x : members) {
            if (!wires.add(x.wire) || !javas.add(x.java)) {
                throw fail(where + ", member " + x.wire, "duplicate member (wire or Java name used twice)");
            }
        }
    }

    /** A misspelt key ("requried") would silently drop a fact, so unknown keys fail. */
    private void known(JsonNode n, String where, String... keys) {
        Set<String> allowed = new HashSet<>(Arrays.asList(keys));
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw fail(where, "unknown key \"" + k + "\" (known: " + String.join(", ", keys) + ")");
            }
        }
    }

    private String need(JsonNode n, String field, String where) {
        String v = text(n, field);
        if (v == null || v.isEmpty()) {
            throw fail(where, "\"" + field + "\" is required");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer intOrNull(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asInt() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asText());
        }
        return out;
    }

    /**
     * An RPC operation is sent by POST or GET; its members are query or body parameters (a GET has no body),
     * and flattened members sharing a top-level wire name ({@code X.1}, {@code X.Field}) share its position.
     */
    private void checkRpcPlacement(OperationModel op, String where) {
        if (!"RPC".equals(op.style)) {
            return;
        }
        if (!"POST".equals(op.method) && !"GET".equals(op.method)) {
            throw fail(where, "an RPC operation is sent by POST or GET, not " + op.method);
        }
        java.util.Map<String, Member> byTop = new java.util.HashMap<>();
        for (Member r : op.request) {
            String at = where + ", member " + r.wire;
            if (!"query".equals(r.position) && !"body".equals(r.position)) {
                throw fail(at, "an RPC parameter's position is query or body, not " + r.position);
            }
            if ("body".equals(r.position) && "GET".equals(op.method)) {
                throw fail(at, "position body on a GET operation, which has no body (make the operation POST or "
                        + "the member a query parameter)");
            }
            Member other = byTop.put(r.topLevelWire(), r);
            if (other != null && !other.position.equals(r.position)) {
                throw fail(at, "position " + r.position + ", but " + other.wire + " under the same top-level name "
                        + r.topLevelWire() + " is " + other.position);
            }
        }
    }

    private ModelException fail(String where, String problem) {
        return new ModelException(file, where, problem);
    }
}
