package io.github.acs4j.arms.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code SearchAlertContact}: one page of contacts ({@code PageBean}).
 */
public final class SearchAlertContactResponse extends AcsResponse {
    private final Integer pageNumber;
    private final Integer pageSize;
    private final Integer totalCount;
    private final List<AlertContact> contacts;

    private SearchAlertContactResponse(Builder b) {
        super(b);
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
        this.totalCount = b.totalCount;
        this.contacts = b.contacts == null ? Collections.<AlertContact>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contacts));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code PageBean.PageNumber}: the page returned */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** @return {@code PageBean.PageSize}: entries per page */
    public Integer pageSize() {
        return pageSize;
    }

    /** @return {@code PageBean.TotalCount}: how many contacts match, over all pages */
    public Integer totalCount() {
        return totalCount;
    }

    /** @return {@code PageBean.Contacts[]}: the contacts on this page, never null (empty when none match) */
    public List<AlertContact> contacts() {
        return contacts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SearchAlertContactResponse)) {
            return false;
        }
        SearchAlertContactResponse x = (SearchAlertContactResponse) o;
        return baseEquals(x)
                && Objects.equals(pageNumber, x.pageNumber)
                && Objects.equals(pageSize, x.pageSize)
                && Objects.equals(totalCount, x.totalCount)
                && contacts.equals(x.contacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), pageNumber, pageSize, totalCount, contacts);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SearchAlertContactResponse").add("requestId", requestId())
                .add("pageNumber", pageNumber).add("pageSize", pageSize).add("totalCount", totalCount)
                .add("contacts", contacts).build();
    }

    /**
     * Builder for {@link SearchAlertContactResponse}.
     */
    public static final class Builder extends AcsResponse.Builder<Builder, SearchAlertContactResponse> {
        private Integer pageNumber;
        private Integer pageSize;
        private Integer totalCount;
        private List<AlertContact> contacts;

        private Builder() {
        }

        private Builder(SearchAlertContactResponse x) {
            super(x);
            this.pageNumber = x.pageNumber;
            this.pageSize = x.pageSize;
            this.totalCount = x.totalCount;
            this.contacts = x.contacts;
        }

        /**
         * @param v {@code PageBean.PageNumber}: the page returned
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code PageBean.PageSize}: entries per page
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /**
         * @param v {@code PageBean.TotalCount}: how many contacts match, over all pages
         * @return this
         */
        public Builder totalCount(Integer v) {
            this.totalCount = v;
            return this;
        }

        /**
         * @param v {@code PageBean.Contacts[]}: the contacts on this page (empty when none match)
         * @return this
         */
        public Builder contacts(List<AlertContact> v) {
            this.contacts = v;
            return this;
        }

        /**
         * @param v {@code PageBean.Contacts[]}: the contacts on this page (empty when none match)
         * @return this
         */
        public Builder contacts(AlertContact... v) {
            this.contacts = v == null ? null : Arrays.asList(v);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public SearchAlertContactResponse build() {
            return new SearchAlertContactResponse(this);
        }
    }
}
