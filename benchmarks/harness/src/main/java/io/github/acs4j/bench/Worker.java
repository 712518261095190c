package io.github.acs4j.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Main class of a contender's JVM: makes the first call (the runner times it from the JVM's launch), warms
 * up, then measures one thread, sixteen threads and signing alone. Every loop stops at a call count or a
 * time limit, whichever comes first. Prints {@code FIRST} after the first call and one {@code RESULT} line.
 *
 * <p>Arguments: contender class, endpoint, warm-up seconds, measured seconds per phase, max calls per
 * phase, threads, and optionally the scenario ({@link Contender#PUT_CONTACT} when absent). A list
 * scenario's call is one page, checked to hold all {@link Contender#PAGE_ITEMS} items every time (the
 * first call included, so nothing is timed that did not read the page).
 */
public final class Worker {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Worker() {
    }

    /**
     * @param args see the class comment
     * @throws Exception when a call fails: the run is then void
     */
    public static void main(String[] args) throws Exception {
        Contender c = (Contender) Class.forName(args[0]).getConstructor().newInstance();
        String endpoint = args[1];
        double warmSeconds = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        long maxCalls = Long.parseLong(args[4]);
        int threads = Integer.parseInt(args[5]);
        String scenario = args.length > 6 ? args[6] : Contender.PUT_CONTACT;
        Call call = call(c, scenario);

        c.open(endpoint);
        call.run();
        System.out.println("FIRST");
        System.out.flush();

        loop(call, warmSeconds, maxCalls);
        Phase single = measureSingle(call, seconds, maxCalls);
        loop(call, Math.min(warmSeconds, 1.0), maxCalls / 4); // threads of the pool warm up too
        Phase multi = measureMulti(call, seconds, maxCalls, threads);
        boolean signs = c.signs() && scenario.equals(Contender.PUT_CONTACT);
        Phase sign = signs ? measureSigning(c, Math.max(0.5, seconds / 2), maxCalls * 10) : null;
        c.close();

        StringBuilder sb = new StringBuilder("RESULT");
        put(sb, "st_calls_per_s", single.perSecond());
        put(sb, "st_cpu_us", single.processCpuNanos / 1e3 / single.calls);
        put(sb, "st_thread_cpu_us", single.threadCpuNanos / 1e3 / single.calls);
        put(sb, "st_alloc_bytes", (double) single.allocated / single.calls);
        put(sb, "st_calls", single.calls);
        put(sb, "mt_calls_per_s", multi.perSecond());
        put(sb, "mt_cpu_us", multi.processCpuNanos / 1e3 / multi.calls);
        put(sb, "mt_calls", multi.calls);
        if (sign != null) {
            put(sb, "sign_us", sign.threadCpuNanos / 1e3 / sign.calls);
            put(sb, "sign_alloc_bytes", (double) sign.allocated / sign.calls);
        }
        System.out.println(sb);
        System.out.flush();
        System.exit(0);
    }

    /** One measured unit of work: a PutContact, or one list page read completely. */
    private interface Call {
        void run() throws Exception;
    }

    private static Call call(Contender c, String scenario) {
        if (scenario.equals(Contender.PUT_CONTACT)) {
            return c::call;
        }
        if (!c.lists(scenario)) {
            throw new IllegalArgumentException(c.getClass().getSimpleName() + " has no scenario " + scenario);
        }
        return () -> {
            int read = c.listPage(scenario);
            if (read != Contender.PAGE_ITEMS) {
                throw new IllegalStateException(scenario + ": read " + read + " items, not " + Contender.PAGE_ITEMS);
            }
        };
    }

    private static void put(StringBuilder sb, String key, double value) {
        sb.append(' ').append(key).append('=').append(String.format(Locale.ROOT, "%.3f", value));
    }

    private static void loop(Call c, double seconds, long maxCalls) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        for (long i = 0; i < maxCalls && System.nanoTime() < end; i++) {
            c.run();
        }
    }

    private static Phase measureSingle(Call c, double seconds, long maxCalls) throws Exception {
        long tid = Thread.currentThread().getId();
        Phase p = new Phase();
        long cpu0 = OS.getProcessCpuTime();
        long tcpu0 = THREADS.getCurrentThreadCpuTime();
        long alloc0 = THREADS.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long n = 0;
        while (n < maxCalls && System.nanoTime() < end) {
            c.run();
            n++;
        }
        p.wallNanos = System.nanoTime() - t0;
        p.allocated = THREADS.getThreadAllocatedBytes(tid) - alloc0;
        p.threadCpuNanos = THREADS.getCurrentThreadCpuTime() - tcpu0;
        p.processCpuNanos = OS.getProcessCpuTime() - cpu0;
        p.calls = n;
        return p;
    }

    private static Phase measureMulti(Call c, double seconds, long maxCalls, int threads) throws Exception {
        AtomicLong calls = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        long perThread = Math.max(1, maxCalls / threads);
        long[] endAt = new long[1];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    long n = 0;
                    while (n < perThread && System.nanoTime() < endAt[0] && failure.get() == null) {
                        c.run();
                        n++;
                    }
                    calls.addAndGet(n);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        Phase p = new Phase();
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        endAt[0] = t0 + (long) (seconds * 1e9);
        start.countDown();
        for (Thread t : workers) {
            t.join((long) (seconds * 1000) + 30_000);
        }
        p.wallNanos = System.nanoTime() - t0;
        p.processCpuNanos = OS.getProcessCpuTime() - cpu0;
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed on " + threads + " threads", failure.get());
        }
        p.calls = calls.get();
        return p;
    }

    private static Phase measureSigning(Contender c, double seconds, long maxOps) throws Exception {
        long tid = Thread.currentThread().getId();
        int sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        for (long i = 0; i < maxOps && System.nanoTime() < warmEnd; i++) {
            sink += c.sign().hashCode();
        }
        Phase p = new Phase();
        long alloc0 = THREADS.getThreadAllocatedBytes(tid);
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long n = 0;
        // the clock is read every 256 operations so that reading it costs nothing measurable
        while (n < maxOps && ((n & 255) != 0 || System.nanoTime() < end)) {
            sink += c.sign().hashCode();
            n++;
        }
        p.wallNanos = System.nanoTime() - t0;
        p.threadCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
        p.allocated = THREADS.getThreadAllocatedBytes(tid) - alloc0;
        p.calls = n;
        if (sink == 42) {
            System.out.print("");
        }
        return p;
    }

    /** What one measured phase counted. */
    private static final class Phase {
        long calls;
        long wallNanos;
        long processCpuNanos;
        long threadCpuNanos;
        long allocated;

        double perSecond() {
            return calls / (wallNanos / 1e9);
        }
    }
}
