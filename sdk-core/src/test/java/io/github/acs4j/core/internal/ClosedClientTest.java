package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.RequestOverride;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A closed client, blocking or async, directly or through an override view, refuses new calls and sends nothing. */
class ClosedClientTest {
    MockWebServer server;
    ClientRuntime rt;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        rt = new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, RetryStrategy.standard(),
                Duration.ofSeconds(2), Duration.ofSeconds(5), null, null, null, null, Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void aClosedBlockingClientRefusesNewCalls() {
        rt.close();
        refused(assertThrows(AcsClientException.class, () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())));
    }

    @Test
    void aViewOfAClosedClientRefusesNewCallsWhetherMadeBeforeOrAfterTheClose() {
        RequestOverride timeout = RequestOverride.of(o -> o.callTimeout(Duration.ofSeconds(5)));
        ClientRuntime before = rt.withOverride(timeout);
        rt.close();
        ClientRuntime after = rt.withOverride(timeout);
        refused(assertThrows(AcsClientException.class, () -> before.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())));
        refused(assertThrows(AcsClientException.class, () -> after.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())));
    }

    @Test
    void aClosedAsyncClientFailsTheFuture() {
        rt.close();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
        refused(assertInstanceOf(AcsClientException.class, e.getCause()));
    }

    private void refused(AcsClientException e) {
        assertEquals("Test GetThing was not sent: the client is closed.", e.getMessage());
        assertEquals(0, e.attempts());
        assertEquals(0, server.getRequestCount());
    }
}
