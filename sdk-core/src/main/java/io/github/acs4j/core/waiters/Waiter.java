package io.github.acs4j.core.waiters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Polls an operation until an {@link Acceptor} ends the wait. The first poll runs at once; each answer or
 * error is judged by the acceptors in order, the first match deciding: {@link WaiterState#SUCCESS} returns a
 * {@link WaiterResult}, {@link WaiterState#FAILURE} throws a {@link WaiterFailureException}, and
 * {@link WaiterState#RETRY}, or an answer no acceptor matches, polls again after the configured delay. An
 * error no acceptor matches ends the wait with that error, unchanged. When the next delay would pass
 * {@link WaiterConfiguration#maxTotalTime()} or the polls reach {@link WaiterConfiguration#maxAttempts()}, a
 * {@link WaiterTimeoutException} ends it. Immutable and thread-safe; product clients build their waiters from
 * their API models.
 *
 * @param <R> the polled operation's response type
 */
public final class Waiter<R> {
    private final String name;
    private final List<Acceptor<R>> acceptors;
    private final WaiterConfiguration configuration;

    private Waiter(String name, List<Acceptor<R>> acceptors, WaiterConfiguration configuration) {
        this.name = Objects.requireNonNull(name, "name");
        this.acceptors = acceptors;
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    /**
     * @param name the waiter's name, e.g. {@code MessageContactDeleted}; exceptions quote it
     * @param acceptors the acceptors, judged in order; at least one
     * @param <R> the response type
     * @return a waiter with {@link WaiterConfiguration#defaults()}
     */
    @SafeVarargs
    public static <R> Waiter<R> of(String name, Acceptor<R>... acceptors) {
        if (acceptors.length == 0) {
            throw new IllegalArgumentException("a waiter needs at least one acceptor");
        }
        List<Acceptor<R>> list = new ArrayList<>();
        for (Acceptor<R> a : acceptors) {
            list.add(Objects.requireNonNull(a, "acceptor"));
        }
        return new Waiter<>(name, Collections.unmodifiableList(list), WaiterConfiguration.defaults());
    }

    /**
     * @param configuration the delays and limits to use
     * @return a waiter with the same acceptors and that configuration
     */
    public Waiter<R> withConfiguration(WaiterConfiguration configuration) {
        return new Waiter<>(name, acceptors, configuration);
    }

    /** @return the waiter's name */
    public String name() {
        return name;
    }

    /** @return the acceptors, in the order they judge */
    public List<Acceptor<R>> acceptors() {
        return acceptors;
    }

    /** @return the delays and limits */
    public WaiterConfiguration configuration() {
        return configuration;
    }

    /**
     * Waits on the calling thread. An interrupt (while polling or between polls) ends the wait with a
     * {@link WaiterException}, the thread's interrupt flag still set.
     *
     * @param poll makes one call of the polled operation
     * @return how the wait succeeded
     * @throws WaiterFailureException when a failure state is reached
     * @throws WaiterTimeoutException when the attempts or the time run out
     * @throws RuntimeException a poll's error that no acceptor matches, unchanged
     */
    public WaiterResult<R> run(Supplier<R> poll) {
        long start = System.nanoTime();
        int polls = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(polls, start, null);
            }
            polls++;
            R answer = null;
            RuntimeException error = null;
            try {
                answer = poll.get();
            } catch (RuntimeException e) {
                error = e;
            }
            if (error != null && Thread.currentThread().isInterrupted()) {
                throw interrupted(polls, start, error);
            }
            Step<R> step = judge(polls, start, answer, error);
            if (step.result != null) {
                return step.result;
            }
            if (step.end != null) {
                throw step.end;
            }
            try {
                Thread.sleep(step.delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(polls, start, null);
            }
        }
    }

    /**
     * Waits without blocking a thread: each poll starts after its delay on one shared daemon scheduler thread.
     * Cancelling the returned future stops the wait and cancels the poll in flight.
     *
     * @param poll starts one asynchronous call of the polled operation
     * @return completes like {@link #run(Supplier)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<WaiterResult<R>> runAsync(Supplier<CompletableFuture<R>> poll) {
        return new AsyncWait(poll).start();
    }

    /** Judges one poll: a result, an exception that ends the wait, or the delay before the next poll. */
    private Step<R> judge(int polls, long start, R answer, RuntimeException error) {
        Acceptor<R> matched = null;
        for (Acceptor<R> a : acceptors) {
            if (error != null ? a.matches(error) : a.matches(answer)) {
                matched = a;
                break;
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (matched == null && error != null) {
            return Step.end(error);
        }
        if (matched != null && matched.state() == WaiterState.SUCCESS) {
            return Step.done(new WaiterResult<>(answer, error, polls, elapsed, matched.description()));
        }
        if (matched != null && matched.state() == WaiterState.FAILURE) {
            return Step.end(new WaiterFailureException(name, matched.description(), polls, elapsed, answer, error));
        }
        String state = matched != null ? matched.description() : "no acceptor matched";
        if (polls >= configuration.maxAttempts()) {
            return Step.end(new WaiterTimeoutException(name, "maxAttempts " + configuration.maxAttempts(), polls,
                    elapsed, answer, state));
        }
        long delay = configuration.delayAfterMillis(polls);
        if (elapsed.toMillis() + delay > configuration.maxTotalTime().toMillis()) {
            return Step.end(new WaiterTimeoutException(name, "maxTotalTime " + configuration.maxTotalTime().toMillis()
                    + " ms", polls, elapsed, answer, state));
        }
        return Step.after(delay);
    }

    private WaiterException interrupted(int polls, long start, Throwable cause) {
        return new WaiterException("Waiter " + name + " was interrupted after " + polls + " poll"
                + (polls == 1 ? "" : "s"), cause, name, polls, Duration.ofNanos(System.nanoTime() - start), null);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** What one poll decided. */
    private static final class Step<R> {
        final WaiterResult<R> result;
        final RuntimeException end;
        final long delayMillis;

        private Step(WaiterResult<R> result, RuntimeException end, long delayMillis) {
            this.result = result;
            this.end = end;
            this.delayMillis = delayMillis;
        }

        static <R> Step<R> done(WaiterResult<R> result) {
            return new Step<>(result, null, 0);
        }

        static <R> Step<R> end(RuntimeException end) {
            return new Step<>(null, end, 0);
        }

        static <R> Step<R> after(long delayMillis) {
            return new Step<>(null, null, delayMillis);
        }
    }

    /** One asynchronous wait: polls chained through their futures and the scheduler, never blocking. */
    private final class AsyncWait {
        private final Supplier<CompletableFuture<R>> poll;
        private final CompletableFuture<WaiterResult<R>> done = new CompletableFuture<>();
        private final long start = System.nanoTime();
        private volatile int polls;
        private volatile Future<?> pending;

        AsyncWait(Supplier<CompletableFuture<R>> poll) {
            this.poll = poll;
        }

        CompletableFuture<WaiterResult<R>> start() {
            done.whenComplete((r, t) -> {
                Future<?> p = pending;
                if (done.isCancelled() && p != null) {
                    p.cancel(true);
                }
            });
            poll();
            return done;
        }

        private void poll() {
            if (done.isDone()) {
                return; // cancelled by the caller
            }
            polls++;
            CompletableFuture<R> call;
            try {
                call = poll.get();
            } catch (RuntimeException e) {
                decide(null, e);
                return;
            }
            pending = call;
            if (done.isCancelled()) {
                call.cancel(true);
                return;
            }
            call.whenComplete((answer, failure) -> {
                Throwable cause = failure == null ? null : unwrap(failure);
                if (cause != null && !(cause instanceof RuntimeException)) {
                    done.completeExceptionally(cause); // an Error: nothing to judge
                    return;
                }
                decide(answer, (RuntimeException) cause);
            });
        }

        private void decide(R answer, RuntimeException error) {
            Step<R> step;
            try {
                step = judge(polls, start, answer, error);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (step.result != null) {
                done.complete(step.result);
            } else if (step.end != null) {
                done.completeExceptionally(step.end);
            } else if (!done.isDone()) {
                pending = WaiterScheduler.schedule(this::poll, step.delayMillis);
            }
        }
    }
}
