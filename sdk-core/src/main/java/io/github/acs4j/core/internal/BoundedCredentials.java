package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks a client's credentials provider within what is left of a call's timeout. A provider may block for
 * as long as it likes (an STS call, a metadata service that does not answer): it runs on a shared daemon
 * thread while the caller waits no longer than its deadline. Callers of one client that arrive while a
 * resolution runs wait for that one, so a hung provider holds one thread per client, not one per caller.
 * Calls without a call timeout, and a {@link StaticCredentialsProvider}, ask the provider directly.
 */
final class BoundedCredentials {
    private static final AtomicInteger THREAD_IDS = new AtomicInteger();
    /** Unbounded: a provider may itself run a call with a timeout (STS signed by another provider). */
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<Runnable>(), r -> {
                Thread t = new Thread(r, "acs4j-credentials-" + THREAD_IDS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private final CredentialsProvider provider;
    private final boolean direct;
    private final AtomicReference<CompletableFuture<Credentials>> running = new AtomicReference<>();

    BoundedCredentials(CredentialsProvider provider) {
        this.provider = provider;
        this.direct = provider instanceof StaticCredentialsProvider;
    }

    /** @return whether asking the provider can never block, so no bound is needed */
    boolean direct() {
        return direct;
    }

    /**
     * @param timeoutMillis the longest wait
     * @return the provider's answer
     * @throws TimeoutException when the provider did not answer in time (it keeps running, for the next call)
     * @throws InterruptedException when the caller is interrupted while waiting
     * @throws RuntimeException what the provider threw
     */
    Credentials resolve(long timeoutMillis) throws TimeoutException, InterruptedException {
        CompletableFuture<Credentials> f = running.get();
        while (f == null) {
            CompletableFuture<Credentials> mine = new CompletableFuture<>();
            if (running.compareAndSet(null, mine)) {
                POOL.execute(() -> {
                    try {
                        mine.complete(provider.resolveCredentials());
                    } catch (Throwable t) {
                        mine.completeExceptionally(t);
                    } finally {
                        running.compareAndSet(mine, null);
                    }
                });
                f = mine;
            } else {
                f = running.get();
            }
        }
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
