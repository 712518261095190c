package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code DescribeContactListByContactGroup}: the group's contacts (name, description, times,
 * channels).
 */
public final class DescribeContactListByContactGroupResponse extends CmsResponse {
    private final List<Contact> contacts;

    private DescribeContactListByContactGroupResponse(Builder b) {
        super(b);
        this.contacts = b.contacts == null ? Collections.<Contact>emptyList()
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

    /** @return {@code Contacts.Contact[]}: the group's contacts, never null */
    public List<Contact> contacts() {
        return contacts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactListByContactGroupResponse)) {
            return false;
        }
        DescribeContactListByContactGroupResponse x = (DescribeContactListByContactGroupResponse) o;
        return cmsEquals(x)
                && contacts.equals(x.contacts);
    }

    @Override
    public int hashCode() {
        return 31 * cmsHashCode() + Objects.hash(contacts);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactListByContactGroupResponse").add("requestId", requestId())
                .add("code", code()).add("message", message()).add("success", success()).add("contacts", contacts)
                .build();
    }

    /**
     * Builder for {@link DescribeContactListByContactGroupResponse}.
     */
    public static final class Builder extends CmsResponse.Builder<Builder, DescribeContactListByContactGroupResponse> {
        private List<Contact> contacts;

        private Builder() {
        }

        private Builder(DescribeContactListByContactGroupResponse x) {
            super(x);
            this.contacts = x.contacts;
        }

        /**
         * @param v {@code Contacts.Contact[]}: the group's contacts
         * @return this
         */
        public Builder contacts(List<Contact> v) {
            this.contacts = v;
            return this;
        }

        /**
         * @param v {@code Contacts.Contact[]}: the group's contacts
         * @return this
         */
        public Builder contacts(Contact... v) {
            this.contacts = v == null ? null : Arrays.asList(v);
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DescribeContactListByContactGroupResponse build() {
            return new DescribeContactListByContactGroupResponse(this);
        }
    }
}
