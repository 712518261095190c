package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryContext;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The one request pipeline: validate, write parameters, sign, send, classify, retry, parse. Product
 * clients hold one and hand it {@link Operation}s. Thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acs4j.request");

    private final ServiceDescriptor service;
    private final ClientConfiguration config;
    private final HttpClientHolder http;
    private final RequestFactory requests;
    private final ResponseHandler responses;
    private final RetryStrategy retry;

    /**
     * @param service the product
     * @param config the client's options
     */
    public ClientRuntime(ServiceDescriptor service, ClientConfiguration config) {
        this.service = service;
        this.config = config;
        URI endpoint = config.endpointOverride != null ? config.endpointOverride
                : service.endpoints().resolve(config.region);
        HttpUrl url = HttpUrl.get(endpoint).newBuilder().encodedPath("/").query(null).build();
        this.http = new HttpClientHolder(config);
        this.requests = new RequestFactory(url, UserAgent.of(service, config.userAgentSuffix), service.apiVersion(),
                config.signatureVersion, config.clock);
        this.responses = new ResponseHandler(service, config.maxResponseBytes);
        this.retry = config.retryStrategy;
    }

    /**
     * Runs a call to completion on the calling thread, retrying as the strategy allows.
     *
     * @param op the operation
     * @param request the request
     * @param <Q> request type
     * @param <R> response type
     * @return the response
     * @throws AcsServiceException when the service answers with an error
     * @throws AcsClientException when the input is invalid or no usable answer came back
     */
    public <Q, R> R invoke(Operation<Q, R> op, Q request) {
        SortedMap<String, String> params = prepare(op, request);
        long deadline = deadline();
        for (int number = 1; ; number++) {
            Attempt attempt = requests.create(number, op.action(), params, op.signed() ? credentials() : null);
            AcsException failure;
            Call call = http.client().newCall(attempt.request);
            limit(call, deadline, op);
            try (Response response = call.execute()) {
                R result = responses.handle(op, attempt, response);
                logSuccess(op, attempt, response);
                return result;
            } catch (AcsException e) {
                failure = e;
            } catch (IOException e) {
                failure = transportFailure(op, attempt, e);
            }
            long delay = nextDelay(op, attempt, failure, deadline);
            if (delay < 0) {
                throw failure;
            }
            sleep(delay, op, failure);
        }
    }

    /**
     * Validates a request and writes its wire parameters, the client's {@code RegionId} included where the
     * product takes it.
     */
    <Q> SortedMap<String, String> prepare(Operation<Q, ?> op, Q request) {
        if (request == null) {
            throw new AcsClientException("Invalid " + op.action() + " request: the request is null. Nothing was sent.");
        }
        op.validate(request);
        SortedMap<String, String> params = new TreeMap<>();
        ParameterWriter writer = new ParameterWriter(params);
        op.marshal(request, writer);
        if (service.sendsRegionId() && !writer.has("RegionId") && config.region != null) {
            writer.put("RegionId", config.region);
        }
        return params;
    }

    Credentials credentials() {
        Credentials c;
        try {
            c = config.credentialsProvider.resolveCredentials();
        } catch (AcsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AcsClientException("Could not load credentials from " + config.credentialsProvider + ": "
                    + e.getMessage(), e);
        }
        if (c == null) {
            throw new AcsClientException("The credentials provider " + config.credentialsProvider + " returned none.");
        }
        return c;
    }

    /** Maps an I/O failure; retryable when transient, which the strategy weighs against idempotency. */
    AcsClientException transportFailure(Operation<?, ?> op, Attempt attempt, IOException e) {
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
        return new AcsClientException(service.name() + " " + op.action() + " failed: " + what + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                + " on attempt " + attempt.number + ".", e, attempt.number, retryable);
    }

    /** @return the delay before the next attempt, or -1 to stop (strategy, idempotency or deadline) */
    long nextDelay(Operation<?, ?> op, Attempt attempt, AcsException failure, long deadline) {
        boolean mayHaveBeenProcessed = attempt.requestMayHaveBeenSent()
                && !(failure instanceof AcsServiceException && ((AcsServiceException) failure).isThrottling());
        long delay = retry.delayBeforeNextAttempt(
                new RetryContext(attempt.number, failure, op.idempotent(), mayHaveBeenProcessed));
        if (delay >= 0 && deadline > 0 && config.clock.millis() + delay >= deadline) {
            delay = -1;
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {} failed after {} ms: {}; {}", service.name(), op.action(), attempt.number,
                    attempt.elapsedMillis(), failure.getMessage(),
                    delay < 0 ? "not retrying" : "retrying in " + delay + " ms");
        }
        return delay;
    }

    private void logSuccess(Operation<?, ?> op, Attempt attempt, Response response) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {}: HTTP {} in {} ms", service.name(), op.action(), attempt.number,
                    response.code(), attempt.elapsedMillis());
        }
    }

    private long deadline() {
        return config.callTimeout == null ? 0 : config.clock.millis() + config.callTimeout.toMillis();
    }

    private void limit(Call call, long deadline, Operation<?, ?> op) {
        if (deadline > 0) {
            long remaining = deadline - config.clock.millis();
            if (remaining <= 0) {
                throw new AcsClientException(service.name() + " " + op.action() + " ran out of its call timeout ("
                        + config.callTimeout + ").");
            }
            call.timeout().timeout(remaining, TimeUnit.MILLISECONDS);
        }
    }

    private void sleep(long delay, Operation<?, ?> op, AcsException failure) {
        if (delay == 0) {
            return;
        }
        try {
            retry.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            AcsClientException ex = new AcsClientException(service.name() + " " + op.action()
                    + " was interrupted while waiting to retry.", e);
            ex.addSuppressed(failure);
            throw ex;
        }
    }

    /** @return the OkHttp client calls go through */
    public OkHttpClient httpClient() {
        return http.client();
    }

    /** Releases the connection pool and threads, unless the OkHttp client was supplied by the user. */
    @Override
    public void close() {
        http.close();
    }
}
