package io.github.acs4j.core.internal;

import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one request pipeline: validate, write parameters, sign, send, classify, retry, parse. Product
 * clients hold one and hand it {@link Operation}s, to run on the calling thread ({@link #invoke}) or
 * without blocking ({@link #invokeAsync}); both drive the same {@link Exchange}. Thread-safe.
 */
public final class ClientRuntime implements AutoCloseable {
    private static final AtomicInteger SCHEDULER_IDS = new AtomicInteger();

    final ServiceDescriptor service;
    final ClientConfiguration config;
    final HttpClientHolder http;
    final RequestFactory requests;
    final RoaRequestFactory roaRequests;
    final ResponseHandler responses;
    final RetryStrategy retry;
    final URI endpoint;
    final BoundedCredentials credentials;
    private final RequestOverride override;
    private final ClientRuntime parent;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean closed;

    /**
     * @param service the product
     * @param config the client's options
     */
    public ClientRuntime(ServiceDescriptor service, ClientConfiguration config) {
        Warmup.start();
        this.service = service;
        this.config = config;
        URI configured = config.endpointOverride != null ? config.endpointOverride
                : service.endpoints().resolve(config.region);
        HttpUrl url = HttpUrl.get(configured).newBuilder().encodedPath("/").query(null).build();
        this.endpoint = url.uri();
        this.http = new HttpClientHolder(config);
        String userAgent = UserAgent.of(service, config.userAgentSuffix);
        this.requests = new RequestFactory(url, userAgent, service.apiVersion(),
                config.signatureVersion != null ? config.signatureVersion : service.defaultSignature(), config.clock);
        this.roaRequests = new RoaRequestFactory(url, userAgent, service.apiVersion(),
                requests::timestamp, RequestFactory::nonce);
        this.responses = new ResponseHandler(service, config.maxResponseBytes);
        this.retry = config.retryStrategy;
        this.credentials = new BoundedCredentials(config.credentialsProvider);
        this.override = RequestOverride.NONE;
        this.parent = null;
    }

    private ClientRuntime(ClientRuntime parent, RequestOverride override) {
        this.service = parent.service;
        this.config = parent.config;
        this.endpoint = parent.endpoint;
        this.http = parent.http;
        this.requests = parent.requests;
        this.roaRequests = parent.roaRequests;
        this.responses = parent.responses;
        this.retry = parent.retry;
        this.credentials = parent.credentials;
        this.override = override;
        this.parent = parent;
    }

    /**
     * A view of this runtime whose calls use the override's settings; it shares connections and threads,
     * and closing it does nothing.
     *
     * @param override the settings to replace
     * @return the view
     */
    public ClientRuntime withOverride(RequestOverride override) {
        return new ClientRuntime(root(), override == null ? RequestOverride.NONE : override);
    }

    /**
     * Runs a call to completion on the calling thread, retrying as the strategy allows. An interrupt ends it at
     * once (the OkHttp call in flight is cancelled), leaving the thread's interrupt flag set.
     *
     * @param op the operation
     * @param request the request
     * @param <Q> request type
     * @param <R> response type
     * @return the response
     * @throws AcsServiceException when the service answers with an error
     * @throws AcsClientException when the input is invalid, no usable answer came back, the thread was
     *         interrupted or the client is closed
     */
    public <Q, R> R invoke(Operation<Q, R> op, Q request) {
        Exchange<R> exchange = new Exchange<>(this, op, request, callTimeout());
        AcsException failure = null;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw exchange.interrupted(failure == null ? "before it started" : "before it could retry", failure, null);
            }
            Call call = exchange.nextAttempt();
            // a blocked socket read does not notice an interrupt: the watch cancels the call instead
            InterruptWatch.Slot watched = InterruptWatch.enter(call);
            try (Response response = call.execute()) {
                return exchange.received(call, response);
            } catch (AcsException e) {
                failure = e;
            } catch (IOException e) {
                failure = exchange.transportFailure(call, e);
                if (Thread.currentThread().isInterrupted()) {
                    throw exchange.interrupted("while waiting for the answer", failure, null);
                }
            } finally {
                InterruptWatch.exit(watched);
            }
            long delay = exchange.retryDelay(call, failure);
            if (delay < 0) {
                throw failure;
            }
            if (delay > 0) {
                try {
                    retry.sleeper().sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw exchange.interrupted("while waiting to retry", failure, e);
                }
            }
        }
    }

    /**
     * Runs a call without blocking: attempts go through OkHttp's asynchronous calls and backoff is scheduled,
     * so no thread waits on the call. Invalid input fails the future (nothing is sent). Cancelling the
     * future cancels the attempt in flight.
     *
     * @param op the operation
     * @param request the request
     * @param <Q> request type
     * @param <R> response type
     * @return the response, or the same exceptions as {@link #invoke}
     */
    public <Q, R> CompletableFuture<R> invokeAsync(Operation<Q, R> op, Q request) {
        Exchange<R> exchange;
        try {
            exchange = new Exchange<>(this, op, request, callTimeout());
        } catch (RuntimeException e) {
            CompletableFuture<R> failed = new CompletableFuture<>();
            failed.completeExceptionally(e);
            return failed;
        }
        AsyncCall<R> call = new AsyncCall<>(this, exchange);
        call.attempt();
        return call;
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
        if (op.fillsRegionId() && !writer.has("RegionId") && config.region != null) {
            writer.put("RegionId", config.region);
        }
        return params;
    }

    /** Validates a REST-style request and writes it: path, query, headers and JSON body. */
    <Q> RoaMessage prepareRoa(Operation<Q, ?> op, Q request) {
        if (request == null) {
            throw new AcsClientException("Invalid " + op.action() + " request: the request is null. Nothing was sent.");
        }
        op.validate(request);
        try {
            return RoaMessage.of(op.roaRoute(), request);
        } catch (IllegalArgumentException e) {
            throw new AcsClientException("Invalid " + op.action() + " request: " + e.getMessage() + ". Nothing was sent.", e);
        }
    }

    private Duration callTimeout() {
        return override.callTimeout() != null ? override.callTimeout() : config.callTimeout;
    }

    /** The retry scheduler: created with the first async retry, one daemon thread, shut down by {@link #close()}. */
    ScheduledExecutorService scheduler() {
        ClientRuntime root = root();
        ScheduledExecutorService s = root.scheduler;
        if (s == null) {
            synchronized (root) {
                s = root.scheduler;
                if (s == null) {
                    if (root.closed) {
                        throw new java.util.concurrent.RejectedExecutionException("the client is closed");
                    }
                    String name = "acs4j-" + service.name() + "-retry-" + SCHEDULER_IDS.incrementAndGet();
                    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, name);
                        t.setDaemon(true);
                        return t;
                    });
                    e.setRemoveOnCancelPolicy(true);
                    s = e;
                    root.scheduler = s;
                }
            }
        }
        return s;
    }

    /** @return whether {@link #close()} was called on this runtime (or the one a view came from) */
    boolean isClosed() {
        return root().closed;
    }

    private ClientRuntime root() {
        return parent == null ? this : parent;
    }

    /** @return the OkHttp client calls go through */
    public OkHttpClient httpClient() {
        return http.client();
    }

    /**
     * Releases the connection pool and threads (the OkHttp client's only when acs4j created it). A view made
     * by {@link #withOverride} owns nothing: closing it does nothing.
     */
    @Override
    public void close() {
        if (parent != null) {
            return;
        }
        ScheduledExecutorService s;
        synchronized (this) {
            closed = true;
            s = scheduler;
        }
        if (s != null) {
            // not shutdownNow: a pending retry still runs, fails to send on the closed client and so
            // completes its future, instead of leaving it hanging
            s.shutdown();
        }
        http.close();
    }
}
