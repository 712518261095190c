package io.github.acs4j.cms;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import okhttp3.mockwebserver.MockWebServer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A CmsClient pointed at a MockWebServer, with a fixed clock and no waiting between retries. */
final class CmsTestSupport {
    static final String KEY_ID = "TestExampleKeyId01";
    static final String SECRET = "ExampleSecret0123456789abcdefXY";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:10Z"), ZoneOffset.UTC);

    private CmsTestSupport() {
    }

    /** The async twin of {@link #client}: no waiting between retries (no jitter), the same credentials and clock. */
    static CmsAsyncClient.Builder asyncClient(MockWebServer server) {
        return CmsAsyncClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().random(() -> 0.0).build())
                .clock(CLOCK);
    }

    static CmsClient.Builder client(MockWebServer server) {
        return CmsClient.builder()
                .signatureVersion(SignatureVersion.V1)
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(KEY_ID, SECRET))
                .retryStrategy(RetryStrategy.builder().sleeper(ms -> { }).build())
                .clock(CLOCK);
    }
}
