package io.github.acs4j.core.client;

import io.github.acs4j.core.exception.AcsException;

/**
 * A hook around every HTTP attempt of every call, for tracing and metrics without a tracing dependency.
 * Called on the thread that runs the attempt (the caller's for sync clients, OkHttp's or the retry
 * scheduler's for async ones), so implementations must be thread-safe and quick. What they are given never
 * holds a secret: no credentials, signature, token or body. An exception thrown by a hook is logged and
 * ignored: tracing never breaks a call.
 */
public interface ExecutionInterceptor {
    /**
     * The attempt is signed and about to be sent.
     *
     * @param attempt action, attempt number, method and endpoint
     */
    default void beforeSend(AttemptContext attempt) {
    }

    /**
     * An HTTP answer arrived (any status; an error answer is then also reported to {@link #onFailure}).
     *
     * @param attempt as before, plus the HTTP status, the RequestId (when the body carried one) and the latency
     */
    default void afterReceive(AttemptContext attempt) {
    }

    /**
     * The attempt failed: an error answer, an unreadable body, or no answer at all.
     *
     * @param attempt what is known of the attempt
     * @param failure the exception the call fails with if it is not retried
     * @param retrying whether another attempt follows
     */
    default void onFailure(AttemptContext attempt, AcsException failure, boolean retrying) {
    }
}
