package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code ListMessageContactVerifications}.
 */
public final class ListMessageContactVerificationsResponse extends AcsResponse {
    private final Integer totalCount;
    private final Integer pageNumber;
    private final Integer pageSize;
    private final List<ContactVerification> contactVerifications;

    private ListMessageContactVerificationsResponse(Builder b) {
        super(b);
        this.totalCount = b.totalCount;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
        this.contactVerifications = b.contactVerifications == null ? Collections.<ContactVerification>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactVerifications));
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

    /** @return {@code ContactVerifications}: the pending verifications on this page, never null */
    public List<ContactVerification> contactVerifications() {
        return contactVerifications;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ListMessageContactVerificationsResponse)) {
            return false;
        }
        ListMessageContactVerificationsResponse o = (ListMessageContactVerificationsResponse) other;
        return baseEquals(o)
                && Objects.equals(totalCount, o.totalCount)
                && Objects.equals(pageNumber, o.pageNumber)
                && Objects.equals(pageSize, o.pageSize)
                && Objects.equals(contactVerifications, o.contactVerifications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), totalCount, pageNumber, pageSize, contactVerifications);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListMessageContactVerificationsResponse")
                .add("requestId", requestId())
                .add("totalCount", totalCount)
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize)
                .add("contactVerifications", contactVerifications)
                .build();
    }

    /** Builder for {@link ListMessageContactVerificationsResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, ListMessageContactVerificationsResponse> {
        private Integer totalCount;
        private Integer pageNumber;
        private Integer pageSize;
        private List<ContactVerification> contactVerifications;

        private Builder() {
        }

        private Builder(ListMessageContactVerificationsResponse r) {
            super(r);
            this.totalCount = r.totalCount;
            this.pageNumber = r.pageNumber;
            this.pageSize = r.pageSize;
            this.contactVerifications = r.contactVerifications;
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
         * @param v {@code ContactVerifications}: the pending verifications on this page
         * @return this
         */
        public Builder contactVerifications(List<ContactVerification> v) {
            this.contactVerifications = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ListMessageContactVerificationsResponse build() {
            return new ListMessageContactVerificationsResponse(this);
        }
    }
}
