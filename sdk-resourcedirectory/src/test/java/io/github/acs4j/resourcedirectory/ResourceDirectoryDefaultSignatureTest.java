package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Acs3Request;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a Resource Directory client signs with ACS3 by default, as the official SDK does, for its site
 * endpoint: a client for {@code cn-shanghai} (no endpoint override) signs the China site's host. An
 * interceptor of the user's OkHttp client routes the call to MockWebServer, keeping the signed {@code host}
 * header, so what arrived can be checked: parameters in the query, an empty body, a signature that the
 * test's own code recomputes.
 */
class ResourceDirectoryDefaultSignatureTest {
    @Test
    void theDefaultClientSignsAcs3ForItsSiteWithTheParametersInTheQuery() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Contact\":{\"ContactId\":\"c-1\"}}"));
            List<HttpUrl> asked = new ArrayList<>();
            OkHttpClient routed = new OkHttpClient.Builder().addInterceptor(chain -> {
                asked.add(chain.request().url());
                HttpUrl to = chain.request().url().newBuilder().scheme("http").host(server.getHostName())
                        .port(server.getPort()).build();
                return chain.proceed(chain.request().newBuilder().url(to).build());
            }).build();
            try (ResourceDirectoryClient rd = ResourceDirectoryClient.builder().region("cn-shanghai")
                    .httpClient(routed)
                    .credentialsProvider(StaticCredentialsProvider.create(RdTestSupport.KEY_ID, RdTestSupport.SECRET))
                    .retryStrategy(RetryStrategy.none()).build()) {
                rd.addMessageContact(r -> r.name("Alice").emailAddress("alice@example.com").title("Other")
                        .messageTypes(java.util.Collections.singletonList("ProductMessage")));
            }
            String site = Endpoints.RESOURCE_DIRECTORY.resolve("cn-shanghai").getHost();
            assertEquals(site, asked.get(0).host());
            Acs3Request r = Acs3Request.of(server.takeRequest());
            assertEquals(site, r.recorded().getHeader("Host"));
            TreeMap<String, String> expected = new TreeMap<>();
            expected.put("Name", "Alice");
            expected.put("EmailAddress", "alice@example.com");
            expected.put("Title", "Other");
            expected.put("MessageTypes.1", "ProductMessage");
            assertEquals(expected, r.query());
            assertEquals("", r.rawBody());
            assertNull(r.recorded().getHeader("Content-Type"));
            assertEquals("AddMessageContact", r.recorded().getHeader("x-acs-action"));
            assertEquals("2022-04-19", r.recorded().getHeader("x-acs-version"));
            assertTrue(r.signedHeaders().contains("host"));
            assertTrue(r.verifies(RdTestSupport.SECRET), r.stringToSign());
        }
    }
}
