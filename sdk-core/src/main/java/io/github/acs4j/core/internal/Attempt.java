package io.github.acs4j.core.internal;

import okhttp3.Request;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One signed HTTP attempt of a call, and whether its request reached the wire. Marked by a network
 * interceptor, which OkHttp runs only once a connection is established, right before writing the request:
 * a failure with the mark unset provably sent nothing.
 */
final class Attempt {
    final int number;
    final Request request;
    private final Supplier<String> stringToSign;
    private final Map<String, String> params;
    /** A REST-style request's personal values, gathered as it was written; null for RPC (read from params). */
    private final List<String> personal;
    final long startNanos = System.nanoTime();
    private volatile boolean sent;
    private volatile int httpStatus;
    private volatile String requestId;

    /**
     * @param builder the request without its body
     * @param body the form body
     * @param stringToSign computes the string that was signed (only a failed signature check needs it)
     * @param params the operation's own parameters (no credentials), for masking what an error echoes
     */
    Attempt(int number, Request.Builder builder, byte[] body, Supplier<String> stringToSign, Map<String, String> params) {
        this.number = number;
        this.request = builder.post(new AttemptBody(this, body, AttemptBody.FORM)).build();
        this.stringToSign = stringToSign;
        this.params = params;
        this.personal = null;
    }

    /**
     * A REST-style attempt. A request without a body (GET, DELETE) names its attempt in a tag instead.
     *
     * @param method the HTTP method
     * @param body the body, or null for none
     * @param type the body's type, or null
     * @param personal the values error messages must mask
     */
    Attempt(int number, Request.Builder builder, String method, byte[] body, okhttp3.MediaType type,
            Supplier<String> stringToSign, List<String> personal) {
        this.number = number;
        this.request = body == null ? builder.method(method, null).tag(Attempt.class, this).build()
                : builder.method(method, new AttemptBody(this, body, type)).build();
        this.stringToSign = stringToSign;
        this.params = null;
        this.personal = personal;
    }

    /**
     * @param request a request this factory built (the call's own, not one an interceptor rebuilt)
     * @return its attempt, or null for a request that is not one of ours
     */
    static Attempt of(Request request) {
        okhttp3.RequestBody body = request.body();
        return body instanceof AttemptBody ? ((AttemptBody) body).attempt : request.tag(Attempt.class);
    }

    /** A POST with an empty body and no content type, or a GET (no body; the attempt rides on a tag). */
    private Attempt(int number, Request.Builder builder, boolean get, Supplier<String> stringToSign,
                    Map<String, String> params) {
        this.number = number;
        this.request = get ? builder.get().tag(Attempt.class, this).build()
                : builder.post(new AttemptBody(this, new byte[0], null)).build();
        this.stringToSign = stringToSign;
        this.params = params;
        this.personal = null;
    }

    /** @return a POST attempt whose body is empty, sent without a content type (ACS3 with query parameters only) */
    static Attempt emptyPost(int number, Request.Builder builder, Supplier<String> stringToSign, Map<String, String> params) {
        return new Attempt(number, builder, false, stringToSign, params);
    }

    /** @return a GET attempt: no body, every parameter in the URL */
    static Attempt withoutBody(int number, Request.Builder builder, Supplier<String> stringToSign, Map<String, String> params) {
        return new Attempt(number, builder, true, stringToSign, params);
    }

    /**
     * @param op the operation, which names its personal and secret members
     * @return the e-mail addresses, phone numbers, webhook URLs and secrets this request carried (computed
     *     when asked; a REST-style request gathered them as it was written)
     */
    List<String> personalValues(Operation<?, ?> op) {
        return personal != null ? personal : PersonalParameters.values(op.sensitiveMembers(), params);
    }

    /** @return the string that was signed, or null for an unsigned request */
    String stringToSign() {
        return stringToSign.get();
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
