package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** The product as a whole: code, version, endpoints, default signature and the Java names it is generated under. */
final class ServiceModel {
    String product;
    String apiVersion;
    String title;
    String javaPackage;
    String clientPrefix;
    String javadoc = "";
    String style = "RPC";
    final List<String> protocols = new ArrayList<>();
    String endpointRule;
    String endpointPattern;
    String endpointTable;
    String endpointSource;
    String defaultSignature;
    String defaultSignatureSource;
    boolean failureCodeInSuccessfulStatus;
    boolean sendsRegionId;
    String exceptionName;
    String exceptionJavadoc = "";
    String errorCodesJavadoc = "";
    String operationsClass;
    String readersClass;
    String pagingClass;
    Shape responseBase;
    String modelJavadoc = "";
    String packageJavadoc = "";

    String modelPackage() {
        return javaPackage + ".model";
    }
}
