package io.github.acs4j.arms;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An ArmsClient for region cn-hangzhou pointed at a MockWebServer, with a fixed clock and no waiting between retries. */
final class ArmsTestSupport {
    static final String KEY_ID = "TestExampleKeyId01";
    static final String SECRET = "ExampleSecret0123456789abcdefXY";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:10Z"), ZoneOffset.UTC);

    private ArmsTestSupport() {
    }

    /** The async twin of {@link #client}: no waiting between retries (no jitter), the same credentials and clock. */
    static ArmsAsyncClient.Builder asyncClient(MockWebServer server) {
        return ArmsAsyncClient.builder()
                .region("cn-hangzhou")
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .clock(CLOCK);
    }

    static ArmsClient.Builder client(MockWebServer server) {
        return ArmsClient.builder()
                .region("cn-hangzhou")
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().sleeper(ms -> { }).build())
                .clock(CLOCK);
    }

    /** Takes the next request, checks its action, version and V1 signature, and returns it decoded. */
    static FormRequest sent(MockWebServer server, String action) throws InterruptedException {
        FormRequest form = FormRequest.of(server.takeRequest());
        assertEquals("POST", form.recorded().getMethod());
        assertEquals(action, form.param("Action"));
        assertEquals("2019-08-08", form.param("Version"));
        assertEquals(KEY_ID, form.param("AccessKeyId"));
        assertTrue(form.v1SignatureVerifies(SECRET), "signature verifies independently");
        return form;
    }

    /** @param kv name, value, name, value, ... @return them as a sorted map */
    static TreeMap<String, String> params(String... kv) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
