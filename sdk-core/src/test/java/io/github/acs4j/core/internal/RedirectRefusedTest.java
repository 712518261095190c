package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 3xx is never followed: not to another server, not to the same one, not with the user's own OkHttp client
 * (which follows redirects by default), sync or async. The endpoint sees the request once, the Location
 * target never.
 */
class RedirectRefusedTest {
    static final int[] STATUSES = {301, 302, 303, 307, 308};

    @Test
    void everyRedirectIsRefusedAndNothingIsSentAgain() throws Exception {
        OkHttpClient users = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
        int cases = 0;
        for (boolean own : new boolean[] {true, false}) {
            for (int status : STATUSES) {
                for (boolean sameHost : new boolean[] {false, true}) {
                    for (boolean async : new boolean[] {false, true}) {
                        String label = status + (sameHost ? " same host" : " other host") + (async ? " async" : " sync")
                                + (own ? ", client-built OkHttp" : ", user's OkHttp");
                        refused(own ? null : users, status, sameHost, async, label);
                        cases++;
                    }
                }
            }
        }
        assertEquals(40, cases);
        users.dispatcher().executorService().shutdown();
    }

    private static void refused(OkHttpClient http, int status, boolean sameHost, boolean async, String label)
            throws Exception {
        try (MockWebServer endpoint = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
            endpoint.start();
            elsewhere.start();
            MockWebServer target = sameHost ? endpoint : elsewhere;
            // the endpoint is "localhost"; another host is 127.0.0.1 (another name, another port)
            String location = sameHost ? endpoint.url("/again").toString()
                    : "http://127.0.0.1:" + elsewhere.getPort() + "/steal";
            endpoint.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", location));
            // what following would reach: a success, so a followed redirect would pass unnoticed
            target.enqueue(Bodies.json(200, "{\"RequestId\":\"stolen\"}"));
            try (ClientRuntime rt = runtime(endpoint, http)) {
                AcsClientException e;
                if (async) {
                    ExecutionException ee = assertThrows(ExecutionException.class, () -> rt.invokeAsync(
                            PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS), label);
                    e = assertInstanceOf(AcsClientException.class, ee.getCause(), label);
                } else {
                    e = assertThrows(AcsClientException.class,
                            () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()), label);
                }
                assertTrue(e.getMessage().contains("redirected (HTTP " + status + " to host "
                        + (sameHost ? endpoint.getHostName() : "127.0.0.1") + ":" + target.getPort() + ")"), label + ": " + e.getMessage());
                assertEquals(1, e.attempts(), label);
                assertFalse(e.isRetryable(), label);
            }
            assertEquals(1, endpoint.getRequestCount(), label);
            assertEquals(0, elsewhere.getRequestCount(), label);
        }
    }

    static ClientRuntime runtime(MockWebServer endpoint, OkHttpClient http) {
        return new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, endpoint.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret", "testtoken"), SignatureVersion.V1,
                RetryStrategy.builder().sleeper(ms -> { }).build(), Duration.ofSeconds(2), Duration.ofSeconds(5), null,
                null, http, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }
}
