package io.github.acs4j.reliability;

import io.github.acs4j.arms.ArmsAsyncClient;
import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsAsyncClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.IncompleteAnswers;
import io.github.acs4j.resourcedirectory.ResourceDirectoryAsyncClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers that only look like successes: HTTP 200 with an empty or truncated body, and list pages that do
 * not move. Each is an exception, and nothing is sent twice.
 */
@Order(12)
class IncompleteAnswersTest {
    Harness h;
    CmsClient cms;
    ArmsClient arms;
    ResourceDirectoryClient rd;
    CmsAsyncClient cmsAsync;
    ArmsAsyncClient armsAsync;
    ResourceDirectoryAsyncClient rdAsync;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID,
                Secrets.ACCESS_KEY_SECRET, Secrets.SECURITY_TOKEN);
        cms = h.cms().build();
        arms = ArmsClient.builder().endpointOverride(h.server.url("/").uri()).region("cn-hangzhou")
                .credentialsProvider(credentials).retryStrategy(h.retry()).readTimeout(Duration.ofSeconds(5)).build();
        rd = ResourceDirectoryClient.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(credentials).retryStrategy(h.retry()).readTimeout(Duration.ofSeconds(5)).build();
        cmsAsync = CmsAsyncClient.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(credentials).retryStrategy(h.retry()).readTimeout(Duration.ofSeconds(5)).build();
        armsAsync = ArmsAsyncClient.builder().endpointOverride(h.server.url("/").uri()).region("cn-hangzhou")
                .credentialsProvider(credentials).retryStrategy(h.retry()).readTimeout(Duration.ofSeconds(5)).build();
        rdAsync = ResourceDirectoryAsyncClient.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(credentials).retryStrategy(h.retry()).readTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        arms.close();
        rd.close();
        cmsAsync.close();
        armsAsync.close();
        rdAsync.close();
        h.close();
    }

    /** One operation of each kind per product, with the answer that lacks what its success carries. */
    enum Call {
        CREATE_ALERT_CONTACT("{\"RequestId\":\"partial\",\"ContactId\":null}", "ContactId"),
        ADD_MESSAGE_CONTACT("{\"RequestId\":\"partial\",\"Contact\":{\"CreateDate\":\"2024-01-01 00:00:00\"}}",
                "Contact.ContactId"),
        PUT_CONTACT("{\"RequestId\":\"partial\",\"Code\":\"200\"}", "Success"),
        GET_MESSAGE_CONTACT("{\"RequestId\":\"partial\"}", "Contact.ContactId"),
        SEARCH_ALERT_CONTACT("{\"RequestId\":\"partial\"}", "PageBean.TotalCount"),
        DELETE_MESSAGE_CONTACT("{\"RequestId\":\"partial\"}", "Status");

        final String truncated;
        final String missing;

        Call(String truncated, String missing) {
            this.truncated = truncated;
            this.missing = missing;
        }
    }

    Object invoke(Call call) {
        switch (call) {
            case CREATE_ALERT_CONTACT:
                return arms.createAlertContact(r -> r.contactName("oncall").email(Secrets.EMAIL));
            case ADD_MESSAGE_CONTACT:
                return rd.addMessageContact(r -> r.name("Oncall").emailAddress(Secrets.EMAIL)
                        .title("TechnicalDirector").messageTypes("FaultMessage")).contact().contactId();
            case PUT_CONTACT:
                return cms.putContact(r -> r.contactName("oncall").describe("reliability").channelsMail(Secrets.EMAIL));
            case GET_MESSAGE_CONTACT:
                return rd.getMessageContact(r -> r.contactId("c-1")).contact().contactId();
            case SEARCH_ALERT_CONTACT:
                return arms.searchAlertContact(r -> r.contactName("oncall"));
            default:
                return rd.deleteMessageContact(r -> r.contactId("c-1"));
        }
    }

    /** Each answer is queued twice: a repeated call would be answered and counted. */
    void answerTwice(String body) {
        h.server.enqueue(Bodies.json(200, body));
        h.server.enqueue(Bodies.json(200, body));
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void anEmptyObjectIsNoSuccess(Call call) {
        answerTwice("{}");
        IncompleteResponseException e = Leaks.record(assertThrows(IncompleteResponseException.class,
                () -> invoke(call)));
        assertEquals("RequestId", e.missingFields().get(0));
        assertTrue(e.missingFields().contains(call.missing), e.getMessage());
        assertEquals(1, h.server.getRequestCount());
        Figures.record("HTTP 200 {} to " + call, "IncompleteResponseException naming " + e.missingFields()
                + ", not repeated", h.server.getRequestCount());
    }

    @ParameterizedTest
    @EnumSource(Call.class)
    void aTruncatedAnswerIsNoSuccessAndKeepsItsRequestId(Call call) {
        answerTwice(call.truncated);
        IncompleteResponseException e = Leaks.record(assertThrows(IncompleteResponseException.class,
                () -> invoke(call)));
        assertEquals(java.util.Collections.singletonList(call.missing), e.missingFields());
        assertEquals("partial", e.requestId());
        assertEquals(1, h.server.getRequestCount());
        Figures.record("HTTP 200 without " + call.missing + " to " + call, "IncompleteResponseException naming it,"
                + " RequestId kept, not repeated", h.server.getRequestCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CreateAlertContact", "AddMessageContact", "PutContact"})
    void asyncCallsFailTheSameWay(String action) {
        answerTwice("{}");
        CompletableFuture<?> call;
        if ("CreateAlertContact".equals(action)) {
            call = armsAsync.createAlertContact(r -> r.email(Secrets.EMAIL));
        } else if ("AddMessageContact".equals(action)) {
            call = rdAsync.addMessageContact(r -> r.name("Oncall").emailAddress(Secrets.EMAIL)
                    .title("TechnicalDirector").messageTypes("FaultMessage"));
        } else {
            call = cmsAsync.putContact(r -> r.contactName("oncall").describe("d").channelsMail(Secrets.EMAIL));
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
        Leaks.record(assertInstanceOf(IncompleteResponseException.class, e.getCause()));
        assertEquals(1, h.server.getRequestCount());
        Figures.record("async HTTP 200 {} to " + action, "IncompleteResponseException, not repeated",
                h.server.getRequestCount());
    }

    /** Lists whose server serves the same page whatever page is asked for. */
    enum Listing {
        DESCRIBE_CONTACT_LIST("{\"Code\":\"200\",\"RequestId\":\"same\",\"Success\":true,\"Total\":1000,"
                + "\"Contacts\":{\"Contact\":[{\"Name\":\"a\"},{\"Name\":\"b\"}]}}"),
        SEARCH_ALERT_CONTACT("{\"RequestId\":\"same\",\"PageBean\":{\"PageNumber\":1,\"PageSize\":2,"
                + "\"TotalCount\":1000,\"Contacts\":[{\"ContactId\":1},{\"ContactId\":2}]}}"),
        LIST_MESSAGE_CONTACTS("{\"RequestId\":\"same\",\"TotalCount\":1000,\"PageNumber\":1,\"PageSize\":2,"
                + "\"Contacts\":[{\"ContactId\":\"c-1\"},{\"ContactId\":\"c-2\"}]}");

        final String page;

        Listing(String page) {
            this.page = page;
        }
    }

    @ParameterizedTest
    @EnumSource(Listing.class)
    void aPaginatorServedTheSamePageStops(Listing listing) {
        String empty = listing.page.replaceAll("\\[\\{.*\\}\\]", "[]");
        IncompleteAnswers.serveTheSamePage(h.server, listing.page, empty);
        Supplier<Long> sync;
        Supplier<CompletableFuture<?>> async;
        switch (listing) {
            case DESCRIBE_CONTACT_LIST:
                sync = () -> cms.describeContactListPaginator(r -> r.pageSize(2)).itemStream().count();
                async = () -> cmsAsync.describeContactListPaginator(r -> r.pageSize(2)).collectItems();
                break;
            case SEARCH_ALERT_CONTACT:
                sync = () -> arms.searchAlertContactPaginator(r -> r.pageSize(2)).itemStream().count();
                async = () -> armsAsync.searchAlertContactPaginator(r -> r.pageSize(2)).collectItems();
                break;
            default:
                sync = () -> rd.listMessageContactsPaginator(r -> r.pageSize(2)).itemStream().count();
                async = () -> rdAsync.listMessageContactsPaginator(r -> r.pageSize(2)).collectItems();
        }
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, sync::get));
        assertTrue(e.getMessage().contains("is not moving through the pages"), e.getMessage());
        int syncRequests = h.server.getRequestCount();
        assertEquals(2, syncRequests);
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> async.get().get(30, TimeUnit.SECONDS));
        Leaks.record(assertInstanceOf(AcsClientException.class, failed.getCause()));
        int asyncRequests = h.server.getRequestCount() - syncRequests;
        assertEquals(2, asyncRequests);
        Figures.record(listing + " paginator served the same page (total 1000, page size 2), sync and async",
                "AcsClientException after 2 requests each (unchecked paging: " + (IncompleteAnswers.SAME_PAGE_LIMIT + 1)
                        + " requests until this server's pages ran out, the same 2 items 50 times, no error)",
                syncRequests);
    }
}
