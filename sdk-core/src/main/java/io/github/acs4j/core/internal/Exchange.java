package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryContext;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call in flight and every decision about it, whichever way it is driven (the blocking loop of
 * {@link ClientRuntime#invoke} or the callbacks of {@link AsyncCall}): signing each attempt, the deadline,
 * classifying answers and I/O failures, the retry decision, logging and the interceptor hooks. The two
 * drivers only differ in how they send and how they wait.
 *
 * @param <R> the response type
 */
final class Exchange<R> {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acs4j.request");

    private final ClientRuntime rt;
    private final Operation<?, R> op;
    private final SortedMap<String, String> params;
    /** The REST-style request, written once; null for an RPC operation. */
    private final RoaMessage roa;
    private final Duration callTimeout;
    private final long deadline;
    private int attempts;
    /** The attempt in flight or last made, and how many before it went out: what {@code attempts()} reports. */
    private Attempt current;
    private int sentBefore;

    /** This request's idempotency: the operation's, or its {@code idempotentWhen} condition's. */
    private final boolean idempotent;

    <Q> Exchange(ClientRuntime rt, Operation<Q, R> op, Q request, Duration callTimeout) {
        this.rt = rt;
        this.op = op;
        this.roa = op.roaRoute() != null ? rt.prepareRoa(op, request) : null;
        this.params = roa != null ? null : rt.prepare(op, request);
        this.idempotent = op.idempotent(request);
        this.callTimeout = callTimeout;
        this.deadline = callTimeout == null ? 0 : rt.config.clock.millis() + callTimeout.toMillis();
    }

    /**
     * Signs the next attempt and readies its OkHttp call, bounded by what is left of the deadline.
     *
     * @throws AcsClientException when the client was closed, nothing sent
     */
    Call nextAttempt() {
        if (rt.isClosed()) {
            throw clientClosed();
        }
        Credentials credentials = op.signed() ? credentials() : null;
        if (current != null && current.requestMayHaveBeenSent()) {
            sentBefore++;
        }
        Attempt attempt = roa != null ? rt.roaRequests.create(++attempts, op.action(), roa, credentials)
                : rt.requests.create(++attempts, op.action(), params, credentials, op.placement());
        current = attempt;
        Call call = rt.http.client().newCall(attempt.request);
        if (deadline > 0) {
            call.timeout().timeout(remainingMillis(""), TimeUnit.MILLISECONDS);
        }
        for (ExecutionInterceptor i : rt.config.interceptors) {
            try {
                i.beforeSend(context(attempt));
            } catch (RuntimeException e) {
                hookFailed("beforeSend", i, e);
            }
        }
        return call;
    }

    /**
     * Classifies an answer.
     *
     * @return the typed response
     * @throws AcsException for an error answer or an unreadable body
     * @throws IOException when reading the body fails
     */
    R received(Call call, Response response) throws IOException {
        Attempt attempt = attemptOf(call);
        try {
            if (response.code() >= 300 && response.code() < 400) {
                throw redirected(attempt, response);
            }
            R result = rt.responses.handle(op, attempt, response);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {}: HTTP {}, RequestId {}, {} ms", rt.service.name(), op.action(),
                        attempt.number, attempt.httpStatus(), attempt.requestId(), attempt.elapsedMillis());
            }
            return result;
        } finally {
            if (attempt.httpStatus() > 0) {
                for (ExecutionInterceptor i : rt.config.interceptors) {
                    try {
                        i.afterReceive(context(attempt));
                    } catch (RuntimeException e) {
                        hookFailed("afterReceive", i, e);
                    }
                }
            }
        }
    }

    /** A 3xx is refused, never followed nor retried: following it would re-send the signed request elsewhere. */
    private AcsClientException redirected(Attempt attempt, Response response) {
        attempt.answered(response.code(), null);
        String location = response.header("Location");
        HttpUrl target = location == null ? null : response.request().url().resolve(location);
        String where = location == null ? "without a Location"
                : target == null ? "to an unusable Location" : "to host " + target.host() + ":" + target.port();
        return new AcsClientException(rt.service.name() + " " + op.action() + " was redirected (HTTP " + response.code()
                + " " + where + "); acs4j never follows redirects, so the request was not sent again."
                + " Check the endpoint (" + rt.endpoint.getHost() + ").", null, attempt.number, false);
    }

    /** Maps an I/O failure; retryable when transient, which the strategy weighs against idempotency. */
    AcsClientException transportFailure(Call call, IOException e) {
        Attempt attempt = attemptOf(call);
        String what;
        if (e instanceof UnknownHostException) {
            what = "could not resolve the endpoint's host";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "could not connect";
        } else if (e instanceof javax.net.ssl.SSLException) {
            what = "TLS failed (certificate or protocol)";
        } else if (e instanceof InterruptedIOException) {
            what = attempt.requestMayHaveBeenSent() ? "timed out waiting for the answer" : "timed out connecting";
        } else {
            what = attempt.requestMayHaveBeenSent() ? "the connection failed after the request was sent"
                    : "the connection failed before the request was sent";
        }
        boolean retryable = !(e instanceof javax.net.ssl.SSLPeerUnverifiedException
                || e instanceof javax.net.ssl.SSLHandshakeException);
        return new AcsClientException(rt.service.name() + " " + op.action() + " failed: " + what + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                + " on attempt " + attempt.number + ".", e, attempt.number, retryable);
    }

    /** @return the delay before the next attempt, or -1 to stop (strategy, idempotency or deadline) */
    long retryDelay(Call call, AcsException failure) {
        Attempt attempt = attemptOf(call);
        boolean mayHaveBeenProcessed = attempt.requestMayHaveBeenSent()
                && !(failure instanceof AcsServiceException && ((AcsServiceException) failure).isThrottling());
        long delay = rt.retry.delayBeforeNextAttempt(
                new RetryContext(attempt.number, failure, idempotent, mayHaveBeenProcessed));
        if (delay >= 0 && deadline > 0 && rt.config.clock.millis() + delay >= deadline) {
            delay = -1;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {} failed after {} ms (HTTP {}, RequestId {}): {}; {}", rt.service.name(),
                    op.action(), attempt.number, attempt.elapsedMillis(), attempt.httpStatus(), attempt.requestId(),
                    failure.getMessage(), delay < 0 ? "not retrying" : "retrying in " + delay + " ms");
        }
        for (ExecutionInterceptor i : rt.config.interceptors) {
            try {
                i.onFailure(context(attempt), failure, delay >= 0);
            } catch (RuntimeException e) {
                hookFailed("onFailure", i, e);
            }
        }
        return delay;
    }

    /**
     * @param when what the caller was doing, e.g. "while waiting to retry"
     * @param failure the failure of the last attempt, suppressed in the result, or null
     * @param cause the interrupt, or null
     * @return the failure of a call whose thread was interrupted; it counts the requests that went out
     */
    AcsClientException interrupted(String when, AcsException failure, Throwable cause) {
        int sent = sentCount();
        AcsClientException ex = new AcsClientException(rt.service.name() + " " + op.action() + " was interrupted "
                + when + " (" + (sent == 0 ? "nothing was sent" : sent + (sent == 1 ? " request" : " requests") + " sent")
                + ").", cause, sent, false);
        if (failure != null) {
            ex.addSuppressed(failure);
        }
        return ex;
    }

    /** @return how many attempts' requests went out (or may have: the write started) */
    private int sentCount() {
        return sentBefore + (current != null && current.requestMayHaveBeenSent() ? 1 : 0);
    }

    /** @return what is left of the call timeout; fails the call when nothing is */
    private long remainingMillis(String doing) {
        long remaining = deadline - rt.config.clock.millis();
        if (remaining <= 0) {
            throw outOfTime(doing);
        }
        return remaining;
    }

    private AcsClientException outOfTime(String doing) {
        return new AcsClientException(rt.service.name() + " " + op.action() + " ran out of its call timeout ("
                + callTimeout + ")" + (doing.isEmpty() ? "" : " " + doing) + ".", null, sentCount(), false);
    }

    /** @return the failure of a call whose client was closed before its next attempt */
    AcsClientException clientClosed() {
        String what = attempts == 0 ? " was not sent: the client is closed." : " was not completed: the client was"
                + " closed before attempt " + (attempts + 1) + ".";
        return new AcsClientException(rt.service.name() + " " + op.action() + what, null, attempts, false);
    }

    private Credentials credentials() {
        Credentials c;
        try {
            c = deadline > 0 && !rt.credentials.direct() ? boundedCredentials()
                    : rt.config.credentialsProvider.resolveCredentials();
        } catch (AcsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AcsClientException("Could not load credentials from " + rt.config.credentialsProvider + ": "
                    + e.getMessage(), e);
        }
        if (c == null) {
            throw new AcsClientException("The credentials provider " + rt.config.credentialsProvider + " returned none.");
        }
        rt.requests.checkFitsHeaders(c, rt.config.credentialsProvider, op.action(), roa != null);
        return c;
    }

    /** The provider asked within the call timeout: a slow one fails the call at its deadline, not after it. */
    private Credentials boundedCredentials() {
        long remaining = deadline - rt.config.clock.millis();
        try {
            if (remaining > 0) {
                return rt.credentials.resolve(remaining);
            }
        } catch (TimeoutException e) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(resolving(), null, e);
        }
        throw outOfTime(resolving());
    }

    private String resolving() {
        return "while resolving credentials from " + rt.config.credentialsProvider;
    }

    private static Attempt attemptOf(Call call) {
        return Attempt.of(call.request());
    }

    private AttemptContext context(Attempt a) {
        return new AttemptContext(rt.service.name(), op.action(), a.number, a.request.method(), rt.endpoint,
                a.httpStatus(), a.requestId(), a.elapsedMillis());
    }

    private void hookFailed(String hook, ExecutionInterceptor i, RuntimeException e) {
        LOG.warn("Interceptor {} failed in {} for {} {}; ignored: {}", i.getClass().getName(), hook,
                rt.service.name(), op.action(), e.toString());
    }
}
