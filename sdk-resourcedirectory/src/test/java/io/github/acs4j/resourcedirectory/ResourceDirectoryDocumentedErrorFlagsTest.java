package io.github.acs4j.resourcedirectory;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Resource Directory model marks {@code ConcurrentCallNotSupported} as throttling: the call was not
 * processed, so even the non-idempotent {@code AddMessageContact} is repeated, after the throttling backoff
 * (1 s base; jitter fixed at 0.5 gives 500 ms), whatever status carries it. A code documented without
 * flags is not retried.
 */
class ResourceDirectoryDocumentedErrorFlagsTest {
    MockWebServer server;
    ResourceDirectoryClient rd;
    List<Long> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server)
                .retryStrategy(RetryStrategy.builder().random(() -> 0.5).sleeper(sleeps::add).build()).build();
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        server.shutdown();
    }

    @Test
    void aThrottlingCodeGetsTheThrottlingBackoffEvenForACreate() {
        server.enqueue(Bodies.error(400, ResourceDirectoryErrorCodes.CONCURRENT_CALL_NOT_SUPPORTED,
                "The operation conflicts with other operations.", "R1"));
        server.enqueue(Bodies.json(200, RdTestSupport.ANY_SUCCESS));
        rd.addMessageContact(b -> b.name("tom").emailAddress("tom@example.com").title("CEO").messageTypes("FaultMessage"));
        assertEquals(2, server.getRequestCount());
        assertEquals("[500]", sleeps.toString());
    }

    @Test
    void aDocumentedCodeWithoutFlagsIsNotRetried() {
        server.enqueue(Bodies.error(409, ResourceDirectoryErrorCodes.SEND_VALIDATE_CODE_EXCEEDS_LIMIT_FOR_ACCOUNT,
                "For the same account, the number of verification codes sent exceeds the limit.", "R1"));
        ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                () -> rd.getMessageContact(b -> b.contactId("c-1")));
        assertEquals(1, e.attempts());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeps.isEmpty());
    }
}
