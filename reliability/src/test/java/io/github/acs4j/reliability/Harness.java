package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.mockwebserver.MockWebServer;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A MockWebServer on 127.0.0.1 and clients pointed at it, signing with the suite's secrets and recording
 * (not sleeping) their backoff.
 */
final class Harness implements AutoCloseable {
    final MockWebServer server = new MockWebServer();
    final List<Long> sleeps = new CopyOnWriteArrayList<>();

    Harness() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
    }

    RetryStrategy retry() {
        // half the jitter ceiling: full jitter may draw 0 ms, which skips the (recorded) sleep and made
        // counts of sleeps flaky about 1 run in 100
        return RetryStrategy.builder().sleeper(sleeps::add).random(() -> 0.5).build();
    }

    CmsClient.Builder cms() {
        return CmsClient.builder()
                .endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                        Secrets.SECURITY_TOKEN))
                .retryStrategy(retry())
                .readTimeout(Duration.ofSeconds(5));
    }

    static void putContact(CmsClient cms) {
        Leaks.record(cms.putContact(r -> r.contactName("oncall").describe("reliability")
                .channelsMail(Secrets.EMAIL).channelsSms(Secrets.PHONE).channelsDingWebHook(Secrets.WEBHOOK)));
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
