package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the client interfaces (sync and async, each with a {@code Consumer<Builder>} overload per operation,
 * paginators, {@code withOverride} and a builder) and their default implementations, which hand every call to
 * the shared pipeline.
 */
final class ClientGenerator {
    private final ApiModel model;
    private final ServiceModel svc;

    ClientGenerator(ApiModel model) {
        this.model = model;
        this.svc = model.service;
    }

    List<SourceFile> generate() {
        List<SourceFile> out = new ArrayList<>();
        out.add(client(false));
        out.add(client(true));
        out.add(implementation(false));
        out.add(implementation(true));
        return out;
    }

    private String name(boolean async) {
        return svc.clientPrefix + (async ? "AsyncClient" : "Client");
    }

    private SourceFile client(boolean async) {
        String name = name(async);
        SourceFile f = new SourceFile(svc.javaPackage, name);
        f.use("io.github.acs4j.core.client.AcsClientBuilder").use("io.github.acs4j.core.client.RequestOverride")
                .use("java.util.function.Consumer");
        if (async) {
            f.use("java.util.concurrent.CompletableFuture");
        }
        f.javadoc("", svc.javadoc + (async ? " Every call returns at once with a future; nothing blocks the caller." : ""));
        f.line("public interface ", name, " extends AutoCloseable {");
        f.javadoc("    ", "@return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}");
        f.line("    static Builder builder() {").line("        return new Builder();").line("    }");
        for (OperationModel op : model.operations) {
            String rq = op.action + "Request";
            String rs = op.action + "Response";
            f.use(svc.modelPackage() + "." + rq).use(svc.modelPackage() + "." + rs);
            String ret = async ? "CompletableFuture<" + rs + ">" : rs;
            f.line();
            f.javadoc("    ", op.clientDoc != null ? op.clientDoc : op.summary + (op.idempotent ? " Idempotent."
                            : " <b>Not idempotent</b>: after a failure that may have reached the service it is not repeated."),
                    "", "@param request the request",
                    async ? "@return the answer; it completes exceptionally with the exceptions the blocking client throws"
                            : "@return the answer",
                    async ? null : "@throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer",
                    async ? null : "@throws " + svc.exceptionName + " when " + svc.title + " answers with an error");
            f.line("    ", ret, " ", op.method(), "(", rq, " request);");
            f.line();
            f.javadoc("    ", "Like {@link #" + op.method() + "(" + rq + ")}, building the request in place.", "",
                    "@param request fills a fresh builder", "@return the answer");
            f.line("    default ", ret, " ", op.method(), "(Consumer<", rq, ".Builder> request) {");
            f.line("        ", rq, ".Builder b = ", rq, ".builder();").line("        request.accept(b);");
            f.line("        return ", op.method(), "(b.build());").line("    }");
            if (op.paging != null) {
                paginator(f, op, async);
            }
        }
        new WaiterGenerator(model).clientMethods(f, async);
        f.line();
        f.javadoc("    ", "A view of this client whose calls use the override's settings, e.g. {@code withOverride(o -> "
                        + "o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and threads; closing "
                        + "the view does nothing (close this client instead).", "",
                "@param override the settings that replace the client's", "@return the view");
        f.line("    ", name, " withOverride(RequestOverride override);");
        f.line();
        f.javadoc("    ", "Like {@link #withOverride(RequestOverride)}, building the override in place.", "",
                "@param override fills a fresh override builder", "@return the view");
        f.line("    default ", name, " withOverride(Consumer<RequestOverride.Builder> override) {");
        f.line("        return withOverride(RequestOverride.of(override));").line("    }");
        f.line().line("    /** Releases connections and threads. Calls after closing fail. */").line("    @Override")
                .line("    void close();");
        f.line().line("    /** Builder for {@link " + name + "}. */");
        f.line("    final class Builder extends AcsClientBuilder<Builder, ", name, "> {");
        f.line("        Builder() {").line("        }").line();
        f.line("        @Override").line("        public ", name, " build() {");
        f.line("            return new Default", name, "(configuration());").line("        }").line("    }").line("}");
        return f;
    }

    private void paginator(SourceFile f, OperationModel op, boolean async) {
        String rq = op.action + "Request";
        String rs = op.action + "Response";
        String item = op.responseMember(op.paging.items).type.element.java();
        f.use(svc.modelPackage() + "." + item);
        String pages = async ? "AsyncPages" : "PageIterable";
        f.use("io.github.acs4j.core.paging." + pages);
        String type = pages + "<" + rs + ", " + item + ">";
        f.line();
        f.javadoc("    ", "The pages of {@link #" + op.method() + "(" + rq + ")}, each fetched only when "
                        + (async ? "asked for" : "iteration reaches it") + ", from the request's page on (set the page size "
                        + "on the request). {@code items()} flattens them into " + op.paging.itemsNoun + ".", "",
                "@param request the first page's request", "@return the lazy pages");
        f.line("    default ", type, " ", op.method(), "Paginator(", rq, " request) {");
        f.line("        return ", pages, ".of(", svc.pagingClass, ".", op.constant(), ", request, this::", op.method(), ");");
        f.line("    }").line();
        f.javadoc("    ", "Like {@link #" + op.method() + "Paginator(" + rq + ")}, building the first request in place.",
                "", "@param request fills a fresh builder", "@return the lazy pages");
        f.line("    default ", type, " ", op.method(), "Paginator(Consumer<", rq, ".Builder> request) {");
        f.line("        ", rq, ".Builder b = ", rq, ".builder();").line("        request.accept(b);");
        f.line("        return ", op.method(), "Paginator(b.build());").line("    }");
    }

    private SourceFile implementation(boolean async) {
        String iface = name(async);
        String name = "Default" + iface;
        SourceFile f = new SourceFile(svc.javaPackage, name);
        f.use("io.github.acs4j.core.client.RequestOverride").use("io.github.acs4j.core.internal.ClientConfiguration")
                .use("io.github.acs4j.core.internal.ClientRuntime");
        if (async) {
            f.use("java.util.concurrent.CompletableFuture");
        }
        f.javadoc("", "The {@link " + iface + "} implementation: every call is one {@link "
                + "io.github.acs4j.core.internal.Operation} run by the shared pipeline" + (async ? " without blocking." : "."));
        f.line("final class ", name, " implements ", iface, " {").line("    private final ClientRuntime runtime;").line();
        f.line("    ", name, "(ClientConfiguration configuration) {");
        f.line("        this(new ClientRuntime(", svc.operationsClass, ".SERVICE, configuration));").line("    }").line();
        f.line("    private ", name, "(ClientRuntime runtime) {").line("        this.runtime = runtime;").line("    }");
        for (OperationModel op : model.operations) {
            String rq = op.action + "Request";
            String rs = op.action + "Response";
            f.use(svc.modelPackage() + "." + rq).use(svc.modelPackage() + "." + rs);
            f.line().line("    @Override");
            f.line("    public ", async ? "CompletableFuture<" + rs + ">" : rs, " ", op.method(), "(", rq, " request) {");
            f.line("        return runtime.", async ? "invokeAsync" : "invoke", "(", svc.operationsClass, ".",
                    op.constant(), ", request);").line("    }");
        }
        f.line().line("    @Override").line("    public ", iface, " withOverride(RequestOverride override) {");
        f.line("        return new ", name, "(runtime.withOverride(override));").line("    }");
        f.line().line("    @Override").line("    public void close() {").line("        runtime.close();").line("    }");
        f.line("}");
        return f;
    }
}
