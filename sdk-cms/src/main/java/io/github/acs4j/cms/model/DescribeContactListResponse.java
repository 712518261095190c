package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code DescribeContactList}: one page of contacts and the total count.
 */
public final class DescribeContactListResponse extends CmsResponse {
    private final Integer total;
    private final List<Contact> contacts;

    private DescribeContactListResponse(Builder b) {
        super(b);
        this.total = b.total;
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

    /** @return {@code Total}: how many contacts match, over all pages */
    public Integer total() {
        return total;
    }

    /** @return {@code Contacts.Contact[]}: the contacts on this page, never null */
    public List<Contact> contacts() {
        return contacts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactListResponse)) {
            return false;
        }
        DescribeContactListResponse x = (DescribeContactListResponse) o;
        return cmsEquals(x)
                && Objects.equals(total, x.total)
                && contacts.equals(x.contacts);
    }

    @Override
    public int hashCode() {
        return 31 * cmsHashCode() + Objects.hash(total, contacts);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactListResponse").add("requestId", requestId()).add("code", code())
                .add("message", message()).add("success", success()).add("total", total).add("contacts", contacts)
                .build();
    }

    /**
     * Builder for {@link DescribeContactListResponse}.
     */
    public static final class Builder extends CmsResponse.Builder<Builder, DescribeContactListResponse> {
        private Integer total;
        private List<Contact> contacts;

        private Builder() {
        }

        private Builder(DescribeContactListResponse x) {
            super(x);
            this.total = x.total;
            this.contacts = x.contacts;
        }

        /**
         * @param v {@code Total}: how many contacts match, over all pages
         * @return this
         */
        public Builder total(Integer v) {
            this.total = v;
            return this;
        }

        /**
         * @param v {@code Contacts.Contact[]}: the contacts on this page
         * @return this
         */
        public Builder contacts(List<Contact> v) {
            this.contacts = v;
            return this;
        }

        /**
         * @param v {@code Contacts.Contact[]}: the contacts on this page
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
        public DescribeContactListResponse build() {
            return new DescribeContactListResponse(this);
        }
    }
}
