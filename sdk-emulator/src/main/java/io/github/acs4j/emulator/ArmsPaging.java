package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The notification-center operations' paging: {@code Page} (1-based) and {@code Size} in, a
 * {@code PageBean} with {@code Page}, {@code Size} and {@code Total} out.
 */
final class ArmsPaging {
    /** Used when a client leaves Size out where the documentation does not require it (our choice). */
    static final int DEFAULT_SIZE = 20;

    final int page;
    final int size;

    private ArmsPaging(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** DescribeContacts documents Page and Size as required. */
    static ArmsPaging required(Params p) {
        p.required("Page");
        p.required("Size");
        return optional(p);
    }

    static ArmsPaging optional(Params p) {
        return new ArmsPaging(p.positive("Page", 1), p.positive("Size", DEFAULT_SIZE));
    }

    <T> List<T> cut(List<T> all) {
        return Pages.page(all, page, size);
    }

    /** @return the new {@code PageBean} of {@code body}, holding Page, Size and Total */
    ObjectNode pageBean(ObjectNode body, int total) {
        ObjectNode bean = body.putObject("PageBean");
        bean.put("Page", page);
        bean.put("Size", size);
        bean.put("Total", total);
        return bean;
    }
}
