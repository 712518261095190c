package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.emulator.AcsEmulator;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 64 threads x 1,000 calls through one shared client against the emulator: no error. Bounded in time. */
@Order(8)
class LoadTest {
    static final int THREADS = 64;
    static final int CALLS = 1000;

    @Test
    void sixtyFourThreadsTimesAThousandCallsWithoutAnError() throws Exception {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        // one connection per thread stays pooled instead of OkHttp's default of 5 idle
        OkHttpClient http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(THREADS, 1, TimeUnit.MINUTES)).build();
        long start = System.nanoTime();
        try (AcsEmulator emulator = AcsEmulator.start();
             CmsClient cms = CmsClient.builder().endpointOverride(emulator.endpoint()).httpClient(http)
                     .credentialsProvider(StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret()))
                     .build()) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS; i++) {
                        try {
                            if (i % 10 == 9) {
                                cms.describeContactList(r -> r.contactName("load-" + thread));
                            } else {
                                cms.putContact(r -> r.contactName("load-" + thread).describe("call " + ok.get())
                                        .channelsMail("load" + thread + "@example.com"));
                            }
                            ok.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 3) {
                                Leaks.record(e);
                                e.printStackTrace();
                            }
                        }
                    }
                }));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "load run did not finish in 5 minutes");
            for (Future<?> f : done) {
                f.get();
            }
            assertEquals(THREADS * CALLS, emulator.requestCount());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, errors.get());
        assertEquals(THREADS * CALLS, ok.get());
        System.out.println("load: " + THREADS * CALLS + " calls in " + ms + " ms");
        Figures.record(THREADS + " threads x " + CALLS + " calls, one client, emulator",
                "0 errors, " + ok.get() + " successes in " + ms + " ms", THREADS * CALLS);
    }
}
