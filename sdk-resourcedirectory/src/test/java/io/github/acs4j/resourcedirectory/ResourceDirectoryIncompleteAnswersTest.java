package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.IncompleteAnswers;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.github.acs4j.core.testing.IncompleteAnswers.missing;
import static io.github.acs4j.core.testing.IncompleteAnswers.missingAsync;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP-200 answers that lack what a success carries, and pages that do not move, over MockWebServer: every
 * one is an exception, sent once.
 */
class ResourceDirectoryIncompleteAnswersTest {
    MockWebServer server;
    ResourceDirectoryClient sync;
    ResourceDirectoryAsyncClient async;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        sync = RdTestSupport.client(server).build();
        async = RdTestSupport.asyncClient(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    /** The README's own example: {@code .contact().contactId()} threw NullPointerException on such an answer. */
    @Test
    void addWithoutTheContactIsIncompleteAndNeverRepeated() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-1\"}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-2\",\"Contact\":{\"ContactId\":\"c-2\"}}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.addMessageContact(ResourceDirectoryValidationTest.validAdd().build()).contact().contactId());
        assertEquals(Collections.singletonList("Contact.ContactId"), e.missingFields());
        assertEquals("r-1", e.requestId());
        assertEquals(1, e.attempts());
        assertFalse(e.isRetryable());
        assertTrue(e.getMessage().startsWith("Incomplete answer to ResourceDirectoryMaster AddMessageContact: HTTP 200"
                + " without Contact.ContactId (RequestId r-1), so it is not a success. The service may have processed"
                + " the call, so it was not repeated"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void addWithATruncatedOrEmptyAnswerIsIncomplete() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Contact\":{\"CreateDate\":\"2023-03-27 17:19:21\"}}"));
        assertEquals(Collections.singletonList("Contact.ContactId"), missing(server, "{}",
                () -> sync.addMessageContact(ResourceDirectoryValidationTest.validAdd().build())));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.addMessageContact(ResourceDirectoryValidationTest.validAdd().build()));
        assertEquals(Arrays.asList("RequestId", "Contact.ContactId"), e.missingFields());
        assertNull(e.requestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void asyncAddWithoutTheContactIsIncompleteAndNeverRepeated() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-1\"}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-2\",\"Contact\":{\"ContactId\":\"c-2\"}}"));
        IncompleteResponseException e = IncompleteAnswers.failure(async.addMessageContact(
                ResourceDirectoryValidationTest.validAdd().build()));
        assertEquals(Collections.singletonList("Contact.ContactId"), e.missingFields());
        assertEquals("r-1", e.requestId());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void getListAndDeleteWithoutTheirFieldsAreIncompleteSyncAndAsync() {
        assertEquals(Collections.singletonList("Contact.ContactId"), missing(server,
                "{\"RequestId\":\"g\",\"Contact\":{\"Name\":\"tom\"}}",
                () -> sync.getMessageContact(b -> b.contactId("c-1"))));
        assertEquals(Collections.singletonList("Contact.ContactId"), missingAsync(server,
                "{\"RequestId\":\"g\",\"Contact\":null}",
                () -> async.getMessageContact(b -> b.contactId("c-1"))));
        assertEquals(Collections.singletonList("TotalCount"), missing(server, "{\"RequestId\":\"l\",\"Contacts\":[]}",
                () -> sync.listMessageContacts(b -> b.pageSize(10))));
        assertEquals(Collections.singletonList("TotalCount"), missingAsync(server, "{\"RequestId\":\"l\"}",
                () -> async.listMessageContactVerifications(b -> b.pageSize(10))));
        assertEquals(Collections.singletonList("Status"), missing(server, "{\"RequestId\":\"d\"}",
                () -> sync.deleteMessageContact(b -> b.contactId("c-1"))));
        assertEquals(Collections.singletonList("RequestId"), missingAsync(server, "{\"Status\":\"Deleted\"}",
                () -> async.deleteMessageContact(b -> b.contactId("c-1"))));
        assertEquals(6, server.getRequestCount(), "idempotent or not, an incomplete answer is not retried");
    }

    @Test
    void everyOperationRequiresItsRequestId() {
        List<String> actions = new ArrayList<>();
        for (Operation<?, ?> op : IncompleteAnswers.declaredIn(ResourceDirectoryOperations.class)) {
            assertTrue(op.requiredFields().contains("RequestId"), op.action());
            actions.add(op.action());
        }
        assertEquals(12, actions.size(), actions.toString());
    }

    static String page(int number, int total, String... ids) {
        StringBuilder contacts = new StringBuilder();
        for (String id : ids) {
            contacts.append(contacts.length() == 0 ? "" : ",").append("{\"ContactId\":\"").append(id).append("\"}");
        }
        return "{\"RequestId\":\"p" + number + "\",\"TotalCount\":" + total + ",\"PageNumber\":" + number
                + ",\"PageSize\":2,\"Contacts\":[" + contacts + "]}";
    }

    @Test
    void aPaginatorServedTheSamePageAgainStopsSyncAndAsync() {
        IncompleteAnswers.serveTheSamePage(server, page(1, 100, "c-1", "c-2"), page(1, 100));
        List<String> seen = new ArrayList<>();
        AcsClientException e = assertThrows(AcsClientException.class, () -> {
            for (MessageContact c : sync.listMessageContactsPaginator(r -> r.pageSize(2)).items()) {
                seen.add(c.contactId());
            }
        });
        assertEquals(Arrays.asList("c-1", "c-2"), seen, "the repeated page is not handed out");
        assertEquals(2, server.getRequestCount());
        assertTrue(e.getMessage().startsWith("Paging ListMessageContacts stopped: the answer to page 2 has the same"
                + " 2 items as the page before (RequestId p1)"), e.getMessage());
        List<String> seenAsync = new ArrayList<>();
        ExecutionException async = assertThrows(ExecutionException.class, () -> this.async
                .listMessageContactsPaginator(r -> r.pageSize(2)).forEachItem(c -> seenAsync.add(c.contactId()))
                .get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, async.getCause());
        assertEquals(Arrays.asList("c-1", "c-2"), seenAsync);
        assertEquals(4, server.getRequestCount());
    }
}
