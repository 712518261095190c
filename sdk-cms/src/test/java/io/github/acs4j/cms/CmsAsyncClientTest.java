package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CmsAsyncClient, the paginators of both clients, and override views, over MockWebServer. */
class CmsAsyncClientTest {
    MockWebServer server;
    CmsAsyncClient async;
    CmsClient sync;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        async = CmsAsyncClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(CmsTestSupport.KEY_ID, CmsTestSupport.SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .readTimeout(Duration.ofSeconds(5))
                .clock(CmsTestSupport.CLOCK)
                .build();
        sync = CmsTestSupport.client(server).readTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    static String contactsPage(int total, String... names) {
        return "{\"Code\":\"200\",\"RequestId\":\"p-" + names.length + "\",\"Success\":true,\"Total\":" + total
                + ",\"Contacts\":{\"Contact\":[" + Arrays.stream(names).map(n -> "{\"Name\":\"" + n + "\"}")
                .collect(Collectors.joining(",")) + "]}}";
    }

    @Test
    void asyncPutContactIsTheSameSignedRequest() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r1\",\"Success\":true}"));
        CompletableFuture<PutContactResponse> f = async.putContact(r -> r.contactName("Alice").describe("dba")
                .channelsMail("alice@example.com"));
        assertEquals("r1", f.get(30, TimeUnit.SECONDS).requestId());
        FormRequest form = FormRequest.of(server.takeRequest());
        assertEquals("PutContact", form.param("Action"));
        assertEquals("alice@example.com", form.param("Channels.Mail"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
    }

    @Test
    void asyncRetriesAThrottledCall() throws Exception {
        server.enqueue(Bodies.error(429, "Throttling.User", "Request was denied due to user flow control.", "r1"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r2\",\"Success\":true}"));
        PutContactResponse r = async.putContact(c -> c.contactName("Alice").describe("dba")
                .channelsMail("alice@example.com")).get(30, TimeUnit.SECONDS);
        assertEquals("r2", r.requestId());
        assertEquals(2, r.metadata().attempts());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void asyncServiceErrorIsACmsException() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"400\",\"Message\":\"bad\",\"RequestId\":\"r1\",\"Success\":false}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> async.putContact(c -> c.contactName("A")
                .describe("d").channelsMail("a@example.com")).get(30, TimeUnit.SECONDS));
        assertInstanceOf(CmsException.class, e.getCause());
    }

    @Test
    void invalidInputFailsTheFutureBeforeSending() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> async.putContact(c -> c.contactName("A")).get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, e.getCause());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void cancellingAnAsyncCallCancelsItInFlight() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        CompletableFuture<DescribeContactListResponse> f = async.describeContactList(r -> r.pageSize(10));
        assertNotNull(server.takeRequest(30, TimeUnit.SECONDS));
        assertTrue(f.cancel(true));
        assertThrows(CancellationException.class, f::join);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void syncPaginatorFetchesPagesLazilyUntilTheTotal() throws Exception {
        server.enqueue(Bodies.json(200, contactsPage(5, "a", "b")));
        server.enqueue(Bodies.json(200, contactsPage(5, "c", "d")));
        server.enqueue(Bodies.json(200, contactsPage(5, "e")));
        Iterator<Contact> it = sync.describeContactListPaginator(r -> r.pageSize(2)).items().iterator();
        assertEquals(0, server.getRequestCount());
        assertEquals("a", it.next().name());
        assertEquals(1, server.getRequestCount());
        List<String> rest = new ArrayList<>();
        it.forEachRemaining(c -> rest.add(c.name()));
        assertEquals(Arrays.asList("b", "c", "d", "e"), rest);
        assertEquals(3, server.getRequestCount());
        assertNull(FormRequest.of(server.takeRequest()).param("PageNumber"));
        assertEquals("2", FormRequest.of(server.takeRequest()).param("PageNumber"));
        FormRequest third = FormRequest.of(server.takeRequest());
        assertEquals("3", third.param("PageNumber"));
        assertEquals("2", third.param("PageSize"));
    }

    @Test
    void asyncPaginatorCollectsContactGroups() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"g1\",\"Success\":true,\"Total\":3,"
                + "\"ContactGroupList\":{\"ContactGroup\":[{\"Name\":\"ops\"},{\"Name\":\"dba\"}]}}"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"g2\",\"Success\":true,\"Total\":3,"
                + "\"ContactGroupList\":{\"ContactGroup\":[{\"Name\":\"sre\"}]}}"));
        List<ContactGroup> groups = async.describeContactGroupListPaginator(r -> r.pageSize(2)).collectItems()
                .get(30, TimeUnit.SECONDS);
        assertEquals(Arrays.asList("ops", "dba", "sre"), groups.stream().map(ContactGroup::name)
                .collect(Collectors.toList()));
        server.takeRequest();
        assertEquals("2", FormRequest.of(server.takeRequest()).param("PageNumber"));
    }

    @Test
    void anOverrideViewAppliesItsCallTimeout() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        AcsClientException e = assertThrows(AcsClientException.class, () -> sync
                .withOverride(o -> o.callTimeout(Duration.ofMillis(300)))
                .describeContactList(r -> r.pageSize(10)));
        // a call-timeout cut, not the 5 s read timeout (a SocketTimeoutException)
        assertInstanceOf(InterruptedIOException.class, e.getCause());
        assertTrue(!(e.getCause() instanceof java.net.SocketTimeoutException), e.getCause().toString());
    }
}
