package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.MutableClock;
import io.github.acs4j.core.testing.StsBodies;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MockWebServer on 127.0.0.1 stands in for the instance metadata service (IMDSv2 token flow). */
class EcsRamRoleCredentialsProviderTest {
    static final Instant T0 = Instant.parse("2024-05-06T07:00:00Z");

    MockWebServer server;
    MutableClock clock = new MutableClock(T0);
    final ConcurrentLinkedQueue<MockResponse> credentialAnswers = new ConcurrentLinkedQueue<>();
    final AtomicInteger credentialRequests = new AtomicInteger();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                log.add(r.getMethod() + " " + r.getPath());
                if ("PUT".equals(r.getMethod()) && "/latest/api/token".equals(r.getPath())) {
                    return "21600".equals(r.getHeader("X-aliyun-ecs-metadata-token-ttl-seconds"))
                            ? new MockResponse().setBody("md-token-1") : new MockResponse().setResponseCode(400);
                }
                if (!"md-token-1".equals(r.getHeader("X-aliyun-ecs-metadata-token"))) {
                    return new MockResponse().setResponseCode(401);
                }
                if ("/latest/meta-data/ram/security-credentials/".equals(r.getPath())) {
                    return new MockResponse().setBody("attached-role\n");
                }
                if (r.getPath().startsWith("/latest/meta-data/ram/security-credentials/")) {
                    credentialRequests.incrementAndGet();
                    MockResponse next = credentialAnswers.poll();
                    return next != null ? next : new MockResponse().setResponseCode(500);
                }
                return new MockResponse().setResponseCode(404);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    EcsRamRoleCredentialsProvider provider(String role) {
        return EcsRamRoleCredentialsProvider.builder().roleName(role).endpoint(server.url("/").uri()).clock(clock).build();
    }

    @Test
    void fetchesTokenThenTheRolesCredentials() {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        Credentials c = provider("my-role").resolveCredentials();
        assertEquals("STS.a", c.accessKeyId());
        assertEquals("tok-a", c.securityToken());
        assertEquals(T0.plus(Duration.ofHours(1)), c.expiration());
        assertEquals(java.util.Arrays.asList("PUT /latest/api/token",
                "GET /latest/meta-data/ram/security-credentials/my-role"), log);
    }

    @Test
    void looksUpTheAttachedRoleWhenNoneIsNamed() {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        assertEquals("STS.a", provider(null).resolveCredentials().accessKeyId());
        assertEquals("GET /latest/meta-data/ram/security-credentials/attached-role", log.get(2));
    }

    @Test
    void refreshesAheadOfExpiryWithoutRebuilding() {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        credentialAnswers.add(StsBodies.metadata("STS.b", "tok-b", T0.plus(Duration.ofHours(2))));
        EcsRamRoleCredentialsProvider p = provider("my-role");
        assertEquals("STS.a", p.resolveCredentials().accessKeyId());
        clock.advance(Duration.ofMinutes(50));
        assertEquals("STS.a", p.resolveCredentials().accessKeyId());
        assertEquals(1, credentialRequests.get());
        clock.advance(Duration.ofMinutes(8)); // 2 minutes before expiry: inside the refresh window
        assertEquals("STS.b", p.resolveCredentials().accessKeyId());
        assertEquals(2, credentialRequests.get());
    }

    @Test
    void keepsTheLastGoodCredentialsWhileValidWhenARefreshFails() {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        EcsRamRoleCredentialsProvider p = provider("my-role");
        p.resolveCredentials();
        clock.advance(Duration.ofMinutes(58)); // refresh due, refresh fails (500), credentials still valid
        assertEquals("STS.a", p.resolveCredentials().accessKeyId());
        assertEquals(2, credentialRequests.get());
        clock.advance(Duration.ofMinutes(2)); // now expired, refresh fails again: the failure surfaces
        AcsClientException e = assertThrows(AcsClientException.class, p::resolveCredentials);
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void concurrentCallersOnExpiredCredentialsCauseExactlyOneRefresh() throws Exception {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        credentialAnswers.add(StsBodies.metadata("STS.b", "tok-b", T0.plus(Duration.ofHours(3)))
                .setBodyDelay(200, java.util.concurrent.TimeUnit.MILLISECONDS));
        EcsRamRoleCredentialsProvider p = provider("my-role");
        p.resolveCredentials();
        clock.advance(Duration.ofHours(2)); // expired: every caller must wait for the refresh
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Credentials>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return p.resolveCredentials();
            }));
        }
        go.countDown();
        for (Future<Credentials> f : results) {
            assertEquals("STS.b", f.get().accessKeyId());
        }
        pool.shutdown();
        assertEquals(2, credentialRequests.get()); // the first fetch and exactly one refresh
    }

    @Test
    void concurrentCallersInTheRefreshWindowCauseExactlyOneRefresh() throws Exception {
        credentialAnswers.add(StsBodies.metadata("STS.a", "tok-a", T0.plus(Duration.ofHours(1))));
        credentialAnswers.add(StsBodies.metadata("STS.b", "tok-b", T0.plus(Duration.ofHours(3)))
                .setBodyDelay(200, java.util.concurrent.TimeUnit.MILLISECONDS));
        EcsRamRoleCredentialsProvider p = provider("my-role");
        p.resolveCredentials();
        clock.advance(Duration.ofMinutes(58)); // still valid, refresh due
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Credentials>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return p.resolveCredentials();
            }));
        }
        go.countDown();
        for (Future<Credentials> f : results) {
            String id = f.get().accessKeyId();
            assertTrue(id.equals("STS.a") || id.equals("STS.b"), id);
        }
        pool.shutdown();
        assertEquals("STS.b", p.resolveCredentials().accessKeyId());
        assertEquals(2, credentialRequests.get());
    }

    @Test
    void aMissingTokenEndpointFailsClearly() throws IOException {
        server.shutdown();
        AcsClientException e = assertThrows(AcsClientException.class, () -> provider("r").resolveCredentials());
        assertTrue(e.getMessage().contains("ECS instance metadata (session token) could not be reached"), e.getMessage());
    }

    @Test
    void secretsStayOutOfToString() {
        credentialAnswers.add(StsBodies.metadata("STS.abcdef", "tok-secret", T0.plus(Duration.ofHours(1))));
        EcsRamRoleCredentialsProvider p = provider("my-role");
        String s = p.resolveCredentials().toString() + p;
        assertTrue(!s.contains("tok-secret") && !s.contains("md-secret"), s);
    }
}
