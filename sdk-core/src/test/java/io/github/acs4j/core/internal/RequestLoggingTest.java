package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DEBUG request log (written to a file by this module's surefire settings): action, attempt, status,
 * RequestId, latency and the retry decision, and never the secret, token or signature.
 */
class RequestLoggingTest {
    static final Operation<java.util.Map<String, String>, String> LOGGED = Operation.of(PipelineRetryTest.SERVICE,
            "LoggedThing", true, r -> { }, (r, w) -> r.forEach(w::put), (body, meta) -> Json.text(body, "RequestId"));

    @Test
    void eachAttemptIsLoggedWithoutSecrets() throws Exception {
        String secret = "log-secret-5b2f";
        String token = "log-token-77aa";
        String signature;
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "log-r1"));
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"log-r2\"}"));
            server.start();
            ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                    StaticCredentialsProvider.create("LogKeyId01", secret, token), SignatureVersion.V1,
                    RetryStrategy.builder().random(() -> 0.0).build(), null, null, null, null, null, null,
                    Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
            try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
                assertEquals("log-r2", rt.invoke(LOGGED, PipelineRetryTest.params()));
            }
            server.takeRequest();
            signature = FormRequest.of(server.takeRequest()).param("Signature");
        }
        String file = System.getProperty("acs4j.test.logFile");
        List<String> lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("LoggedThing")).collect(Collectors.toList());
        assertEquals(2, lines.size(), lines.toString());
        String failed = lines.get(0);
        assertTrue(failed.contains("DEBUG") && failed.contains("Test LoggedThing attempt 1 failed after")
                && failed.contains("(HTTP 503, RequestId log-r1)") && failed.contains("retrying in 0 ms"), failed);
        assertTrue(lines.get(1).matches(".*Test LoggedThing attempt 2: HTTP 200, RequestId log-r2, \\d+ ms.*"),
                lines.get(1));
        String all = String.join("\n", Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8));
        assertFalse(all.contains(secret) || all.contains(token) || all.contains(signature), "a secret was logged");
    }
}
