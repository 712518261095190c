package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsAsyncClient;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Async calls cancelled while the server sits on them: the HTTP calls end, nothing is left running. */
@Order(9)
class AsyncCancelTest {
    static final int CALLS = 50;

    @Test
    void cancelledInFlightCallsLeaveNoRunningCallThreadOrConnection() throws Exception {
        // a user-supplied client, so the test can look into its dispatcher and pool; it must allow all calls at once
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequestsPerHost(CALLS);
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        int threadsBefore;
        try (Harness h = new Harness()) {
            for (int i = 0; i < CALLS; i++) {
                h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            }
            ResourceHygieneTest.settle();
            threadsBefore = Thread.activeCount();
            try (CmsAsyncClient cms = CmsAsyncClient.builder().endpointOverride(h.server.url("/").uri()).httpClient(http)
                    .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                            Secrets.SECURITY_TOKEN))
                    .readTimeout(Duration.ofSeconds(30)).build()) {
                List<CompletableFuture<PutContactResponse>> futures = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    futures.add(cms.putContact(r -> r.contactName("async").describe("cancel me").channelsMail(Secrets.EMAIL)));
                }
                // wait until the server holds every request, then cancel them all mid-flight
                for (int i = 0; i < CALLS; i++) {
                    assertTrue(h.server.takeRequest(10, TimeUnit.SECONDS) != null, "request " + i + " never arrived");
                }
                for (CompletableFuture<PutContactResponse> f : futures) {
                    assertTrue(f.cancel(true));
                }
                for (CompletableFuture<PutContactResponse> f : futures) {
                    Leaks.record(assertThrows(CancellationException.class, f::join));
                }
                for (int i = 0; i < 100 && http.dispatcher().runningCallsCount() > 0; i++) {
                    Thread.sleep(20);
                }
                assertEquals(0, http.dispatcher().runningCallsCount(), "OkHttp calls still running after cancel");
                assertEquals(0, http.dispatcher().queuedCallsCount());
            }
            assertEquals(CALLS, h.server.getRequestCount());
            assertEquals(0, http.connectionPool().connectionCount(), "connections left open");
        }
        // MockWebServer keeps one thread per connection it sits on: count threads once it is shut down
        http.dispatcher().executorService().shutdown();
        ResourceHygieneTest.settle();
        int threadsAfter = Thread.activeCount();
        assertTrue(threadsAfter <= threadsBefore + 3, "threads " + threadsBefore + " -> " + threadsAfter + ": "
                + Thread.getAllStackTraces().keySet());
        Figures.record(CALLS + " async calls cancelled mid-flight", "0 running calls, 0 connections, threads "
                + threadsBefore + " -> " + threadsAfter, CALLS);
    }
}
