package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Lists the contacts of one contact group ({@code DescribeContactListByContactGroup}); not paged.
 */
public final class DescribeContactListByContactGroupRequest {
    private final String contactGroupName;

    private DescribeContactListByContactGroupRequest(Builder b) {
        this.contactGroupName = b.contactGroupName;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactGroupName}: the group (required) */
    public String contactGroupName() {
        return contactGroupName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactListByContactGroupRequest)) {
            return false;
        }
        DescribeContactListByContactGroupRequest x = (DescribeContactListByContactGroupRequest) o;
        return Objects.equals(contactGroupName, x.contactGroupName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactGroupName);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactListByContactGroupRequest")
                .add("contactGroupName", contactGroupName).build();
    }

    /**
     * Builder for {@link DescribeContactListByContactGroupRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactGroupName;

        private Builder() {
        }

        private Builder(DescribeContactListByContactGroupRequest x) {
            this.contactGroupName = x.contactGroupName;
        }

        /**
         * @param v {@code ContactGroupName}: the group (required)
         * @return this
         */
        public Builder contactGroupName(String v) {
            this.contactGroupName = v;
            return this;
        }

        /** @return the request */
        public DescribeContactListByContactGroupRequest build() {
            return new DescribeContactListByContactGroupRequest(this);
        }
    }
}
