package io.github.acs4j.core.internal;

import okhttp3.Call;

import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancels the OkHttp call of a blocking caller whose thread gets interrupted. A thread blocked reading a socket
 * does not notice an interrupt, so without this a caller waiting on a silent server would wait out the read
 * timeout. One daemon thread looks at the callers in a call every {@value #PERIOD_MS} ms while there are any,
 * and stops after {@value #IDLE_MS} ms without one. Per call it costs two writes to a per-thread slot.
 */
final class InterruptWatch {
    static final long PERIOD_MS = 20;
    static final long IDLE_MS = 10_000;

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> MINE = ThreadLocal.withInitial(InterruptWatch::newSlot);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private InterruptWatch() {
    }

    /** The calling thread's slot: the call it is blocked on, if any. */
    static final class Slot {
        final WeakReference<Thread> thread;
        volatile Call call;

        Slot(Thread thread) {
            this.thread = new WeakReference<>(thread);
        }
    }

    /** Watches the calling thread while it runs the call; pair with {@link #exit}. */
    static Slot enter(Call call) {
        Slot s = MINE.get();
        s.call = call;
        // after the write: a watcher stopping now either sees this call or lets us start another
        if (!RUNNING.get() && RUNNING.compareAndSet(false, true)) {
            start();
        }
        return s;
    }

    static void exit(Slot s) {
        s.call = null;
    }

    private static Slot newSlot() {
        Slot s = new Slot(Thread.currentThread());
        SLOTS.add(s);
        return s;
    }

    private static void start() {
        Thread t = new Thread(InterruptWatch::watch, "acs4j-interrupt-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watch() {
        long lastBusy = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                RUNNING.set(false);
                return;
            }
            if (scan()) {
                lastBusy = System.nanoTime();
            } else if (System.nanoTime() - lastBusy > IDLE_MS * 1_000_000L) {
                RUNNING.set(false);
                // a call that started before the flag was cleared saw it set: keep watching for it
                if (!scan() || !RUNNING.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    /** Cancels the calls of interrupted threads, forgets dead threads. @return whether any call is running */
    private static boolean scan() {
        boolean busy = false;
        for (Slot s : SLOTS) {
            Thread t = s.thread.get();
            if (t == null || !t.isAlive()) {
                SLOTS.remove(s);
                continue;
            }
            Call c = s.call;
            if (c != null) {
                busy = true;
                if (t.isInterrupted()) {
                    c.cancel();
                }
            }
        }
        return busy;
    }
}
