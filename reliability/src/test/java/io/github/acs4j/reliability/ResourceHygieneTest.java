package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building, using and closing many clients leaves no threads, file descriptors or connections behind. */
@Order(4)
class ResourceHygieneTest {
    static final int CLIENTS = 1000;

    @Test
    void thousandClientsBuiltUsedAndClosedLeaveNothingBehind() throws Exception {
        try (Harness h = new Harness()) {
            h.server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}");
                }
            });
            // warm up: the first client starts OkHttp's shared daemon threads (e.g. the connection-pool cleaner)
            try (CmsClient cms = h.cms().build()) {
                Harness.putContact(cms);
            }
            settle();
            int threadsBefore = Thread.activeCount();
            long fdsBefore = openFileDescriptors();
            for (int i = 0; i < CLIENTS; i++) {
                try (CmsClient cms = h.cms().build()) {
                    if (i % 10 == 0) {
                        Harness.putContact(cms);
                    }
                }
            }
            settle();
            int threadsAfter = Thread.activeCount();
            long fdsAfter = openFileDescriptors();
            assertTrue(threadsAfter <= threadsBefore + 5, "threads " + threadsBefore + " -> " + threadsAfter);
            if (fdsBefore >= 0) {
                assertTrue(fdsAfter <= fdsBefore + 20, "file descriptors " + fdsBefore + " -> " + fdsAfter);
            }
            Figures.record(CLIENTS + " clients built, 100 used, all closed",
                    "threads " + threadsBefore + " -> " + threadsAfter + ", fds " + fdsBefore + " -> " + fdsAfter,
                    h.server.getRequestCount());
        }
    }

    /** Lets closed executors' threads finish; bounded. */
    static void settle() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    static long openFileDescriptors() {
        File fds = new File("/proc/self/fd");
        if (fds.isDirectory()) {
            String[] list = fds.list();
            return list == null ? -1 : list.length;
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean) {
            return ((com.sun.management.UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getOpenFileDescriptorCount();
        }
        return -1;
    }
}
