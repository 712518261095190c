package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults below HTTP: refused, unresolvable, dropped, silent, trickling, TLS. */
@Order(1)
class TransportFaultsTest {
    Harness h;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
    }

    @AfterEach
    void stop() throws IOException {
        h.close();
    }

    @Test
    void connectionRefusedIsRetriedThenReported() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CmsClient cms = h.cms().endpointOverride(URI.create("http://127.0.0.1:" + port)).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertEquals(3, e.attempts());
            assertTrue(e.getMessage().contains("could not connect"), e.getMessage());
        }
        assertEquals(2, h.sleeps.size());
        Figures.record("connection refused", "AcsClientException after 3 attempts", 0);
    }

    @Test
    void dnsFailureThroughOkHttpDnsHookIsReportedWithoutRealLookups() {
        AtomicInteger lookups = new AtomicInteger();
        OkHttpClient failingDns = new OkHttpClient.Builder().dns(host -> {
            lookups.incrementAndGet();
            throw new UnknownHostException("no such host: " + host);
        }).build();
        try (CmsClient cms = h.cms().endpointOverride(URI.create("http://metrics.invalid:80")).httpClient(failingDns).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("could not resolve"), e.getMessage());
            assertEquals(3, e.attempts());
        }
        assertEquals(3, lookups.get());
        Figures.record("DNS failure (Dns hook)", "AcsClientException after 3 attempts", 0);
    }

    @Test
    void dropBeforeTheRequestIsReadThenSuccess() {
        h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"ok\",\"Success\":true}"));
        try (CmsClient cms = h.cms().build()) {
            Harness.putContact(cms);
        }
        assertEquals(2, h.server.getRequestCount(), "the dropped attempt and the retry");
        Figures.record("drop before request read, then 200 (idempotent)", "success on attempt 2", h.server.getRequestCount());
    }

    @Test
    void dropAfterTheRequestIsReadThenSuccessForIdempotentCall() {
        h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"ok\",\"Success\":true}"));
        try (CmsClient cms = h.cms().build()) {
            Harness.putContact(cms);
        }
        assertEquals(2, h.server.getRequestCount());
        Figures.record("drop after request read, then 200 (idempotent)", "success on attempt 2", 2);
    }

    @Test
    void noResponseIsAReadTimeoutRetriedForIdempotentCall() {
        for (int i = 0; i < 3; i++) {
            h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        try (CmsClient cms = h.cms().readTimeout(Duration.ofMillis(200)).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("timed out waiting for the answer"), e.getMessage());
            assertEquals(3, e.attempts());
        }
        assertEquals(3, h.server.getRequestCount());
        Figures.record("no response (read timeout), idempotent", "AcsClientException after 3 attempts", 3);
    }

    @Test
    void slowTricklingBodyIsCutByTheCallTimeout() {
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"slow\",\"Success\":true,\"Pad\":\""
                + repeat('x', 10 * 1024) + "\"}").throttleBody(1024, 100, TimeUnit.MILLISECONDS));
        try (CmsClient cms = h.cms().callTimeout(Duration.ofMillis(400)).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("call timeout"), e.getMessage());
        }
        Figures.record("body trickling 1 KiB/100 ms (10 KiB), 400 ms call timeout", "AcsClientException (timeout)", h.server.getRequestCount());
    }

    @Test
    void slowButSteadyBodyWithinTheReadTimeoutSucceeds() {
        // MockWebServer throttles the request it reads as well: 1 KiB per period covers that in one step
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"slow\",\"Success\":true,\"Pad\":\""
                + repeat('x', 3 * 1024) + "\"}").throttleBody(1024, 100, TimeUnit.MILLISECONDS));
        try (CmsClient cms = h.cms().build()) {
            Harness.putContact(cms);
        }
        assertEquals(1, h.server.getRequestCount());
        Figures.record("body trickling 1 KiB/100 ms (3 KiB), within read timeout", "success", 1);
    }

    @Test
    void tlsFailureIsAClearClientExceptionAndNotRetried() {
        HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(cert).build();
        h.server.useHttps(serverCerts.sslSocketFactory(), false);
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"never\",\"Success\":true}"));
        try (CmsClient cms = h.cms().endpointOverride(URI.create("https://127.0.0.1:" + h.server.getPort())).build()) {
            AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
            assertTrue(e.getMessage().contains("TLS failed"), e.getMessage());
            assertEquals(1, e.attempts());
            assertFalse(e.isRetryable());
        }
        assertEquals(0, h.server.getRequestCount());
        Figures.record("TLS failure (untrusted certificate)", "AcsClientException, not retried", 0);
    }

    static String repeat(char c, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
