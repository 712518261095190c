package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
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
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retry and no-duplicate rules of the pipeline, over real HTTP, with one idempotent and one
 * non-idempotent operation of a test product.
 */
class PipelineRetryTest {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Test", "2020-01-01", Endpoints.CMS,
            AcsServiceException::new, false, false);
    static final Operation<Map<String, String>, String> CREATE = op("CreateThing", false);
    static final Operation<Map<String, String>, String> GET = op("GetThing", true);

    MockWebServer server;
    List<Long> sleeps = new ArrayList<>();

    static Operation<Map<String, String>, String> op(String action, boolean idempotent) {
        return Operation.of(SERVICE, action, idempotent, r -> { },
                (r, w) -> r.forEach(w::put), (body, meta) -> Json.text(body, "RequestId") + "/" + meta.attempts());
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    ClientRuntime runtime(RetryStrategy strategy, URI endpoint) {
        RetryStrategy s = strategy.toBuilder().sleeper(sleeps::add).random(() -> 0.5).build();
        ClientConfiguration c = new ClientConfiguration(null, endpoint,
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, s,
                Duration.ofSeconds(2), Duration.ofSeconds(3), null, null, null, null, java.time.Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
        return new ClientRuntime(SERVICE, c);
    }

    ClientRuntime runtime(RetryStrategy strategy) {
        return runtime(strategy, server.url("/").uri());
    }

    static Map<String, String> params() {
        Map<String, String> m = new TreeMap<>();
        m.put("Name", "x");
        return m;
    }

    @Test
    void throttledThenOkSucceedsOnSecondAttemptWithFreshNonce() throws Exception {
        server.enqueue(Bodies.error(429, "Throttling.User", "Request was denied due to user flow control.", "r1"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            assertEquals("r2/2", rt.invoke(GET, params()));
        }
        assertEquals(2, server.getRequestCount());
        FormRequest first = FormRequest.of(server.takeRequest());
        FormRequest second = FormRequest.of(server.takeRequest());
        assertNotEquals(first.param("SignatureNonce"), second.param("SignatureNonce"));
        assertTrue(second.v1SignatureVerifies("testsecret"));
        // throttled: base 1 s, first retry, jitter 0.5 -> 500 ms
        assertEquals(java.util.Collections.singletonList(500L), sleeps);
    }

    @Test
    void retryAfterHintIsHonoured() throws Exception {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1").setHeader("x-acs-retry-after", "1234"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            assertEquals("r2/2", rt.invoke(GET, params()));
        }
        assertEquals(java.util.Collections.singletonList(1234L), sleeps);
    }

    @Test
    void nonIdempotentCallIsNotRepeatedAfterTheConnectionDropsPostRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"dup\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, params()));
            assertEquals(1, e.attempts());
            assertTrue(e.getMessage().contains("after the request was sent"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void nonIdempotentCallIsNotRepeatedAfterReadTimeout() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, params()));
            assertTrue(e.getMessage().contains("timed out waiting"), e.getMessage());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void nonIdempotentCallIsNotRepeatedAfter503() {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(CREATE, params()));
            assertEquals(503, e.httpStatus());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void nonIdempotentCallIsRetriedWhenThrottled() {
        server.enqueue(Bodies.error(429, "Throttling", "slow down", "r1"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            assertEquals("r2/2", rt.invoke(CREATE, params()));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void idempotentCallIsRetriedAfterTheConnectionDrops() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            assertEquals("r2/2", rt.invoke(GET, params()));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void connectFailureIsRetriedEvenForNonIdempotentCalls() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (ClientRuntime rt = runtime(RetryStrategy.standard(), URI.create("http://127.0.0.1:" + closedPort))) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, params()));
            assertEquals(3, e.attempts());
            assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
        }
        assertEquals(2, sleeps.size());
    }

    @Test
    void noneMakesExactlyOneRequest() {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = runtime(RetryStrategy.none())) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(GET, params()));
            assertEquals(1, e.attempts());
            assertTrue(e.isRetryable());
        }
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void giveUpAfterMaxAttemptsWithCountInException() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.error(500, "InternalError", "oops", "r" + i));
        }
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(GET, params()));
            assertEquals(3, e.attempts());
            assertEquals("r2", e.requestId());
            assertTrue(e.getMessage().contains("Attempts: 3"), e.getMessage());
        }
        assertEquals(3, server.getRequestCount());
        // full jitter at 0.5: 100 ms then 200 ms
        assertEquals(java.util.Arrays.asList(50L, 100L), sleeps);
    }

    @Test
    void nonRetryableErrorIsNotRetried() {
        server.enqueue(Bodies.error(400, "InvalidParameter", "bad", "r1"));
        try (ClientRuntime rt = runtime(RetryStrategy.standard())) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(GET, params()));
            assertFalse(e.isRetryable());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void unreadableBodyBecomesClientExceptionSayingWhatCameBack() {
        server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><body>Bad Gateway</body></html>"));
        try (ClientRuntime rt = runtime(RetryStrategy.none())) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(GET, params()));
            assertTrue(e.getMessage().contains("HTTP 502"), e.getMessage());
            assertTrue(e.getMessage().contains("text/html"), e.getMessage());
            assertTrue(e.getMessage().contains("<html><body>Bad Gateway"), e.getMessage());
            assertTrue(e.isRetryable());
        }
    }

    @Test
    void truncatedJsonIsAClientException() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\",\"Contact"));
        try (ClientRuntime rt = runtime(RetryStrategy.none())) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(GET, params()));
            assertTrue(e.getMessage().contains("Unreadable response to Test GetThing: HTTP 200"), e.getMessage());
        }
    }

    @Test
    void callTimeoutBoundsAllAttempts() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, RetryStrategy.standard(),
                null, Duration.ofSeconds(30), Duration.ofMillis(300), null, null, null, java.time.Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
        try (ClientRuntime rt = new ClientRuntime(SERVICE, c)) {
            long start = System.nanoTime();
            assertThrows(AcsClientException.class, () -> rt.invoke(GET, params()));
            // the 30 s read timeout did not apply: the call timeout cut it short
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
        }
    }
}
