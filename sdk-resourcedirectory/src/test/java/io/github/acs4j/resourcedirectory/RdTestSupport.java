package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ResourceDirectoryClient pointed at a MockWebServer, with a fixed clock and no waiting between retries. */
final class RdTestSupport {
    static final String KEY_ID = "TestExampleKeyId01";
    static final String SECRET = "ExampleSecret0123456789abcdefXY";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:10Z"), ZoneOffset.UTC);
    /** A success answer (RequestId r-2) that carries every field any operation requires of a success. */
    static final String ANY_SUCCESS = "{\"RequestId\":\"r-2\",\"Contact\":{\"ContactId\":\"c-2\"},\"TotalCount\":0,"
            + "\"Status\":\"Deleted\",\"ContactDeletionStatus\":{\"ContactId\":\"c-2\"}}";

    private RdTestSupport() {
    }

    /** The async twin of {@link #client}: no waiting between retries (no jitter), the same credentials and clock. */
    static ResourceDirectoryAsyncClient.Builder asyncClient(MockWebServer server) {
        return ResourceDirectoryAsyncClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .clock(CLOCK);
    }

    static ResourceDirectoryClient.Builder client(MockWebServer server) {
        return ResourceDirectoryClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().sleeper(ms -> { }).build())
                .clock(CLOCK);
    }

    /** @param kv alternating names and values @return a sorted map of them */
    static TreeMap<String, String> params(String... kv) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * Asserts a request is a signed POST of the action with exactly the given operation parameters.
     *
     * @return the decoded request
     */
    static FormRequest assertSent(RecordedRequest rec, String action, Map<String, String> expected) {
        assertEquals("POST", rec.getMethod());
        assertEquals("/", rec.getPath());
        FormRequest form = FormRequest.of(rec);
        assertEquals(action, form.param("Action"));
        assertEquals("2022-04-19", form.param("Version"));
        assertEquals("JSON", form.param("Format"));
        assertEquals(KEY_ID, form.param("AccessKeyId"));
        assertEquals("2024-05-06T07:08:10Z", form.param("Timestamp"));
        assertEquals(null, form.param("RegionId"), "Resource Directory takes no RegionId");
        assertEquals(expected, form.operationParams());
        assertTrue(form.v1SignatureVerifies(SECRET), "signature verifies independently");
        return form;
    }
}
