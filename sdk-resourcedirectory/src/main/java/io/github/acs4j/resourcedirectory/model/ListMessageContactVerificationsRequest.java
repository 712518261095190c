package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Lists the e-mail addresses and mobile numbers awaiting verification, one page at a time ({@code
 * ListMessageContactVerifications}).
 */
public final class ListMessageContactVerificationsRequest {
    private final String contactId;
    private final Integer pageNumber;
    private final Integer pageSize;

    private ListMessageContactVerificationsRequest(Builder b) {
        this.contactId = b.contactId;
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
        if (!(other instanceof ListMessageContactVerificationsRequest)) {
            return false;
        }
        ListMessageContactVerificationsRequest o = (ListMessageContactVerificationsRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(pageNumber, o.pageNumber)
                && Objects.equals(pageSize, o.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListMessageContactVerificationsRequest")
                .add("contactId", contactId)
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize)
                .build();
    }

    /** Builder for {@link ListMessageContactVerificationsRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(ListMessageContactVerificationsRequest r) {
            this.contactId = r.contactId;
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
        public ListMessageContactVerificationsRequest build() {
            return new ListMessageContactVerificationsRequest(this);
        }
    }
}
