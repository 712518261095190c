package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The call timeout bounds the whole call, credential resolution included: a provider that takes 5 s under a
 * 1 s call timeout fails the call at about 1 s, sync and async, and nothing is sent.
 */
class CallTimeoutCoversCredentialsTest {
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);

    MockWebServer server;
    final SlowProvider slow = new SlowProvider();

    /** Answers after 5 s (or when the test ends, so no thread outlives it for long). */
    static final class SlowProvider implements CredentialsProvider {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public Credentials resolveCredentials() {
            asked.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Credentials.of("testid", "testsecret");
        }

        @Override
        public String toString() {
            return "SlowProvider";
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        slow.release.countDown();
        server.shutdown();
    }

    ClientRuntime runtime(CredentialsProvider provider, Duration callTimeout) {
        return new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                provider, SignatureVersion.V1, RetryStrategy.standard(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                callTimeout, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    static void ranOut(AcsClientException e) {
        assertEquals("Test GetThing ran out of its call timeout (PT1S) while resolving credentials from SlowProvider.",
                e.getMessage());
        assertEquals(0, e.attempts());
    }

    @Test
    void aSlowProviderFailsABlockingCallAtTheCallTimeout() {
        try (ClientRuntime rt = runtime(slow, CALL_TIMEOUT)) {
            long start = System.nanoTime();
            ranOut(assertThrows(AcsClientException.class, () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 900 && millis < 4_000, millis + " ms"); // not the provider's 5 s
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aSlowProviderFailsAnAsyncCallAtTheCallTimeout() throws Exception {
        try (ClientRuntime rt = runtime(slow, CALL_TIMEOUT)) {
            long start = System.nanoTime();
            CompletableFuture<String> f = rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params());
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
            long millis = (System.nanoTime() - start) / 1_000_000;
            ranOut(assertInstanceOf(AcsClientException.class, e.getCause()));
            assertTrue(millis >= 900 && millis < 4_000, millis + " ms");
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void concurrentCallersShareOneResolution() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (ClientRuntime rt = runtime(slow, CALL_TIMEOUT)) {
            List<CompletableFuture<Throwable>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params());
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                }, threads));
            }
            for (CompletableFuture<Throwable> c : callers) {
                ranOut(assertInstanceOf(AcsClientException.class, c.get(30, TimeUnit.SECONDS)));
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(1, slow.asked.get(), "one resolution held one thread, whatever the number of callers");
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anInterruptWhileWaitingForTheProviderEndsTheCallAtOnce() throws Exception {
        try (ClientRuntime rt = runtime(slow, Duration.ofSeconds(30))) {
            CompletableFuture<Throwable> thrown = new CompletableFuture<>();
            CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params());
                    thrown.complete(null);
                } catch (Throwable t) {
                    thrown.complete(t);
                }
                flagKept.complete(Thread.currentThread().isInterrupted());
            });
            caller.start();
            Thread.sleep(300);
            caller.interrupt();
            AcsClientException e = assertInstanceOf(AcsClientException.class, thrown.get(3, TimeUnit.SECONDS));
            assertEquals("Test GetThing was interrupted while resolving credentials from SlowProvider (nothing was sent).",
                    e.getMessage());
            assertTrue(flagKept.get(3, TimeUnit.SECONDS));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aProviderThatAnswersInTimeSigns() throws Exception {
        slow.release.countDown();
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        try (ClientRuntime rt = runtime(slow, CALL_TIMEOUT)) {
            assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
        assertEquals("testid", io.github.acs4j.core.testing.FormRequest.of(server.takeRequest()).param("AccessKeyId"));
    }
}
