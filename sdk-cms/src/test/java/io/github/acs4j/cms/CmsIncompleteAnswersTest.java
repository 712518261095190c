package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.IncompleteAnswers;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTP-200 answers that lack what a CloudMonitor success carries ({@code RequestId}, {@code Code},
 * {@code Success}), and pages that do not move, over MockWebServer: every one is an exception, sent once.
 */
class CmsIncompleteAnswersTest {
    MockWebServer server;
    CmsClient sync;
    CmsAsyncClient async;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        sync = CmsTestSupport.client(server).build();
        async = CmsTestSupport.asyncClient(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    @Test
    void putContactAnsweredWithAnEmptyObjectIsNoSuccess() {
        server.enqueue(Bodies.json(200, "{}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")));
        assertEquals(Arrays.asList("RequestId", "Code", "Success"), e.missingFields());
        assertNull(e.requestId());
        assertEquals("Incomplete answer to Cms PutContact: HTTP 200 without RequestId, Code, Success (no RequestId),"
                + " so it is not a success. It was not retried.", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void putContactGroupWithoutSuccessIsNoSuccessSyncAndAsync() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-1\",\"Code\":\"200\"}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.putContactGroup(b -> b.contactGroupName("g").contactNames("a")));
        assertEquals(Collections.singletonList("Success"), e.missingFields());
        assertEquals("r-1", e.requestId());
        assertEquals(1, e.attempts());
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-2\",\"Success\":true}"));
        e = IncompleteAnswers.failure(async.putContactGroup(b -> b.contactGroupName("g").contactNames("a")));
        assertEquals(Collections.singletonList("Code"), e.missingFields());
        assertEquals("r-2", e.requestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void describeAndDeleteWithoutTheirFieldsAreNoSuccessSyncAndAsync() {
        assertEquals(Arrays.asList("Code", "Success"), missing(server,
                "{\"RequestId\":\"l\",\"Total\":1,\"Contacts\":{\"Contact\":[{\"Name\":\"a\"}]}}",
                () -> sync.describeContactList(b -> b.contactName("a"))));
        assertEquals(Collections.singletonList("Code"), missingAsync(server, "{\"RequestId\":\"l\",\"Success\":true}",
                () -> async.describeContactList(b -> b.contactName("a"))));
        assertEquals(Collections.singletonList("RequestId"), missing(server, "{\"Code\":\"200\",\"Success\":true}",
                () -> sync.deleteContact(b -> b.contactName("a"))));
        assertEquals(Collections.singletonList("Code"), missingAsync(server,
                "{\"RequestId\":\"d\",\"Code\":null,\"Success\":true}",
                () -> async.deleteContactGroup(b -> b.contactGroupName("g"))));
        assertEquals(4, server.getRequestCount(), "an incomplete answer is not retried");
    }

    @Test
    void aNumericCodeCounts() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Code\":200,\"Success\":true}"));
        assertEquals("r", sync.describeContactListByContactGroup(b -> b.contactGroupName("g")).requestId());
    }

    @Test
    void everyOperationRequiresRequestIdCodeAndSuccess() {
        List<String> actions = new ArrayList<>();
        for (Operation<?, ?> op : IncompleteAnswers.declaredIn(CmsOperations.class)) {
            assertTrue(op.requiredFields().containsAll(Arrays.asList("RequestId", "Code", "Success")), op.action());
            actions.add(op.action());
        }
        assertEquals(7, actions.size(), actions.toString());
    }

    static String page(String... names) {
        StringBuilder contacts = new StringBuilder();
        for (String name : names) {
            contacts.append(contacts.length() == 0 ? "" : ",").append("{\"Name\":\"").append(name).append("\"}");
        }
        return "{\"Code\":\"200\",\"RequestId\":\"p\",\"Success\":true,\"Contacts\":{\"Contact\":[" + contacts + "]}}";
    }

    /** CloudMonitor pages report no page number: without a Total, only the repeated items show the loop. */
    @Test
    void aPaginatorServedTheSamePageAgainStopsSyncAndAsync() {
        IncompleteAnswers.serveTheSamePage(server, page("a", "b"), page());
        List<String> seen = new ArrayList<>();
        AcsClientException e = assertThrows(AcsClientException.class, () -> {
            for (Contact c : sync.describeContactListPaginator(r -> r.pageSize(2)).items()) {
                seen.add(c.name());
            }
        });
        assertEquals(Arrays.asList("a", "b"), seen);
        assertEquals(2, server.getRequestCount());
        assertTrue(e.getMessage().startsWith("Paging DescribeContactList stopped"), e.getMessage());
        ExecutionException async = assertThrows(ExecutionException.class, () -> this.async
                .describeContactListPaginator(r -> r.pageSize(2)).collectItems().get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, async.getCause());
        assertEquals(4, server.getRequestCount());
    }
}
