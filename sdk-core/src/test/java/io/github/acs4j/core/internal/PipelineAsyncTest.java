package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ClientRuntime#invokeAsync} over real HTTP: the same rules as the blocking path, without a blocked thread. */
class PipelineAsyncTest {
    MockWebServer server;
    ClientRuntime rt;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1,
                RetryStrategy.builder().random(() -> 0.0).build(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                null, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
        rt = new ClientRuntime(PipelineRetryTest.SERVICE, c);
    }

    @AfterEach
    void stop() throws IOException {
        rt.close();
        server.shutdown();
    }

    static <T> Throwable failureOf(CompletableFuture<T> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test
    void asyncSuccess() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        assertEquals("r1/1", rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
        FormRequest r = FormRequest.of(server.takeRequest());
        assertEquals("GetThing", r.param("Action"));
        assertTrue(r.v1SignatureVerifies("testsecret"));
    }

    @Test
    void asyncRetryAfterThrottlingMakesTwoRequests() throws Exception {
        server.enqueue(Bodies.error(429, "Throttling.User", "Request was denied due to user flow control.", "r1"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        assertEquals("r2/2", rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void asyncNonIdempotentCallIsNotRepeatedAfterTheConnectionDropsPostRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"dup\"}"));
        Throwable cause = failureOf(rt.invokeAsync(PipelineRetryTest.CREATE, PipelineRetryTest.params()));
        AcsClientException e = assertInstanceOf(AcsClientException.class, cause);
        assertEquals(1, e.attempts());
        assertTrue(e.getMessage().contains("after the request was sent"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void asyncServiceErrorFailsTheFutureWithTheTypedException() {
        server.enqueue(Bodies.error(400, "InvalidParameter", "bad", "r1"));
        Throwable cause = failureOf(rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()));
        assertEquals("InvalidParameter",
                assertInstanceOf(io.github.acs4j.core.exception.AcsServiceException.class, cause).errorCode());
    }

    @Test
    void invalidInputFailsTheFutureAndSendsNothing() {
        Throwable cause = failureOf(rt.invokeAsync(PipelineRetryTest.GET, null));
        assertTrue(cause.getMessage().contains("the request is null"), cause.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancellingTheFutureCancelsTheCallInFlight() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"late\"}"));
        CompletableFuture<String> f = rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params());
        assertNotNull(server.takeRequest(30, TimeUnit.SECONDS), "the server saw the request");
        assertTrue(f.cancel(true));
        assertTrue(f.isCancelled());
        assertThrows(CancellationException.class, f::join);
        // the OkHttp call is cancelled, not left running until the read timeout
        for (int i = 0; i < 300 && rt.httpClient().dispatcher().runningCallsCount() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, rt.httpClient().dispatcher().runningCallsCount());
        assertEquals(0, rt.httpClient().dispatcher().queuedCallsCount());
        assertEquals(1, server.getRequestCount(), "no retry after cancellation");
    }

    @Test
    void closingTheClientCompletesACallWaitingToRetry() throws Exception {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        java.util.concurrent.CountDownLatch retryScheduled = new java.util.concurrent.CountDownLatch(1);
        io.github.acs4j.core.client.ExecutionInterceptor watch = new io.github.acs4j.core.client.ExecutionInterceptor() {
            @Override
            public void onFailure(io.github.acs4j.core.client.AttemptContext a,
                                  io.github.acs4j.core.exception.AcsException failure, boolean retrying) {
                if (retrying) {
                    retryScheduled.countDown();
                }
            }
        };
        ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1,
                RetryStrategy.builder().baseDelay(Duration.ofSeconds(1)).random(() -> 0.5).build(), null, null, null,
                null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES,
                Collections.singletonList(watch), null);
        ClientRuntime closing = new ClientRuntime(PipelineRetryTest.SERVICE, c);
        CompletableFuture<String> f = closing.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params());
        assertTrue(retryScheduled.await(30, TimeUnit.SECONDS));
        closing.close();
        Throwable cause = failureOf(f);
        assertTrue(cause.getMessage().contains("the client was closed before attempt 2"), cause.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void manyCallsInFlightAtOnceAllComplete() throws Exception {
        // more calls than OkHttp allows per host by default, all in flight at once
        int n = 8;
        for (int i = 0; i < n; i++) {
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\"}").setBodyDelay(100, TimeUnit.MILLISECONDS));
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<String>[] all = new CompletableFuture[n];
        for (int i = 0; i < n; i++) {
            all[i] = rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params());
        }
        CompletableFuture.allOf(all).get(30, TimeUnit.SECONDS);
        assertEquals(Collections.nCopies(n, "r/1"), java.util.Arrays.stream(all).map(CompletableFuture::join)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(n, server.getRequestCount());
    }
}
