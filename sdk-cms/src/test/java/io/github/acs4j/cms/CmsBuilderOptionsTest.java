package io.github.acs4j.cms;

import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Builder options of the product clients that reach the wire: proxy credentials and interceptors. */
class CmsBuilderOptionsTest {
    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void proxyCredentialsAnswerTheProxysChallengeOnce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"via-proxy\",\"Success\":true}"));
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
        // the proxy (MockWebServer on 127.0.0.1) answers for the target, which is never contacted
        try (CmsClient cms = CmsTestSupport.client(server).endpointOverride(URI.create("http://127.0.0.1:9/"))
                .proxy(proxy).proxyCredentials("proxyuser", "proxy-pass").build()) {
            assertEquals("via-proxy", cms.putContact(c -> c.contactName("Alice").describe("dba")
                    .channelsMail("alice@example.com")).requestId());
        }
        RecordedRequest challenged = server.takeRequest();
        assertNull(challenged.getHeader("Proxy-Authorization"));
        assertEquals(okhttp3.Credentials.basic("proxyuser", "proxy-pass"),
                server.takeRequest().getHeader("Proxy-Authorization"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void refusedProxyCredentialsAreNotRetriedForever() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"c\""));
        }
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(server.getHostName(), server.getPort()));
        try (CmsClient cms = CmsTestSupport.client(server).endpointOverride(URI.create("http://127.0.0.1:9/"))
                .proxy(proxy).proxyCredentials("proxyuser", "wrong").build()) {
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> cms.putContact(c -> c
                    .contactName("Alice").describe("dba").channelsMail("alice@example.com")));
        }
        assertEquals(2, server.getRequestCount(), "one challenge, one answer, then give up");
    }

    @Test
    void interceptorsAddedOnTheBuilderSeeEachAttempt() {
        server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r2\",\"Success\":true}"));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        ExecutionInterceptor tracer = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext a) {
                events.add("send " + a.serviceName() + " " + a.action() + " #" + a.attempt());
            }

            @Override
            public void afterReceive(AttemptContext a) {
                events.add("recv " + a.httpStatus() + " " + a.requestId());
            }
        };
        try (CmsClient cms = CmsTestSupport.client(server).addInterceptor(tracer).build()) {
            cms.putContact(c -> c.contactName("Alice").describe("dba").channelsMail("alice@example.com"));
        }
        assertEquals(Arrays.asList("send Cms PutContact #1", "recv 503 r1", "send Cms PutContact #2", "recv 200 r2"),
                events);
    }
}
