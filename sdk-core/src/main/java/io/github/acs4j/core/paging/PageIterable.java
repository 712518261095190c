package io.github.acs4j.core.paging;

import io.github.acs4j.core.internal.PageDescription;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a list operation, fetched lazily: a page is requested only when iteration reaches it, and
 * each {@link #iterator()} starts again from the request's page. Iterating a page that fails throws the
 * call's exception. Paging stops at an empty page or once the reported total is reached; a page that shows
 * no progress (the same items as the page before, or the same reported page number and total) throws an
 * {@link io.github.acs4j.core.exception.AcsClientException} instead of being returned, so a service that
 * ignores the page number cannot make the iteration fetch forever.
 *
 * <pre>{@code
 * for (Contact c : cms.describeContactListPaginator(r -> r.pageSize(50)).items()) { ... }
 * }</pre>
 *
 * @param <P> page (response) type
 * @param <T> item type
 */
public final class PageIterable<P, T> implements Iterable<P> {
    private final Iterable<P> pages;
    private final Function<P, Iterable<T>> items;

    private PageIterable(Iterable<P> pages, Function<P, Iterable<T>> items) {
        this.pages = pages;
        this.items = items;
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
    public static <Q, P, T> PageIterable<P, T> of(PageDescription<Q, P, T> description, Q first, Function<Q, P> fetch) {
        if (first == null) {
            throw new IllegalArgumentException("the first request must not be null");
        }
        return new PageIterable<>(() -> new Pages<>(description, first, fetch), description::items);
    }

    @Override
    public Iterator<P> iterator() {
        return pages.iterator();
    }

    /** @return the items of every page, in order, fetched lazily page by page */
    public Iterable<T> items() {
        return () -> new Iterator<T>() {
            private final Iterator<P> pageIterator = pages.iterator();
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pageIterator.hasNext()) {
                    current = java.util.Collections.emptyIterator(); // the page read is let go before the next is read
                    current = items.apply(pageIterator.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** @return the pages as a sequential, lazy stream */
    public Stream<P> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** @return the items as a sequential, lazy stream */
    public Stream<T> itemStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items().iterator(), Spliterator.ORDERED), false);
    }

    /** One pass over the pages. */
    private static final class Pages<Q, P, T> implements Iterator<P> {
        private final PageDescription<Q, P, T> description;
        private final Function<Q, P> fetch;
        private Q nextRequest;
        private PageDescription.Seen previous; // not the page itself: one page of models at a time
        private int largest;

        Pages(PageDescription<Q, P, T> description, Q first, Function<Q, P> fetch) {
            this.description = description;
            this.fetch = fetch;
            this.nextRequest = first;
        }

        @Override
        public boolean hasNext() {
            return nextRequest != null;
        }

        @Override
        public P next() {
            if (nextRequest == null) {
                throw new NoSuchElementException();
            }
            Q request = nextRequest;
            nextRequest = null; // a failed fetch ends the pass
            P page = fetch.apply(request);
            largest = Math.max(largest, description.items(page).size());
            nextRequest = description.nextAfter(request, previous, page, largest); // throws when the page did not move
            previous = description.seen(page);
            return page;
        }
    }
}
