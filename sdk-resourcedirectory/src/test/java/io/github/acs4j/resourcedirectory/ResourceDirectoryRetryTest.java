package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Idempotency as declared: a non-idempotent call (a create, a verification sender) is not repeated once the
 * request may have reached the service; an idempotent one is.
 */
class ResourceDirectoryRetryTest {
    MockWebServer server;
    ResourceDirectoryClient rd;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server).build();
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, RdTestSupport.ANY_SUCCESS));
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        server.shutdown();
    }

    @Test
    void addMessageContactIsNotRetriedAfterTheConnectionDropsPostRequest() {
        AcsClientException e = assertThrows(AcsClientException.class, () -> rd.addMessageContact(
                b -> b.name("tom").emailAddress("tom@example.com").title("CEO").messageTypes("FaultMessage")));
        assertEquals(1, server.getRequestCount());
        assertEquals(1, e.attempts());
    }

    @Test
    void sendEmailVerificationIsNotRetriedAfterTheConnectionDropsPostRequest() {
        assertThrows(AcsClientException.class, () -> rd.sendEmailVerificationForMessageContact(
                b -> b.contactId("c-1").emailAddress("tom@example.com")));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void sendPhoneVerificationIsNotRetriedAfterTheConnectionDropsPostRequest() {
        assertThrows(AcsClientException.class, () -> rd.sendPhoneVerificationForMessageContact(
                b -> b.contactId("c-1").phoneNumber("86-13900001234")));
        assertEquals(1, server.getRequestCount());
    }

    /** The declared idempotency of every operation, as the server sees it: 1 request means not repeated. */
    @ParameterizedTest(name = "{0}: {1} request(s)")
    @CsvSource({
            "AddMessageContact, 1",
            "GetMessageContact, 2",
            "ListMessageContacts, 2",
            "UpdateMessageContact, 2",
            "DeleteMessageContact, 2",
            "GetMessageContactDeletionStatus, 2",
            "SendEmailVerificationForMessageContact, 1",
            "SendPhoneVerificationForMessageContact, 1",
            "CancelMessageContactUpdate, 2",
            "ListMessageContactVerifications, 2",
            "AssociateMembers, 2",
            "DisassociateMembers, 2"
    })
    void afterADropPostRequestOnlyIdempotentOperationsAreRepeated(String action, int expectedRequests) {
        try {
            ResourceDirectoryErrorMappingTest.CALLS.get(action).accept(rd);
        } catch (AcsClientException e) {
            assertEquals(1, expectedRequests, "only a call that is not repeated fails: " + e.getMessage());
        }
        assertEquals(expectedRequests, server.getRequestCount());
    }

    @Test
    void getMessageContactIsRetriedAfterTheConnectionDropsPostRequest() {
        assertEquals("c-2", rd.getMessageContact(b -> b.contactId("c-2")).contact().contactId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void associateMembersIsRetriedAfterTheConnectionDropsPostRequest() {
        assertEquals("r-2", rd.associateMembers(b -> b.contactId("c-1").members("fd-1")).requestId());
        assertEquals(2, server.getRequestCount());
    }
}
