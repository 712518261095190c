package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code DescribeContactGroupList}: one page of groups, as names and as details.
 */
public final class DescribeContactGroupListResponse extends CmsResponse {
    private final Integer total;
    private final List<String> contactGroups;
    private final List<ContactGroup> contactGroupList;

    private DescribeContactGroupListResponse(Builder b) {
        super(b);
        this.total = b.total;
        this.contactGroups = b.contactGroups == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactGroups));
        this.contactGroupList = b.contactGroupList == null ? Collections.<ContactGroup>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactGroupList));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Total}: how many groups exist, over all pages */
    public Integer total() {
        return total;
    }

    /** @return {@code ContactGroups.ContactGroup[]}: the names of the groups on this page, never null */
    public List<String> contactGroups() {
        return contactGroups;
    }

    /** @return {@code ContactGroupList.ContactGroup[]}: the groups on this page in detail, never null */
    public List<ContactGroup> contactGroupList() {
        return contactGroupList;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactGroupListResponse)) {
            return false;
        }
        DescribeContactGroupListResponse x = (DescribeContactGroupListResponse) o;
        return cmsEquals(x)
                && Objects.equals(total, x.total)
                && contactGroups.equals(x.contactGroups)
                && contactGroupList.equals(x.contactGroupList);
    }

    @Override
    public int hashCode() {
        return 31 * cmsHashCode() + Objects.hash(total, contactGroups, contactGroupList);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactGroupListResponse").add("requestId", requestId())
                .add("code", code()).add("message", message()).add("success", success()).add("total", total)
                .add("contactGroups", contactGroups).add("contactGroupList", contactGroupList).build();
    }

    /**
     * Builder for {@link DescribeContactGroupListResponse}.
     */
    public static final class Builder extends CmsResponse.Builder<Builder, DescribeContactGroupListResponse> {
        private Integer total;
        private List<String> contactGroups;
        private List<ContactGroup> contactGroupList;

        private Builder() {
        }

        private Builder(DescribeContactGroupListResponse x) {
            super(x);
            this.total = x.total;
            this.contactGroups = x.contactGroups;
            this.contactGroupList = x.contactGroupList;
        }

        /**
         * @param v {@code Total}: how many groups exist, over all pages
         * @return this
         */
        public Builder total(Integer v) {
            this.total = v;
            return this;
        }

        /**
         * @param v {@code ContactGroups.ContactGroup[]}: the names of the groups on this page
         * @return this
         */
        public Builder contactGroups(List<String> v) {
            this.contactGroups = v;
            return this;
        }

        /**
         * @param v {@code ContactGroups.ContactGroup[]}: the names of the groups on this page
         * @return this
         */
        public Builder contactGroups(String... v) {
            this.contactGroups = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code ContactGroupList.ContactGroup[]}: the groups on this page in detail
         * @return this
         */
        public Builder contactGroupList(List<ContactGroup> v) {
            this.contactGroupList = v;
            return this;
        }

        /**
         * @param v {@code ContactGroupList.ContactGroup[]}: the groups on this page in detail
         * @return this
         */
        public Builder contactGroupList(ContactGroup... v) {
            this.contactGroupList = v == null ? null : Arrays.asList(v);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DescribeContactGroupListResponse build() {
            return new DescribeContactGroupListResponse(this);
        }
    }
}
