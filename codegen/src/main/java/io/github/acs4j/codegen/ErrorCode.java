package io.github.acs4j.codegen;

/** A documented error code of the product: wire code, constant name, HTTP status and how to treat it. */
final class ErrorCode {
    String code;
    String constant;
    Integer status;
    boolean retryable;
    boolean throttling;
    String doc = "";
    String source;
}
