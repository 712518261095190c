package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proxy with authentication, a user's OkHttp client, per-request override, User-Agent and interceptors, over HTTP. */
class HttpOptionsTest {
    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    ClientConfiguration config(URI endpoint, Duration readTimeout, Proxy proxy, OkHttpClient http, String suffix,
                               List<ExecutionInterceptor> interceptors, Authenticator proxyAuth) {
        return new ClientConfiguration(null, endpoint, StaticCredentialsProvider.create("testid", "testsecret"),
                SignatureVersion.V1, RetryStrategy.builder().random(() -> 0.0).build(), Duration.ofSeconds(2),
                readTimeout, null, proxy, http, suffix, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES,
                interceptors, proxyAuth);
    }

    ClientConfiguration config(List<ExecutionInterceptor> interceptors) {
        return config(server.url("/").uri(), Duration.ofSeconds(5), null, null, null, interceptors, null);
    }

    @Test
    void userAgentCarriesSdkJavaOsAndTheSuffix() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, config(server.url("/").uri(),
                null, null, null, " my-app/1.2 ", Collections.<ExecutionInterceptor>emptyList(), null))) {
            rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params());
        }
        String ua = server.takeRequest().getHeader("User-Agent");
        String expectedTail = " (Java/" + System.getProperty("java.version") + "; " + System.getProperty("os.name") + "/"
                + System.getProperty("os.version") + ") Test/2020-01-01 my-app/1.2";
        assertTrue(ua.startsWith("acs4j/") && ua.endsWith(expectedTail), ua);
    }

    @Test
    void proxyWithAuthenticationAnswersTheChallenge() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"via-proxy\"}"));
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
        String basic = okhttp3.Credentials.basic("proxyuser", "proxy-pass");
        Authenticator auth = (route, response) -> response.request().header("Proxy-Authorization") != null ? null
                : response.request().newBuilder().header("Proxy-Authorization", basic).build();
        // the target is never contacted: the proxy (MockWebServer) answers for it
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, config(URI.create("http://127.0.0.1:9/"),
                Duration.ofSeconds(5), proxy, null, null, Collections.<ExecutionInterceptor>emptyList(), auth))) {
            assertEquals("via-proxy/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
        RecordedRequest challenged = server.takeRequest();
        assertEquals("POST http://127.0.0.1:9/ HTTP/1.1", challenged.getRequestLine());
        assertEquals(null, challenged.getHeader("Proxy-Authorization"));
        assertEquals(basic, server.takeRequest().getHeader("Proxy-Authorization"));
    }

    @Test
    void aUserSuppliedOkHttpClientCarriesTheCallsAndIsNotClosed() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        OkHttpClient mine = new OkHttpClient.Builder().addInterceptor(chain -> {
            seen.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, config(server.url("/").uri(),
                null, null, mine, null, Collections.<ExecutionInterceptor>emptyList(), null))) {
            assertEquals("r1/1", rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, seen.get());
        assertFalse(mine.dispatcher().executorService().isShutdown());
        try (Response r = mine.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
            assertEquals(200, r.code());
        }
        mine.dispatcher().executorService().shutdown();
    }

    @Test
    void aPerRequestCallTimeoutOverridesTheClientsTimeouts() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"after\"}"));
        ClientConfiguration c = config(server.url("/").uri(), Duration.ofSeconds(60), null, null, null,
                Collections.<ExecutionInterceptor>emptyList(), null);
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
            ClientRuntime view = rt.withOverride(RequestOverride.of(o -> o.callTimeout(Duration.ofMillis(300))));
            AcsClientException e = assertThrows(AcsClientException.class,
                    () -> view.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
            // the call timeout cut it (not the 60 s read timeout, which is a SocketTimeoutException)
            assertInstanceOf(InterruptedIOException.class, e.getCause());
            assertFalse(e.getCause() instanceof SocketTimeoutException, e.getCause().toString());
            view.close(); // a view owns nothing: the client keeps working
            server.shutdown();
        }
    }

    @Test
    void closingAnOverrideViewLeavesTheClientWorking() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, config(Collections.emptyList()))) {
            rt.withOverride(RequestOverride.of(o -> o.callTimeout(Duration.ofSeconds(5)))).close();
            assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
    }

    /** Records every hook call as a line. */
    static final class Recorder implements ExecutionInterceptor {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeSend(AttemptContext a) {
            events.add("before " + a.action() + " #" + a.attempt() + " " + a.httpMethod() + " status=" + a.httpStatus());
        }

        @Override
        public void afterReceive(AttemptContext a) {
            events.add("after " + a.action() + " #" + a.attempt() + " status=" + a.httpStatus() + " id=" + a.requestId());
        }

        @Override
        public void onFailure(AttemptContext a, AcsException failure, boolean retrying) {
            events.add("failure " + a.action() + " #" + a.attempt() + " " + failure.getClass().getSimpleName()
                    + " retrying=" + retrying);
        }
    }

    static final List<String> EXPECTED = Arrays.asList(
            "before GetThing #1 POST status=0",
            "after GetThing #1 status=429 id=r1",
            "failure GetThing #1 AcsServiceException retrying=true",
            "before GetThing #2 POST status=0",
            "failure GetThing #2 AcsClientException retrying=true",
            "before GetThing #3 POST status=0",
            "after GetThing #3 status=200 id=r3");

    void enqueueThreeAttempts() {
        server.enqueue(Bodies.error(429, "Throttling", "slow down", "r1"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r3\"}"));
    }

    @Test
    void interceptorsSeeEveryAttemptOfABlockingCall() {
        enqueueThreeAttempts();
        Recorder rec = new Recorder();
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE,
                config(Collections.<ExecutionInterceptor>singletonList(rec)))) {
            assertEquals("r3/3", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
        assertEquals(EXPECTED, rec.events);
    }

    @Test
    void interceptorsSeeTheSameEventsForAnAsyncCall() throws Exception {
        enqueueThreeAttempts();
        Recorder rec = new Recorder();
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE,
                config(Collections.<ExecutionInterceptor>singletonList(rec)))) {
            assertEquals("r3/3", rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
        }
        assertEquals(EXPECTED, rec.events);
    }

    @Test
    void aFailingInterceptorDoesNotBreakTheCall() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext a) {
                throw new IllegalStateException("tracing bug");
            }
        };
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE,
                config(Collections.singletonList(broken)))) {
            assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
    }
}
