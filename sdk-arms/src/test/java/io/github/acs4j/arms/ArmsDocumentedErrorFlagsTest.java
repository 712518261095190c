package io.github.acs4j.arms;

import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The ARMS model marks {@code AccountUidAccessError} retryable: an idempotent call is repeated up to the
 * strategy's 3 attempts, the non-idempotent {@code CreateAlertContact} never once the request was sent.
 */
class ArmsDocumentedErrorFlagsTest {
    MockWebServer server;
    ArmsClient arms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        arms = ArmsTestSupport.client(server).build();
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.error(500, ArmsErrorCodes.ACCOUNT_UID_ACCESS_ERROR, "try later", "R" + i));
        }
    }

    @AfterEach
    void stop() throws IOException {
        arms.close();
        server.shutdown();
    }

    @Test
    void aRetryableCodeIsRetriedOnAnIdempotentCall() {
        ArmsException e = assertThrows(ArmsException.class, () -> arms.deleteAlertContact(b -> b.contactId(12L)));
        assertEquals(3, e.attempts());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aRetryableCodeIsNeverRetriedOnANonIdempotentCall() {
        ArmsException e = assertThrows(ArmsException.class,
                () -> arms.createAlertContact(b -> b.contactName("Alice").email("alice@example.com")));
        assertEquals(1, e.attempts());
        assertEquals(1, server.getRequestCount());
    }
}
