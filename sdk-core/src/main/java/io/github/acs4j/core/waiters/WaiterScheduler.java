package io.github.acs4j.core.waiters;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that starts the polls of every async wait after their delay; it only starts them
 * (the calls themselves are asynchronous) and ends after 10 s without work, so an idle JVM keeps no thread.
 */
final class WaiterScheduler {
    private static final ScheduledThreadPoolExecutor EXECUTOR = create();

    private WaiterScheduler() {
    }

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "acs4j-waiter");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        e.setKeepAliveTime(10, TimeUnit.SECONDS);
        e.allowCoreThreadTimeOut(true);
        return e;
    }

    static ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        return EXECUTOR.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }
}
