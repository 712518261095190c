package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ArmsAsyncClient and the SearchAlertContact paginators over MockWebServer. */
class ArmsAsyncClientTest {
    MockWebServer server;
    ArmsAsyncClient async;
    ArmsClient sync;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        async = ArmsAsyncClient.builder().region("cn-hangzhou")
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(ArmsTestSupport.KEY_ID, ArmsTestSupport.SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .readTimeout(Duration.ofSeconds(5))
                .clock(ArmsTestSupport.CLOCK)
                .build();
        sync = ArmsTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    static String page(int number, int total, long... ids) {
        StringBuilder contacts = new StringBuilder();
        for (long id : ids) {
            contacts.append(contacts.length() == 0 ? "" : ",").append("{\"ContactId\":").append(id)
                    .append(",\"ContactName\":\"c").append(id).append("\"}");
        }
        return "{\"RequestId\":\"p" + number + "\",\"PageBean\":{\"PageNumber\":" + number + ",\"PageSize\":2,"
                + "\"TotalCount\":" + total + ",\"Contacts\":[" + contacts + "]}}";
    }

    @Test
    void asyncCreateIsNotRepeatedAfterTheConnectionDropsPostRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"dup\",\"ContactId\":99}"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> async.createAlertContact(b -> b.contactName("JohnDoe").email("someone@example.com"))
                        .get(30, TimeUnit.SECONDS));
        AcsClientException cause = assertInstanceOf(AcsClientException.class, e.getCause());
        assertEquals(1, cause.attempts());
        assertEquals(1, server.getRequestCount(), "a create that may have been processed is never sent twice");
    }

    @Test
    void asyncCreateIsRetriedWhenThrottled() throws Exception {
        server.enqueue(Bodies.error(429, "Throttling", "slow down", "r1"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\",\"ContactId\":99}"));
        assertEquals("r2", async.createAlertContact(b -> b.contactName("JohnDoe").email("someone@example.com"))
                .get(30, TimeUnit.SECONDS).requestId());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void syncPaginatorWalksTheCurrentPageParameter() throws Exception {
        server.enqueue(Bodies.json(200, page(1, 3, 1, 2)));
        server.enqueue(Bodies.json(200, page(2, 3, 3)));
        List<String> names = new ArrayList<>();
        for (AlertContact c : sync.searchAlertContactPaginator(r -> r.pageSize(2)).items()) {
            names.add(c.contactName());
        }
        assertEquals(Arrays.asList("c1", "c2", "c3"), names);
        assertEquals(2, server.getRequestCount());
        server.takeRequest();
        FormRequest second = FormRequest.of(server.takeRequest());
        assertEquals("2", second.param("CurrentPage"));
        assertTrue(second.v1SignatureVerifies(ArmsTestSupport.SECRET));
    }

    @Test
    void asyncPaginatorVisitsEveryContact() throws Exception {
        server.enqueue(Bodies.json(200, page(1, 3, 1, 2)));
        server.enqueue(Bodies.json(200, page(2, 3, 3)));
        List<String> names = new ArrayList<>();
        async.searchAlertContactPaginator(r -> r.pageSize(2)).forEachItem(c -> names.add(c.contactName()))
                .get(30, TimeUnit.SECONDS);
        assertEquals(Arrays.asList("c1", "c2", "c3"), names);
    }
}
