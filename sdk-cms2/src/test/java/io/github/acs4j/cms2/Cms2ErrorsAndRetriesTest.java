package io.github.acs4j.cms2;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor 2.0's error answers map into {@link Cms2Exception} with code, status and requestId; the creates
 * (POST) are never repeated once the request may have arrived, the other calls are retried.
 */
class Cms2ErrorsAndRetriesTest extends Cms2WireTest {
    @Test
    void aDocumentedErrorBecomesACms2ExceptionWithCodeStatusAndRequestId() {
        server.enqueue(Cms2TestSupport.error(404, "ResourceNotFound", "contact c-9 not found"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            Cms2Exception e = assertThrows(Cms2Exception.class, () -> cms.updateContact(u -> u.contactId("c-9").name("x")));
            assertEquals(Cms2ErrorCodes.RESOURCE_NOT_FOUND, e.errorCode());
            assertEquals(404, e.httpStatus());
            assertEquals("E-404", e.requestId());
            assertEquals(1, e.attempts());
        }
    }

    @Test
    void resourceExistOnACreateIsNotRetried() {
        server.enqueue(Cms2TestSupport.error(400, "ResourceExist", "Resource already exist"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            Cms2Exception e = assertThrows(Cms2Exception.class, () -> cms.createContact(c -> c.contactId("c-1").name("x")));
            assertEquals(Cms2ErrorCodes.RESOURCE_EXIST, e.errorCode());
        }
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aCreateIsNeverRepeatedAfterA503OrADroppedAnswer() {
        server.enqueue(Cms2TestSupport.error(503, "ServiceUnavailable", "busy"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"never\",\"contactId\":\"c-2\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            Cms2Exception e = assertThrows(Cms2Exception.class, () -> cms.createContact(c -> c.name("x")));
            assertEquals(1, e.attempts());
            assertEquals(1, server.getRequestCount());
            AcsClientException dropped = assertThrows(AcsClientException.class,
                    () -> cms.createAlertWebhook(w -> w.name("ops").url("https://hooks.example.com/alert")));
            assertEquals(2, server.getRequestCount(), dropped.getMessage());
        }
        // the success queued third was never asked for: a retry would have taken it
    }

    @Test
    void aCreateAnsweredWithThrottlingIsRetriedBecauseItWasNotProcessed() {
        server.enqueue(Cms2TestSupport.error(429, "Throttling.User", "slow down"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-ok\",\"contactId\":\"c-3\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            assertEquals("c-3", cms.createContact(c -> c.name("x")).contactId());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void idempotentCallsAreRetriedAfterA503AndADroppedAnswer() {
        server.enqueue(Cms2TestSupport.error(503, "ServiceUnavailable", "busy"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-ok\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            assertEquals(3, cms.deleteAlertWebhooks(d -> d.webhookIds("w-1")).metadata().attempts());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void anErrorEchoingTheRequestMasksTheEmailPhoneAndWebhookUrl() {
        server.enqueue(Cms2TestSupport.error(400, "InvalidParameter",
                "email alice@example.com phone 13800000000 url https://oapi.dingtalk.com/robot/send?access_token=tok123 is missing or invalid"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            Cms2Exception e = assertThrows(Cms2Exception.class, () -> cms.createContact(c -> c.name("x")
                    .email("alice@example.com").phone("13800000000")));
            String all = Thrown.allText(e);
            assertFalse(all.contains("alice@example.com") || all.contains("13800000000") || all.contains("tok123"), all);
            assertTrue(all.contains("InvalidParameter"), all);
        }
    }
}
