package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Lists contact groups one page at a time ({@code DescribeContactGroupList}).
 */
public final class DescribeContactGroupListRequest {
    private final Integer pageNumber;
    private final Integer pageSize;

    private DescribeContactGroupListRequest(Builder b) {
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code PageNumber}: the page, from 1 */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** @return {@code PageSize}: entries per page, at least 1 */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactGroupListRequest)) {
            return false;
        }
        DescribeContactGroupListRequest x = (DescribeContactGroupListRequest) o;
        return Objects.equals(pageNumber, x.pageNumber)
                && Objects.equals(pageSize, x.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactGroupListRequest").add("pageNumber", pageNumber)
                .add("pageSize", pageSize).build();
    }

    /**
     * Builder for {@link DescribeContactGroupListRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(DescribeContactGroupListRequest x) {
            this.pageNumber = x.pageNumber;
            this.pageSize = x.pageSize;
        }

        /**
         * @param v {@code PageNumber}: the page, from 1
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
        public DescribeContactGroupListRequest build() {
            return new DescribeContactGroupListRequest(this);
        }
    }
}
