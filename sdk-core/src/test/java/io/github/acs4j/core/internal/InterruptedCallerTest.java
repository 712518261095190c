package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interrupted blocking caller gets an exception at once, keeps its interrupt flag, and {@code attempts()}
 * counts the requests that went out: during backoff, while a silent server holds the answer (the OkHttp call
 * is cancelled: the read timeout is a minute), and when already interrupted on entry.
 */
class InterruptedCallerTest {
    /** Far more than any wait below, so only the interrupt can end the call in time. */
    static final Duration LONG = Duration.ofSeconds(60);

    MockWebServer server;
    ClientRuntime rt;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rt = new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1,
                RetryStrategy.builder().baseDelay(LONG).maxBackoff(LONG).random(() -> 1.0).build(),
                Duration.ofSeconds(2), LONG, null, null, null, null, Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stop() throws IOException {
        rt.close();
        server.shutdown();
    }

    /** What the caller's thread saw: the exception, its interrupt flag afterwards, and how long it took. */
    static final class Outcome {
        Throwable thrown;
        boolean stillInterrupted;
        long millis;
    }

    /** Starts a call on its own thread, interrupts it once the server has the request, and waits for it. */
    Outcome interruptAfterRequests(int requests, boolean interruptFirst) throws Exception {
        Outcome o = new Outcome();
        CompletableFuture<Long> interruptedAt = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            if (interruptFirst) {
                Thread.currentThread().interrupt();
            }
            try {
                rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params());
            } catch (Throwable t) {
                o.thrown = t;
            }
            o.stillInterrupted = Thread.currentThread().isInterrupted();
            o.millis = interruptedAt.isDone() ? (System.nanoTime() - interruptedAt.getNow(0L)) / 1_000_000 : 0;
        });
        caller.start();
        for (int i = 0; i < requests; i++) {
            assertNotNull(server.takeRequest(10, TimeUnit.SECONDS), "request " + (i + 1));
        }
        if (!interruptFirst) {
            Thread.sleep(200); // let the caller settle into its wait: a blocked read, or the backoff sleep
            interruptedAt.complete(System.nanoTime());
            caller.interrupt();
        }
        caller.join(TimeUnit.SECONDS.toMillis(20));
        assertTrue(!caller.isAlive(), "the caller is still blocked");
        return o;
    }

    @Test
    void interruptedDuringBackoffAfterOne503() throws Exception {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        Outcome o = interruptAfterRequests(1, false);
        AcsClientException e = assertInstanceOf(AcsClientException.class, o.thrown);
        assertEquals("Test GetThing was interrupted while waiting to retry (1 request sent).", e.getMessage());
        assertEquals(1, e.attempts());
        assertTrue(o.stillInterrupted);
        assertTrue(o.millis < 5_000, o.millis + " ms"); // the backoff was 60 s
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void interruptedWhileASilentServerHoldsTheAnswer() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Outcome o = interruptAfterRequests(1, false);
        AcsClientException e = assertInstanceOf(AcsClientException.class, o.thrown);
        assertEquals("Test GetThing was interrupted while waiting for the answer (1 request sent).", e.getMessage());
        assertEquals(1, e.attempts());
        assertTrue(o.stillInterrupted);
        assertTrue(o.millis < 5_000, o.millis + " ms"); // the read timeout was 60 s
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void interruptedBeforeTheCallSendsNothing() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        Outcome o = interruptAfterRequests(0, true);
        AcsClientException e = assertInstanceOf(AcsClientException.class, o.thrown);
        assertEquals("Test GetThing was interrupted before it started (nothing was sent).", e.getMessage());
        assertEquals(0, e.attempts());
        assertTrue(o.stillInterrupted);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUninterruptedCallerIsUnaffected() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        assertTrue(!Thread.currentThread().isInterrupted());
    }
}
