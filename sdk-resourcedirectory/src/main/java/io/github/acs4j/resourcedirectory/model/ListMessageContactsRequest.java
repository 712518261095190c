package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Lists message contacts, one page at a time ({@code ListMessageContacts}), optionally only one
 * contact or those bound to one object.
 */
public final class ListMessageContactsRequest {
    private final String contactId;
    private final String member;
    private final Integer pageNumber;
    private final Integer pageSize;

    private ListMessageContactsRequest(Builder b) {
        this.contactId = b.contactId;
        this.member = b.member;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: only this contact */
    public String contactId() {
        return contactId;
    }

    /**
     * @return {@code Member}: only contacts bound to this object: a resource directory, folder or member (account) ID
     */
    public String member() {
        return member;
    }

    /** @return {@code PageNumber}: the page to return, from 1 */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** @return {@code PageSize}: entries per page, at least 1 */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ListMessageContactsRequest)) {
            return false;
        }
        ListMessageContactsRequest o = (ListMessageContactsRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(member, o.member)
                && Objects.equals(pageNumber, o.pageNumber)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, member, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListMessageContactsRequest")
                .add("contactId", contactId)
                .add("member", member)
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize)
                .build();
    }

    /** Builder for {@link ListMessageContactsRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;
        private String member;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(ListMessageContactsRequest r) {
            this.contactId = r.contactId;
            this.member = r.member;
            this.pageNumber = r.pageNumber;
            this.pageSize = r.pageSize;
        }

        /**
         * @param v {@code ContactId}: only this contact
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code Member}: only contacts bound to this object: a resource directory, folder or member
         *     (account) ID
         * @return this
         */
        public Builder member(String v) {
            this.member = v;
            return this;
        }

        /**
         * @param v {@code PageNumber}: the page to return, from 1
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code PageSize}: entries per page, at least 1
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /** @return the request */
        public ListMessageContactsRequest build() {
            return new ListMessageContactsRequest(this);
        }
    }
}
