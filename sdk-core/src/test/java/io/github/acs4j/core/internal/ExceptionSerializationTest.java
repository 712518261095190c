package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Exceptions from real failed calls survive Java serialization (as they must to cross RMI, a distributed
 * cache or a worker boundary) with their code, status, RequestId, message and attempts.
 */
class ExceptionSerializationTest {

    static <T extends Throwable> T callFails(MockWebServer server, RetryStrategy retry, Class<T> type) {
        ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("LTAIserialKey", "serial-secret"), SignatureVersion.V1,
                retry.toBuilder().sleeper(ms -> { }).build(), null, null, null, null, null, null, Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
            return assertThrows(type, () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
    }

    @Test
    void aServiceExceptionKeepsCodeStatusRequestIdMessageAndAttempts() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "ser-r1").setHeader("x-acs-retry-after", "5"));
            server.enqueue(Bodies.error(404, "Contact.NotFound", "The contact 42 does not exist.", "ser-r2"));
            server.start();
            AcsServiceException e = callFails(server, RetryStrategy.standard(), AcsServiceException.class);
            AcsServiceException back = Thrown.roundTrip(e);
            assertEquals("Contact.NotFound", back.errorCode());
            assertEquals(404, back.httpStatus());
            assertEquals("ser-r2", back.requestId());
            assertEquals(2, back.attempts());
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals("The contact 42 does not exist.", back.errorMessage());
            assertEquals(e.hostId(), back.hostId());
            assertEquals(e.recommend(), back.recommend());
        }
    }

    @Test
    void aClientExceptionKeepsMessageAttemptsRetryabilityAndCause() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            server.start();
            AcsClientException e = callFails(server, RetryStrategy.none(), AcsClientException.class);
            AcsClientException back = Thrown.roundTrip(e);
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals(1, back.attempts());
            assertEquals(e.isRetryable(), back.isRetryable());
            assertNotNull(back.getCause());
            assertEquals(e.getCause().getClass(), back.getCause().getClass());
        }
    }
}
