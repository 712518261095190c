package io.github.acs4j.core.internal;

import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one list operation pages, as data: how to ask for page {@code n}, which page a request asks for and
 * with what size, and where a page's items and the total count are. It also makes the one decision every
 * paginator (sync or async) needs: which request fetches the next page, if any.
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

    private PageDescription(BiFunction<Q, Integer, Q> withPageNumber, Function<Q, Integer> pageNumber,
                            Function<Q, Integer> pageSize, Function<P, List<T>> items, Function<P, Integer> total) {
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
        return new PageDescription<>(withPageNumber, pageNumber, pageSize, items, total);
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
        List<T> got = items(page);
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
}
