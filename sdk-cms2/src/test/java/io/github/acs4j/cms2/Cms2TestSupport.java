package io.github.acs4j.cms2;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.MockWebServer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Cms2Client pointed at a MockWebServer, with a fixed clock and no waiting between retries; ROA wire checks. */
final class Cms2TestSupport {
    static final String KEY_ID = "TestExampleKeyId02";
    static final String SECRET = "ExampleSecret0123456789abcdefZZ";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T07:08:10Z"), ZoneOffset.UTC);

    private Cms2TestSupport() {
    }

    static Cms2Client.Builder client(MockWebServer server) {
        return Cms2Client.builder()
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().sleeper(ms -> { }).build())
                .clock(CLOCK);
    }

    static Cms2AsyncClient.Builder asyncClient(MockWebServer server) {
        return Cms2AsyncClient.builder()
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .clock(CLOCK);
    }

    /** A CloudMonitor 2.0 success: camelCase JSON with its requestId. */
    static MockResponse ok(String json) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json;charset=utf-8")
                .setBody(json);
    }

    /** A CloudMonitor 2.0 error answer as the API reference shows it (status, code, message, requestId). */
    static MockResponse error(int status, String code, String message) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json;charset=utf-8")
                .setBody("{\"requestId\":\"E-" + status + "\",\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }

    /**
     * The ACS3 headers every CloudMonitor 2.0 call carries, and the body hash computed here from the bytes that
     * arrived (not taken from the SDK).
     */
    static void assertSignedAcs3(RecordedRequest rec, String action) throws Exception {
        assertEquals(action, rec.getHeader("x-acs-action"));
        assertEquals("2024-03-30", rec.getHeader("x-acs-version"));
        assertEquals("2026-11-29T07:08:10Z", rec.getHeader("x-acs-date"));
        assertNotNull(rec.getHeader("x-acs-signature-nonce"));
        assertEquals(hex(MessageDigest.getInstance("SHA-256").digest(rec.getBody().clone().readByteArray())),
                rec.getHeader("x-acs-content-sha256"));
        String auth = rec.getHeader("Authorization");
        assertTrue(auth.startsWith("ACS3-HMAC-SHA256 Credential=" + KEY_ID + ",SignedHeaders="), auth);
        assertTrue(auth.matches(".*SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*x-acs-action[a-z0-9;-]*,Signature=[0-9a-f]{64}"), auth);
        assertTrue(rec.getHeader("User-Agent").startsWith("acs4j/"), rec.getHeader("User-Agent"));
    }

    static String body(RecordedRequest rec) {
        return rec.getBody().clone().readString(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
