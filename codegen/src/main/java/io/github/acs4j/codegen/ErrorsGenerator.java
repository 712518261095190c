package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** Writes the product's exception, its error-code constants and the client package's documentation. */
final class ErrorsGenerator {
    private final ServiceModel svc;
    private final ApiModel model;

    ErrorsGenerator(ApiModel model) {
        this.model = model;
        this.svc = model.service;
    }

    List<SourceFile> generate() {
        List<SourceFile> out = new ArrayList<>();
        SourceFile ex = new SourceFile(svc.javaPackage, svc.exceptionName);
        ex.use("io.github.acs4j.core.exception.AcsServiceException").use("io.github.acs4j.core.exception.ServiceError");
        ex.javadoc("", svc.exceptionJavadoc);
        ex.line("public class ", svc.exceptionName, " extends AcsServiceException {");
        ex.line("    private static final long serialVersionUID = 1L;").line();
        ex.javadoc("    ", "@param error what the service answered", "@param diagnosis a hint for signature errors, or null");
        ex.line("    public ", svc.exceptionName, "(ServiceError error, String diagnosis) {");
        ex.line("        super(error, diagnosis);").line("    }");
        documentedFlags(ex, svc.clientPrefix + "ErrorCodes");
        ex.line("}");
        out.add(ex);

        String name = svc.clientPrefix + "ErrorCodes";
        SourceFile codes = new SourceFile(svc.javaPackage, name);
        codes.javadoc("", svc.errorCodesJavadoc);
        codes.line("public final class ", name, " {");
        for (ErrorCode c : model.errors) {
            String how = c.throttling ? " Throttling: retried with backoff." : c.retryable ? " Retryable." : "";
            codes.javadoc("    ", (c.status == null ? "" : "HTTP " + c.status + ": ") + c.doc + how);
            codes.line("    public static final String ", c.constant, " = \"", OperationsGenerator.javaString(c.code), "\";");
        }
        codeSets(codes);
        codes.line().line("    private ", name, "() {").line("    }");
        codes.line().line("    private static Set<String> codes(String... codes) {");
        codes.line("        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(codes)));").line("    }").line("}");
        out.add(codes);
        out.add(SourceFile.packageInfo(svc.javaPackage, svc.packageJavadoc));
        return out;
    }

    // The model's retryable and throttling flags (issue 12): a documented code is classified by its flags,
    // any other by sdk-core's generic rules.

    /** The sets of documented, retryable and throttling codes, for the exception's classification. */
    private void codeSets(SourceFile codes) {
        codes.use("java.util.Arrays").use("java.util.Collections").use("java.util.HashSet").use("java.util.Set");
        List<String> all = new ArrayList<>();
        List<String> retryable = new ArrayList<>();
        List<String> throttling = new ArrayList<>();
        for (ErrorCode c : model.errors) {
            all.add(c.constant);
            if (c.retryable || c.throttling) {
                retryable.add(c.constant);
            }
            if (c.throttling) {
                throttling.add(c.constant);
            }
        }
        codes.line();
        codes.javadoc("    ", "Every documented code: a call failing with one is retried as its flags say, whatever its HTTP status.");
        codes.line("    public static final Set<String> DOCUMENTED_CODES = codes(", String.join(", ", all), ");");
        codes.javadoc("    ", "The documented codes a repeated call may cure (the throttling codes included).");
        codes.line("    public static final Set<String> RETRYABLE_CODES = codes(", String.join(", ", retryable), ");");
        codes.javadoc("    ", "The documented codes that mean the call was throttled and not processed: retried with the "
                + "throttling backoff, even for a non-idempotent call.");
        codes.line("    public static final Set<String> THROTTLING_CODES = codes(", String.join(", ", throttling), ");");
    }

    /** Overrides the generic classification for the codes the product documents. */
    private static void documentedFlags(SourceFile ex, String codes) {
        override(ex, codes, "isThrottling", "THROTTLING_CODES", "its {@code throttling} flag");
        override(ex, codes, "isRetryable", "RETRYABLE_CODES", "its {@code retryable} or {@code throttling} flag");
    }

    private static void override(SourceFile ex, String codes, String method, String set, String flag) {
        ex.line();
        ex.javadoc("    ", "@return for a code {@link " + codes + "} documents, " + flag + "; for any other code, the "
                + "generic rules");
        ex.line("    @Override").line("    public boolean ", method, "() {");
        ex.line("        return ", codes, ".DOCUMENTED_CODES.contains(errorCode())");
        ex.line("                ? ", codes, ".", set, ".contains(errorCode()) : super.", method, "();").line("    }");
    }
}
