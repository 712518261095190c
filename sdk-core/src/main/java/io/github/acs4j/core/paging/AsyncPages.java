package io.github.acs4j.core.paging;

import io.github.acs4j.core.internal.PageDescription;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pages of a list operation for async clients: each page is requested only after the previous one
 * was handed to the consumer, without blocking a thread in between. Each method starts a new pass from
 * the request's page. A failed page, or an exception from the consumer, fails the returned future. Paging
 * stops at an empty page or once the reported total is reached; a page that shows no progress (the same
 * items as the page before, or the same reported page number and total) fails the future with an
 * {@link io.github.acs4j.core.exception.AcsClientException} before it reaches the consumer, so a service
 * that ignores the page number cannot make the pass fetch forever.
 *
 * @param <P> page (response) type
 * @param <T> item type
 */
public final class AsyncPages<P, T> {
    private final Pass<P, T> pass;

    private AsyncPages(Pass<P, T> pass) {
        this.pass = pass;
    }

    /**
     * For clients: pages of {@code fetch} starting from {@code first}, as {@code description} says.
     *
     * @param description how the operation pages
     * @param first the first request
     * @param fetch runs one request
     * @param <Q> request type
     * @param <P> page type
     * @param <T> item type
     * @return the lazy pages
     */
    public static <Q, P, T> AsyncPages<P, T> of(PageDescription<Q, P, T> description, Q first,
                                               Function<Q, CompletableFuture<P>> fetch) {
        if (first == null) {
            throw new IllegalArgumentException("the first request must not be null");
        }
        return new AsyncPages<>(new Pass<P, T>() {
            @Override
            public CompletableFuture<Void> run(Consumer<? super P> consumer) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                step(description, first, null, fetch, consumer, done, 0);
                return done;
            }

            @Override
            public List<T> items(P page) {
                return description.items(page);
            }
        });
    }

    private static <Q, P, T> void step(PageDescription<Q, P, T> d, Q request, P previous,
                                       Function<Q, CompletableFuture<P>> fetch, Consumer<? super P> consumer,
                                       CompletableFuture<Void> done, int largest) {
        if (done.isDone()) {
            return; // cancelled by the caller
        }
        CompletableFuture<P> page;
        try {
            page = fetch.apply(request);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
            return;
        }
        page.whenComplete((p, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            Q next;
            int seen;
            try {
                seen = Math.max(largest, d.items(p).size());
                next = d.next(request, previous, p, seen); // first: a page that did not move is not consumed
                consumer.accept(p);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            if (next == null) {
                done.complete(null);
            } else {
                step(d, next, p, fetch, consumer, done, seen);
            }
        });
    }

    /**
     * @param consumer receives every page, in order
     * @return completes after the last page was consumed
     */
    public CompletableFuture<Void> forEachPage(Consumer<? super P> consumer) {
        return pass.run(consumer);
    }

    /**
     * @param consumer receives every item of every page, in order
     * @return completes after the last item was consumed
     */
    public CompletableFuture<Void> forEachItem(Consumer<? super T> consumer) {
        return pass.run(p -> pass.items(p).forEach(consumer));
    }

    /** @return every item of every page, in order (fetches all pages) */
    public CompletableFuture<List<T>> collectItems() {
        List<T> all = new ArrayList<>();
        return pass.run(p -> all.addAll(pass.items(p))).thenApply(v -> Collections.unmodifiableList(all));
    }

    /** One pass over the pages, and a page's items. */
    private interface Pass<P, T> {
        CompletableFuture<Void> run(Consumer<? super P> consumer);

        List<T> items(P page);
    }
}
