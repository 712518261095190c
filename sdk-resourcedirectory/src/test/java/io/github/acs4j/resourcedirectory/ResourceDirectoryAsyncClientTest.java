package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.MessageType;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ResourceDirectoryAsyncClient and the list paginators over MockWebServer. */
class ResourceDirectoryAsyncClientTest {
    MockWebServer server;
    ResourceDirectoryAsyncClient async;
    ResourceDirectoryClient sync;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        async = ResourceDirectoryAsyncClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(RdTestSupport.KEY_ID, RdTestSupport.SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .readTimeout(Duration.ofSeconds(5))
                .clock(RdTestSupport.CLOCK)
                .build();
        sync = RdTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        async.close();
        sync.close();
        server.shutdown();
    }

    @Test
    void asyncAddIsNotRepeatedAfterTheConnectionDropsPostRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"dup\",\"Contact\":{\"ContactId\":\"c-1\"}}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> async.addMessageContact(b -> b.name("tom")
                .emailAddress("tom@example.com").title(ContactTitle.TECHNICAL_DIRECTOR)
                .messageTypes(MessageType.FAULT_MESSAGE)).get(30, TimeUnit.SECONDS));
        assertEquals(1, assertInstanceOf(AcsClientException.class, e.getCause()).attempts());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void syncPaginatorListsMessageContactsPageByPage() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"TotalCount\":3,\"PageNumber\":1,\"PageSize\":2,"
                + "\"Contacts\":[{\"ContactId\":\"c-1\"},{\"ContactId\":\"c-2\"}]}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p2\",\"TotalCount\":3,\"PageNumber\":2,\"PageSize\":2,"
                + "\"Contacts\":[{\"ContactId\":\"c-3\"}]}"));
        List<String> ids = sync.listMessageContactsPaginator(r -> r.pageSize(2)).itemStream()
                .map(MessageContact::contactId).collect(Collectors.toList());
        assertEquals(Arrays.asList("c-1", "c-2", "c-3"), ids);
        server.takeRequest();
        assertEquals("2", FormRequest.of(server.takeRequest()).param("PageNumber"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void asyncPaginatorListsPendingVerifications() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"TotalCount\":2,\"PageNumber\":1,\"PageSize\":1,"
                + "\"ContactVerifications\":[{\"ContactId\":\"c-1\",\"Target\":\"86-139****1234\"}]}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p2\",\"TotalCount\":2,\"PageNumber\":2,\"PageSize\":1,"
                + "\"ContactVerifications\":[{\"ContactId\":\"c-1\",\"Target\":\"t***@example.com\"}]}"));
        List<ContactVerification> all = async.listMessageContactVerificationsPaginator(r -> r.contactId("c-1")
                .pageSize(1)).collectItems().get(30, TimeUnit.SECONDS);
        assertEquals(Arrays.asList("86-139****1234", "t***@example.com"),
                all.stream().map(ContactVerification::target).collect(Collectors.toList()));
        assertEquals(2, server.getRequestCount());
    }
}
