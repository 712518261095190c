package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code ListMessageContacts}.
 */
public final class ListMessageContactsResponse extends AcsResponse {
    private final Integer totalCount;
    private final Integer pageNumber;
    private final Integer pageSize;
    private final List<MessageContact> contacts;

    private ListMessageContactsResponse(Builder b) {
        super(b);
        this.totalCount = b.totalCount;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
        this.contacts = b.contacts == null ? Collections.<MessageContact>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contacts));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code TotalCount}: how many entries there are in all */
    public Integer totalCount() {
        return totalCount;
    }

    /** @return {@code PageNumber}: the page returned */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** @return {@code PageSize}: entries per page */
    public Integer pageSize() {
        return pageSize;
    }

    /** @return {@code Contacts}: the contacts on this page, never null */
    public List<MessageContact> contacts() {
        return contacts;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ListMessageContactsResponse)) {
            return false;
        }
        ListMessageContactsResponse o = (ListMessageContactsResponse) other;
        return baseEquals(o)
                && Objects.equals(totalCount, o.totalCount)
                && Objects.equals(pageNumber, o.pageNumber)
                && Objects.equals(pageSize, o.pageSize)
                && Objects.equals(contacts, o.contacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), totalCount, pageNumber, pageSize, contacts);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListMessageContactsResponse")
                .add("requestId", requestId())
                .add("totalCount", totalCount)
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize)
                .add("contacts", contacts)
                .build();
    }

    /** Builder for {@link ListMessageContactsResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, ListMessageContactsResponse> {
        private Integer totalCount;
        private Integer pageNumber;
        private Integer pageSize;
        private List<MessageContact> contacts;

        private Builder() {
        }

        private Builder(ListMessageContactsResponse r) {
            super(r);
            this.totalCount = r.totalCount;
            this.pageNumber = r.pageNumber;
            this.pageSize = r.pageSize;
            this.contacts = r.contacts;
        }

        /**
         * @param v {@code TotalCount}: how many entries there are in all
         * @return this
         */
        public Builder totalCount(Integer v) {
            this.totalCount = v;
            return this;
        }

        /**
         * @param v {@code PageNumber}: the page returned
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code PageSize}: entries per page
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /**
         * @param v {@code Contacts}: the contacts on this page
         * @return this
         */
        public Builder contacts(List<MessageContact> v) {
            this.contacts = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ListMessageContactsResponse build() {
            return new ListMessageContactsResponse(this);
        }
    }
}
