package io.github.acs4j.cms;

import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The flags of the CloudMonitor model's error codes decide retries before the generic rules: the numeric
 * {@code Code} 500 inside an HTTP 200 answer (which the generic rules, going by the status, never retried) is
 * retried, and a documented code marked not retryable is not, even under HTTP 503.
 */
class CmsDocumentedErrorFlagsTest {
    MockWebServer server;
    CmsClient cms;
    List<Long> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        cms = CmsTestSupport.client(server)
                .retryStrategy(RetryStrategy.builder().random(() -> 0.5).sleeper(sleeps::add).build()).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        server.shutdown();
    }

    @Test
    void aServerFailureCodeInAnHttp200AnswerIsRetriedAndCountedInAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.json(200, "{\"Code\":\"500\",\"Success\":false,\"Message\":\"failed\",\"RequestId\":\"R" + i + "\"}"));
        }
        CmsException e = assertThrows(CmsException.class, () -> cms.describeContactList(b -> b.pageNumber(1)));
        assertEquals(CmsErrorCodes.SERVER_ERROR, e.errorCode());
        assertEquals(3, e.attempts());
        assertEquals(3, server.getRequestCount());
        assertEquals("[50, 100]", sleeps.toString());
    }

    @Test
    void aDocumentedCodeMarkedNotRetryableIsNotRetriedEvenUnderHttp503() {
        server.enqueue(Bodies.error(503, "ContactNotExists", "ContactName does not exist.", "R1"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Success\":true,\"RequestId\":\"R2\"}"));
        CmsException e = assertThrows(CmsException.class, () -> cms.deleteContact(b -> b.contactName("alice")));
        assertEquals(CmsErrorCodes.CONTACT_NOT_EXISTS, e.errorCode());
        assertEquals(1, e.attempts());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anUndocumentedCodeFollowsTheGenericRules() {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "R1"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Success\":true,\"RequestId\":\"R2\"}"));
        cms.deleteContact(b -> b.contactName("alice"));
        assertEquals(2, server.getRequestCount());
    }
}
