package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the model's waiters: {@code <Prefix>Waiters} (one {@code Waiter} per model waiter, its acceptors in
 * the model's order) and, on both clients, {@code waitUntil<Name>(request)}, {@code (Consumer<Builder>)} and
 * {@code (request, WaiterConfiguration)}, which poll the client's own operation. Nothing for a model without
 * waiters.
 */
final class WaiterGenerator {
    private final ApiModel model;
    private final ServiceModel svc;

    WaiterGenerator(ApiModel model) {
        this.model = model;
        this.svc = model.service;
    }

    private String className() {
        return svc.clientPrefix + "Waiters";
    }

    List<SourceFile> generate() {
        List<SourceFile> out = new ArrayList<>();
        if (model.waiters.isEmpty()) {
            return out;
        }
        SourceFile f = new SourceFile(svc.javaPackage, className());
        f.use("io.github.acs4j.core.waiters.Acceptor").use("io.github.acs4j.core.waiters.Waiter")
                .use("io.github.acs4j.core.waiters.WaiterState");
        f.javadoc("", "The waiters of " + svc.title + ", from its API model: each polls one operation and judges every "
                + "answer or error with its acceptors, in order.");
        f.line("final class ", className(), " {");
        for (WaiterModel w : model.waiters.values()) {
            String rs = w.operation + "Response";
            f.use(svc.modelPackage() + "." + rs);
            f.javadoc("    ", "{@code " + w.name + "}: polls {@code " + w.operation + "}." + (w.source == null ? ""
                    : " Source: " + w.source + "."));
            f.line("    static final Waiter<", rs, "> ", w.constant(), " = Waiter.of(\"", w.name, "\",");
            for (int i = 0; i < w.acceptors.size(); i++) {
                WaiterModel.AcceptorModel a = w.acceptors.get(i);
                String end = i == w.acceptors.size() - 1 ? ");" : ",";
                String state = "WaiterState." + a.state.toUpperCase(java.util.Locale.ROOT);
                if (a.errorCode != null) {
                    f.line("            Acceptor.<", rs, ">onErrorCode(", state, ", \"", a.errorCode, "\")", end);
                    continue;
                }
                f.line("            Acceptor.<", rs, ">onResponse(", state, ", ", quote(a.description()), ",");
                f.line("                    r -> ", test(a), ")", end);
            }
            f.line();
        }
        f.line("    private ", className(), "() {").line("    }").line("}");
        out.add(f);
        return out;
    }

    /** The predicate's body: the member read null-safely, then compared. */
    private static String test(WaiterModel.AcceptorModel a) {
        StringBuilder value = new StringBuilder("java.util.Optional.ofNullable(r." + a.getters.get(0) + "())");
        for (String g : a.getters.subList(1, a.getters.size())) {
            value.append(".map(v -> v.").append(g).append("())");
        }
        value.append(".orElse(null)");
        if ("equals".equals(a.matcher)) {
            return quote(a.values.get(0)) + ".equals(" + value + ")";
        }
        StringBuilder list = new StringBuilder("java.util.Arrays.asList(");
        for (int i = 0; i < a.values.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(quote(a.values.get(i)));
        }
        list.append(").contains(").append(value).append(")");
        return ("noneOf".equals(a.matcher) ? "!" : "") + list;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The {@code waitUntil...} methods of the client interface (default methods over the client's own call). */
    void clientMethods(SourceFile f, boolean async) {
        if (model.waiters.isEmpty()) {
            return;
        }
        f.use("io.github.acs4j.core.waiters.WaiterConfiguration").use("io.github.acs4j.core.waiters.WaiterResult");
        for (WaiterModel w : model.waiters.values()) {
            OperationModel op = null;
            for (OperationModel o : model.operations) {
                op = o.action.equals(w.operation) ? o : op;
            }
            String rq = w.operation + "Request";
            String rs = w.operation + "Response";
            String result = "WaiterResult<" + rs + ">";
            String ret = async ? "CompletableFuture<" + result + ">" : result;
            String acceptors = acceptorList(w);
            f.line();
            f.javadoc("    ", w.javadoc + " Polls {@link #" + op.method() + "(" + rq + ")} with "
                            + "{@link WaiterConfiguration#defaults()}; the acceptors, in order: " + acceptors + ". "
                            + "An answer none matches is polled again; an error none matches ends the wait unchanged."
                            + (async ? " No thread waits between polls; cancelling the future stops the wait." : ""),
                    "", "@param request the request each poll sends",
                    async ? "@return completes with how the wait succeeded, or exceptionally as the blocking waiter throws"
                            : "@return how the wait succeeded: the polls made, the last answer or the matched error",
                    async ? null : "@throws io.github.acs4j.core.waiters.WaiterFailureException when a failure state is "
                            + "reached (it names the state and the last answer)",
                    async ? null : "@throws io.github.acs4j.core.waiters.WaiterTimeoutException when the attempts or the "
                            + "time run out");
            f.line("    default ", ret, " ", w.method(), "(", rq, " request) {");
            f.line("        return ", w.method(), "(request, WaiterConfiguration.defaults());").line("    }");
            f.line();
            f.javadoc("    ", "Like {@link #" + w.method() + "(" + rq + ")}, building the request in place.", "",
                    "@param request fills a fresh builder", "@return as the request overload returns");
            f.line("    default ", ret, " ", w.method(), "(Consumer<", rq, ".Builder> request) {");
            f.line("        ", rq, ".Builder b = ", rq, ".builder();").line("        request.accept(b);");
            f.line("        return ", w.method(), "(b.build());").line("    }");
            f.line();
            f.javadoc("    ", "Like {@link #" + w.method() + "(" + rq + ")}, with the given delays and limits.", "",
                    "@param request the request each poll sends", "@param configuration the delays and limits",
                    "@return as the request overload returns");
            f.line("    default ", ret, " ", w.method(), "(", rq, " request, WaiterConfiguration configuration) {");
            f.line("        return ", className(), ".", w.constant(), ".withConfiguration(configuration).",
                    async ? "runAsync" : "run", "(() -> ", op.method(), "(request));");
            f.line("    }");
        }
    }

    private static String acceptorList(WaiterModel w) {
        StringBuilder s = new StringBuilder();
        for (WaiterModel.AcceptorModel a : w.acceptors) {
            s.append(s.length() == 0 ? "" : "; ").append(a.state).append(" when ")
                    .append(a.errorCode != null ? "the error is {@code " + a.errorCode + "}" : "{@code " + a.description() + "}");
        }
        return s.toString();
    }
}
