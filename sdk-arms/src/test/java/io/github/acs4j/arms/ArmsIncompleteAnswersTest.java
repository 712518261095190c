package io.github.acs4j.arms;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.IncompleteAnswers;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
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
 * HTTP-200 answers that lack what a success carries, and pages that do not move, over MockWebServer: every
 * one is an exception, sent once.
 */
class ArmsIncompleteAnswersTest {
    MockWebServer server;
    ArmsClient sync;
    ArmsAsyncClient async;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        sync = ArmsTestSupport.client(server).build();
        async = ArmsTestSupport.asyncClient(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    /** Queues the answer twice, so a repeated call would find a second one. */
    void answerTwice(String body) {
        server.enqueue(Bodies.json(200, body));
        server.enqueue(Bodies.json(200, body));
    }

    @Test
    void createWithoutContactIdIsIncompleteAndNeverRepeated() {
        answerTwice("{\"RequestId\":\"r-1\"}");
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.createAlertContact(b -> b.contactName("JohnDoe").email("someone@example.com")));
        assertEquals(Collections.singletonList("ContactId"), e.missingFields());
        assertEquals("r-1", e.requestId());
        assertEquals(1, e.attempts());
        assertTrue(!e.isRetryable());
        assertEquals("Incomplete answer to ARMS CreateAlertContact: HTTP 200 without ContactId (RequestId r-1), so it"
                + " is not a success. The service may have processed the call, so it was not repeated: look the"
                + " result up before calling again.", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void createAnsweredWithAnEmptyObjectNamesBothFields() {
        answerTwice("{}");
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> sync.createAlertContact(b -> b.email("someone@example.com")));
        assertEquals(Arrays.asList("RequestId", "ContactId"), e.missingFields());
        assertNull(e.requestId());
        assertTrue(e.getMessage().contains("without RequestId, ContactId (no RequestId)"), e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void blankOrNullContactIdIsMissing() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactId\":\" \"}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactId\":null}"));
        for (int i = 0; i < 2; i++) {
            assertEquals(Collections.singletonList("ContactId"), assertThrows(IncompleteResponseException.class,
                    () -> sync.createAlertContact(b -> b.email("someone@example.com"))).missingFields());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void asyncCreateWithoutContactIdIsIncompleteAndNeverRepeated() {
        answerTwice("{\"RequestId\":\"r-1\"}");
        IncompleteResponseException e = IncompleteAnswers.failure(
                async.createAlertContact(b -> b.email("someone@example.com")));
        assertEquals(Collections.singletonList("ContactId"), e.missingFields());
        assertEquals("r-1", e.requestId());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void searchAndDeleteWithoutTheirFieldsAreIncompleteSyncAndAsync() {
        assertEquals(Collections.singletonList("PageBean.TotalCount"), missing(server,
                "{\"RequestId\":\"s\",\"PageBean\":{\"Contacts\":[]}}",
                () -> sync.searchAlertContact(b -> b.contactName("x"))));
        assertEquals(Collections.singletonList("PageBean.TotalCount"), missingAsync(server, "{\"RequestId\":\"s\"}",
                () -> async.searchAlertContact(b -> b.contactName("x"))));
        assertEquals(Collections.singletonList("IsSuccess"), missing(server, "{\"RequestId\":\"d\"}",
                () -> sync.deleteAlertContact(b -> b.contactId(1L))));
        assertEquals(Collections.singletonList("RequestId"), missingAsync(server, "{\"IsSuccess\":true}",
                () -> async.deleteAlertContact(b -> b.contactId(1L))));
        assertEquals(4, server.getRequestCount(), "idempotent or not, an incomplete answer is not retried");
    }

    @Test
    void everyOperationRequiresItsRequestId() {
        List<String> actions = new ArrayList<>();
        for (Operation<?, ?> op : IncompleteAnswers.declaredIn(ArmsOperations.class)) {
            assertTrue(op.requiredFields().contains("RequestId"), op.action());
            actions.add(op.action());
        }
        assertEquals(23, actions.size(), actions.toString());
    }

    @Test
    void aPaginatorServedTheSamePageAgainStopsSyncAndAsync() {
        IncompleteAnswers.serveTheSamePage(server, ArmsAsyncClientTest.page(1, 100, 1, 2),
                ArmsAsyncClientTest.page(1, 100));
        List<Long> seen = new ArrayList<>();
        AcsClientException e = assertThrows(AcsClientException.class, () -> sync.searchAlertContactPaginator(
                r -> r.pageSize(2)).items().forEach(c -> seen.add(c.contactId())));
        assertEquals(Arrays.asList(1L, 2L), seen, "the repeated page is not handed out");
        assertEquals(2, server.getRequestCount());
        assertEquals("Paging SearchAlertContact stopped: the answer to page 2 has the same 2 items as the page"
                + " before (RequestId p1), so the service is not moving through the pages; fetching on would"
                + " never end.", e.getMessage());

        ExecutionException async = assertThrows(ExecutionException.class, () -> this.async
                .searchAlertContactPaginator(r -> r.pageSize(2)).collectItems().get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, async.getCause());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aPageReportingTheSamePositionAndTotalStops() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = server.getRequestCount();
                // new items each time, but always "page 1 of 100": the service ignores CurrentPage
                return Bodies.json(200, n <= 50 ? ArmsAsyncClientTest.page(1, 100, 2L * n, 2L * n + 1)
                        : ArmsAsyncClientTest.page(1, 100));
            }
        });
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> sync.searchAlertContactPaginator(r -> r.pageSize(2)).stream().count());
        assertTrue(e.getMessage().contains("has page number 1 and total 100 again"), e.getMessage());
        assertEquals(2, server.getRequestCount());
        ExecutionException async = assertThrows(ExecutionException.class, () -> this.async
                .searchAlertContactPaginator(r -> r.pageSize(2)).forEachPage(p -> { }).get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, async.getCause());
        assertEquals(4, server.getRequestCount());
    }
}
