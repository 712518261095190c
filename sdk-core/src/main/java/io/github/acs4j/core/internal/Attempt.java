package io.github.acs4j.core.internal;

import okhttp3.Request;

/**
 * One signed HTTP attempt of a call, and whether its request reached the wire. Marked by a network
 * interceptor, which OkHttp runs only once a connection is established, right before writing the request:
 * a failure with the mark unset provably sent nothing.
 */
final class Attempt {
    final int number;
    final Request request;
    final String stringToSign;
    final long startNanos = System.nanoTime();
    private volatile boolean sent;
    private volatile int httpStatus;
    private volatile String requestId;

    Attempt(int number, Request.Builder builder, String stringToSign) {
        this.number = number;
        this.request = builder.tag(Attempt.class, this).build();
        this.stringToSign = stringToSign;
    }

    void markSent() {
        sent = true;
    }

    boolean requestMayHaveBeenSent() {
        return sent;
    }

    /** Records the answer's status (and RequestId, once the body is read), for logs and interceptors. */
    void answered(int status, String id) {
        this.httpStatus = status;
        this.requestId = id;
    }

    int httpStatus() {
        return httpStatus;
    }

    String requestId() {
        return requestId;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
