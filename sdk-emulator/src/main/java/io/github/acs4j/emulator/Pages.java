package io.github.acs4j.emulator;

import java.util.Collections;
import java.util.List;

/**
 * Cuts one page (1-based) out of a list, as the services' paged operations do.
 */
final class Pages {
    private Pages() {
    }

    static <T> List<T> page(List<T> all, int pageNumber, int pageSize) {
        long from = (long) (pageNumber - 1) * pageSize;
        if (from >= all.size()) {
            return Collections.emptyList();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }
}
