package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsAsyncClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.auth.UriCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile or broken endpoint, and the caller's side of it: redirects elsewhere, header values that cannot
 * travel, slow and expired credentials, interrupted callers, closed clients. Each proven over HTTP with the
 * product client, each a row of the printed table.
 */
@Order(10)
class HostileServerTest {
    static final int[] REDIRECTS = {301, 302, 303, 307, 308};

    Harness h;
    MockWebServer elsewhere;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        elsewhere = new MockWebServer();
        elsewhere.start();
    }

    @AfterEach
    void stop() throws IOException {
        h.close();
        elsewhere.shutdown();
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndTheSignedRequestNotSentThere() throws Exception {
        OkHttpClient users = new OkHttpClient.Builder().build(); // follows redirects by default
        for (int status : REDIRECTS) {
            for (OkHttpClient http : new OkHttpClient[] {null, users}) {
                h.server.enqueue(new MockResponse().setResponseCode(status)
                        .setHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/collect"));
                h.server.enqueue(new MockResponse().setResponseCode(status)
                        .setHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/collect"));
                try (CmsClient cms = h.cms().httpClient(http).build();
                     CmsAsyncClient async = CmsAsyncClient.builder().endpointOverride(h.server.url("/").uri())
                             .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID,
                                     Secrets.ACCESS_KEY_SECRET, Secrets.SECURITY_TOKEN))
                             .retryStrategy(h.retry()).httpClient(http).build()) {
                    redirected(status, assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
                    ExecutionException e = assertThrows(ExecutionException.class, () -> async.putContact(r -> r
                            .contactName("oncall").describe("reliability").channelsMail(Secrets.EMAIL))
                            .get(30, TimeUnit.SECONDS));
                    redirected(status, assertInstanceOf(AcsClientException.class, e.getCause()));
                }
            }
        }
        users.dispatcher().executorService().shutdown();
        assertEquals(20, h.server.getRequestCount(), "each call reached the endpoint once");
        assertEquals(0, elsewhere.getRequestCount(), "the Location host never saw a request");
        Figures.record("3xx (301/302/303/307/308) to another host, sync and async, own and user OkHttp (20 calls)",
                "AcsClientException naming status and host, not retried; the other host saw 0",
                h.server.getRequestCount());
    }

    private void redirected(int status, AcsClientException e) {
        Leaks.record(e);
        assertTrue(e.getMessage().contains("redirected (HTTP " + status + " to host 127.0.0.1:" + elsewhere.getPort()),
                e.getMessage());
        assertEquals(1, e.attempts());
        assertFalse(e.isRetryable());
    }

    @Test
    void aSecurityTokenThatCannotBeAHeaderIsRefusedBeforeSendingWithoutShowingIt() {
        String token = Secrets.SECURITY_TOKEN + "\r\nX-Injected: 1";
        try (CmsClient cms = h.cms().signatureVersion(SignatureVersion.V3)
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                        token)).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("cannot travel in the x-acs-security-token header"), e.getMessage());
        }
        assertEquals(0, h.server.getRequestCount());
        Figures.record("V3 security token with CR/LF", "refused before sending, naming the header and the source", 0);
    }

    @Test
    void aUserAgentSuffixWithALineBreakFailsAtBuild() {
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class,
                () -> h.cms().userAgentSuffix("app/1\r\nX-Injected: 1").build()));
        assertTrue(e.getMessage().startsWith("userAgentSuffix must be printable ASCII"), e.getMessage());
        assertEquals(0, h.server.getRequestCount());
        Figures.record("userAgentSuffix with CR/LF", "AcsClientException at build()", 0);
    }

    @Test
    void aCredentialsProviderTaking5sFailsTheCallAtThe1sCallTimeout() {
        CountDownLatch release = new CountDownLatch(1);
        CredentialsProvider slow = () -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Credentials.of(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET);
        };
        long millis;
        try (CmsClient cms = h.cms().credentialsProvider(slow).callTimeout(Duration.ofSeconds(1)).build()) {
            long start = System.nanoTime();
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("ran out of its call timeout (PT1S) while resolving credentials"),
                    e.getMessage());
        } finally {
            release.countDown();
        }
        assertTrue(millis < 4_000, millis + " ms");
        assertEquals(0, h.server.getRequestCount());
        Figures.record("credentials provider taking 5 s, 1 s call timeout", "AcsClientException after " + millis + " ms", 0);
    }

    @Test
    void credentialsThatArriveExpiredAreNeverUsedToSign() {
        Instant expired = Instant.now().minus(Duration.ofMinutes(5));
        for (int i = 0; i < 2; i++) {
            elsewhere.enqueue(Bodies.json(200, "{\"AccessKeyId\":\"" + Secrets.ACCESS_KEY_ID + "\",\"AccessKeySecret\":\""
                    + Secrets.ACCESS_KEY_SECRET + "\",\"SecurityToken\":\"" + Secrets.SECURITY_TOKEN
                    + "\",\"Expiration\":\"" + expired + "\"}"));
        }
        try (CmsClient cms = h.cms().credentialsProvider(UriCredentialsProvider.create(elsewhere.url("/creds").uri(), null))
                .build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("expired at " + expired), e.getMessage());
        }
        assertEquals(2, elsewhere.getRequestCount(), "fetched, then once more");
        assertEquals(0, h.server.getRequestCount());
        Figures.record("credentials URI answering expired credentials twice", "refused naming source and expiry", 0);
    }

    @Test
    void anInterruptDuringBackoffEndsTheCallAtOnce() throws Exception {
        h.server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "r1"));
        RetryStrategy slowBackoff = RetryStrategy.builder().baseDelay(Duration.ofSeconds(60))
                .maxBackoff(Duration.ofSeconds(60)).random(() -> 1.0).build();
        try (CmsClient cms = h.cms().retryStrategy(slowBackoff).build()) {
            Interrupted o = Interrupted.after(cms, h.server);
            assertEquals(1, o.exception.attempts());
            assertTrue(o.millis < 5_000, o.millis + " ms");
            Figures.record("interrupt during a 60 s backoff after one 503", "AcsClientException after " + o.millis
                    + " ms, interrupt flag kept, attempts() = 1", h.server.getRequestCount());
        }
    }

    @Test
    void anInterruptWhileASilentServerHoldsTheAnswerCancelsTheCall() throws Exception {
        h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        try (CmsClient cms = h.cms().readTimeout(Duration.ofSeconds(60)).build()) {
            Interrupted o = Interrupted.after(cms, h.server);
            assertEquals(1, o.exception.attempts());
            assertTrue(o.millis < 5_000, o.millis + " ms");
            Figures.record("interrupt while a silent server holds the answer (60 s read timeout)",
                    "call cancelled, AcsClientException after " + o.millis + " ms, flag kept, attempts() = 1",
                    h.server.getRequestCount());
        }
    }

    /** A call on its own thread, interrupted once the server has its request. */
    static final class Interrupted {
        AcsClientException exception;
        boolean flagKept;
        long millis;

        static Interrupted after(CmsClient cms, MockWebServer server) throws Exception {
            Interrupted o = new Interrupted();
            long[] interruptedAt = new long[1];
            Thread caller = new Thread(() -> {
                try {
                    Harness.putContact(cms);
                } catch (AcsClientException e) {
                    o.millis = (System.nanoTime() - interruptedAt[0]) / 1_000_000;
                    o.exception = Leaks.record(e);
                }
                o.flagKept = Thread.currentThread().isInterrupted();
            });
            caller.start();
            assertNotNull(server.takeRequest(10, TimeUnit.SECONDS));
            Thread.sleep(200); // into the wait
            interruptedAt[0] = System.nanoTime();
            caller.interrupt();
            caller.join(20_000);
            assertFalse(caller.isAlive(), "the caller is still blocked");
            assertNotNull(o.exception);
            assertTrue(o.exception.getMessage().contains("was interrupted"), o.exception.getMessage());
            assertTrue(o.flagKept);
            assertEquals(1, server.getRequestCount());
            return o;
        }
    }

    @Test
    void aClosedClientAndItsViewsRefuseNewCalls() {
        CmsClient cms = h.cms().build();
        CmsClient view = cms.withOverride(o -> o.callTimeout(Duration.ofSeconds(5)));
        cms.close();
        for (CmsClient c : new CmsClient[] {cms, view}) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(c)));
            assertTrue(e.getMessage().endsWith("was not sent: the client is closed."), e.getMessage());
            assertEquals(0, e.attempts());
        }
        assertEquals(0, h.server.getRequestCount());
        Figures.record("call on a closed blocking client, and on its override view", "AcsClientException, nothing sent", 0);
    }
}
