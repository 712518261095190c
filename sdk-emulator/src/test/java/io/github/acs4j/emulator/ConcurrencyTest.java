package io.github.acs4j.emulator;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many clients at once: every create lands exactly once, IDs stay unique, counts add up.
 */
class ConcurrencyTest {

    @Test
    void concurrentCreatesAreAllKeptWithUniqueIds() throws Exception {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            RawClient client = RawClient.of(emulator);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> ids = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    int n = i;
                    ids.add(pool.submit(() -> client.post("CreateAlertContact", "2019-08-08", params("RegionId", "cn-hangzhou",
                            "ContactName", "c" + n, "Email", "c" + n + "@example.com")).text("ContactId")));
                }
                Set<String> unique = new HashSet<>();
                for (Future<String> f : ids) {
                    unique.add(f.get());
                }
                assertEquals(80, unique.size());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(80, client.post("SearchAlertContact", "2019-08-08", params("RegionId", "cn-hangzhou", "PageSize", "100"))
                    .body.path("PageBean").path("TotalCount").asInt());
            assertEquals(80, emulator.requestCount("CreateAlertContact"));
        }
    }
}
