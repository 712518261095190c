package io.github.acs4j.core.internal;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Drives an {@link Exchange} without blocking a thread: each attempt is an OkHttp {@code enqueue}, each
 * backoff a task on the runtime's scheduler. It is the future handed to the caller; cancelling it cancels
 * the attempt in flight (or the pending retry).
 *
 * @param <R> the response type
 */
final class AsyncCall<R> extends CompletableFuture<R> {
    private final Exchange<R> exchange;
    private final ClientRuntime rt;
    private volatile Call current;
    private volatile Future<?> pendingRetry;

    AsyncCall(ClientRuntime rt, Exchange<R> exchange) {
        this.rt = rt;
        this.exchange = exchange;
    }

    /** Sends the next attempt; any failure to do so completes the future. */
    void attempt() {
        if (isDone()) {
            return;
        }
        Call call;
        try {
            call = exchange.nextAttempt();
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return;
        }
        current = call;
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                try (Response r = response) {
                    if (!isDone()) {
                        complete(exchange.received(c, r));
                    }
                } catch (AcsException e) {
                    failed(c, e);
                } catch (IOException e) {
                    failed(c, exchange.transportFailure(c, e));
                } catch (RuntimeException e) {
                    completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call c, IOException e) {
                if (!isDone()) {
                    failed(c, exchange.transportFailure(c, e));
                }
            }
        });
        if (isCancelled()) {
            call.cancel(); // cancelled between the check above and the enqueue
        }
    }

    private void failed(Call call, AcsException failure) {
        if (isDone()) {
            return;
        }
        long delay;
        try {
            delay = exchange.retryDelay(call, failure);
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return;
        }
        if (delay < 0) {
            completeExceptionally(failure);
            return;
        }
        try {
            pendingRetry = rt.scheduler().schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the scheduler only refuses work once the client is closed
            AcsClientException closed = exchange.clientClosed();
            closed.addSuppressed(failure);
            completeExceptionally(closed);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Call call = current;
        if (call != null) {
            call.cancel();
        }
        Future<?> retry = pendingRetry;
        if (retry != null) {
            retry.cancel(false);
        }
        return cancelled;
    }
}
