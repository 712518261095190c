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
        ex.line("        super(error, diagnosis);").line("    }").line("}");
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
        codes.line().line("    private ", name, "() {").line("    }").line("}");
        out.add(codes);
        out.add(SourceFile.packageInfo(svc.javaPackage, svc.packageJavadoc));
        return out;
    }
}
