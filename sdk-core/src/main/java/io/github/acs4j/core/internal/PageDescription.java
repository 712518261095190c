package io.github.acs4j.core.internal;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.exception.AcsClientException;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one list operation pages, as data: how to ask for page {@code n}, which page a request asks for and
 * with what size, and where a page's items, the total count and the page number the answer reports are. It
 * also makes the one decision every paginator (sync or async) needs: which request fetches the next page,
 * if any, and whether the last page moved at all.
 *
 * @param <Q> request type
 * @param <P> page (response) type
 * @param <T> item type
 */
public final class PageDescription<Q, P, T> {
    private final BiFunction<Q, Integer, Q> withPageNumber;
    private final Function<Q, Integer> pageNumber;
    private final Function<Q, Integer> pageSize;
    private final Function<P, List<T>> items;
    private final Function<P, Integer> total;
    private final Function<P, Integer> position;

    private PageDescription(BiFunction<Q, Integer, Q> withPageNumber, Function<Q, Integer> pageNumber,
                            Function<Q, Integer> pageSize, Function<P, List<T>> items, Function<P, Integer> total,
                            Function<P, Integer> position) {
        this.position = position;
        this.withPageNumber = withPageNumber;
        this.pageNumber = pageNumber;
        this.pageSize = pageSize;
        this.items = items;
        this.total = total;
    }

    /**
     * @param withPageNumber a copy of the request asking for the given page
     * @param pageNumber the page a request asks for (null means the first, 1)
     * @param pageSize the page size a request asks for (null means the service's default)
     * @param items a page's items (never null)
     * @param total the total count a page reports, or null when it does not
     * @param <Q> request type
     * @param <P> page type
     * @param <T> item type
     * @return the description
     */
    public static <Q, P, T> PageDescription<Q, P, T> of(BiFunction<Q, Integer, Q> withPageNumber,
                                                        Function<Q, Integer> pageNumber, Function<Q, Integer> pageSize,
                                                        Function<P, List<T>> items, Function<P, Integer> total) {
        return new PageDescription<>(withPageNumber, pageNumber, pageSize, items, total, p -> null);
    }

    /**
     * For operations whose answers also report which page they are.
     *
     * @param withPageNumber a copy of the request asking for the given page
     * @param pageNumber the page a request asks for (null means the first, 1)
     * @param pageSize the page size a request asks for (null means the service's default)
     * @param items a page's items (never null)
     * @param total the total count a page reports, or null when it does not
     * @param position the page number a page reports, or null when it does not
     * @param <Q> request type
     * @param <P> page type
     * @param <T> item type
     * @return the description
     */
    public static <Q, P, T> PageDescription<Q, P, T> of(BiFunction<Q, Integer, Q> withPageNumber,
                                                        Function<Q, Integer> pageNumber, Function<Q, Integer> pageSize,
                                                        Function<P, List<T>> items, Function<P, Integer> total,
                                                        Function<P, Integer> position) {
        return new PageDescription<>(withPageNumber, pageNumber, pageSize, items, total, position);
    }

    /**
     * @param page a page
     * @return its items, never null
     */
    public List<T> items(P page) {
        List<T> l = items.apply(page);
        return l == null ? Collections.<T>emptyList() : l;
    }

    /**
     * Stops at an empty page, or once the pages so far reach the total the service reports.
     *
     * @param request the request of the page just read
     * @param page the page just read
     * @param largestPage the most items any page held so far (the page size, when the request set none)
     * @return the request for the next page, or null when there is none
     */
    public Q next(Q request, P page, int largestPage) {
        return next(request, null, page, largestPage);
    }

    /**
     * Like {@link #next(Object, Object, int)}, after checking that {@code page} moved on from
     * {@code previous}: a page with the same items as the one before (the same page again), or one that
     * reports the same page number and the same total, means the service is not paging, and fetching on
     * would never end.
     *
     * @param request the request of the page just read
     * @param previous the page read before it, or null for the first page
     * @param page the page just read
     * @param largestPage the most items any page held so far (the page size, when the request set none)
     * @return the request for the next page, or null when there is none
     * @throws AcsClientException when the page shows no progress (not retryable)
     */
    public Q next(Q request, P previous, P page, int largestPage) {
        return nextAfter(request, previous == null ? null : seen(previous), page, largestPage);
    }

    /**
     * Like {@link #next(Object, Object, Object, int)}, with what was kept of the page before instead of the
     * page itself, so that a paginator holds one page of models at a time.
     *
     * @param request the request of the page just read
     * @param previous {@link #seen} of the page read before it, or null for the first page
     * @param page the page just read
     * @param largestPage the most items any page held so far (the page size, when the request set none)
     * @return the request for the next page, or null when there is none
     * @throws AcsClientException when the page shows no progress (not retryable)
     */
    public Q nextAfter(Q request, Seen previous, P page, int largestPage) {
        List<T> got = items(page);
        if (previous != null && !got.isEmpty()) {
            checkProgress(request, previous, page, got);
        }
        if (got.isEmpty()) {
            return null;
        }
        Integer asked = pageNumber.apply(request);
        int number = asked == null || asked < 1 ? 1 : asked;
        Integer count = total.apply(page);
        if (count != null) {
            Integer size = pageSize.apply(request);
            int perPage = Math.max(size != null && size > 0 ? size : 0, Math.max(largestPage, got.size()));
            if ((long) number * perPage >= count) {
                return null;
            }
        }
        return withPageNumber.apply(request, number + 1);
    }

    /**
     * @param page a page just read
     * @return what the progress check of the next page needs of it: its items' hash codes, its position and
     *     total; no models
     */
    public Seen seen(P page) {
        List<T> got = items(page);
        int[] hashes = new int[got.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = Objects.hashCode(got.get(i));
        }
        return new Seen(hashes, position.apply(page), total.apply(page));
    }

    /**
     * What a paginator keeps of the page before: the hash codes of its items (a page whose items hash the
     * same, one by one, is taken for the same page again; distinct items that all collide are not a
     * realistic page), its position and its total.
     */
    public static final class Seen {
        private final int[] hashes;
        private final Integer position;
        private final Integer total;

        Seen(int[] hashes, Integer position, Integer total) {
            this.hashes = hashes;
            this.position = position;
            this.total = total;
        }

        boolean sameItems(List<?> items) {
            if (items.size() != hashes.length) {
                return false;
            }
            for (int i = 0; i < hashes.length; i++) {
                if (Objects.hashCode(items.get(i)) != hashes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private void checkProgress(Q request, Seen previous, P page, List<T> got) {
        Integer at = position.apply(page);
        Integer total = this.total.apply(page);
        String why;
        if (previous.sameItems(got)) {
            why = "the same " + got.size() + " items as the page before";
        } else if (at != null && at.equals(previous.position) && Objects.equals(total, previous.total)) {
            why = "page number " + at + " and total " + total + " again";
        } else {
            return;
        }
        Integer asked = pageNumber.apply(request);
        String name = page.getClass().getSimpleName().replaceFirst("Response$", "");
        AcsResponse response = page instanceof AcsResponse ? (AcsResponse) page : null;
        throw new AcsClientException("Paging " + name + " stopped: the answer to page " + (asked == null ? 1 : asked)
                + " has " + why + (response == null ? "" : " (RequestId " + response.requestId() + ")")
                + ", so the service is not moving through the pages; fetching on would never end.",
                null, response == null ? 0 : response.metadata().attempts(), false);
    }
}
