package io.github.acs4j.arms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Finds legacy ARMS alert contacts by name, phone, e-mail or IDs ({@code SearchAlertContact}), one page at
 * a time. The IDs travel as one parameter holding a JSON array ({@code ContactIds=[1,2]}); the page
 * parameters are typed as strings on the wire and sent in decimal.
 */
public final class SearchAlertContactRequest {
    private final String regionId;
    private final String contactName;
    private final String phone;
    private final String email;
    private final List<Long> contactIds;
    private final Integer currentPage;
    private final Integer pageSize;

    private SearchAlertContactRequest(Builder b) {
        this.regionId = b.regionId;
        this.contactName = b.contactName;
        this.phone = b.phone;
        this.email = b.email;
        this.contactIds = b.contactIds == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactIds));
        this.currentPage = b.currentPage;
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

    /** @return {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou}) */
    public String regionId() {
        return regionId;
    }

    /** @return {@code ContactName}: only contacts with this name */
    public String contactName() {
        return contactName;
    }

    /** @return {@code Phone}: only contacts with this mobile number */
    public String phone() {
        return phone;
    }

    /** @return {@code Email}: only contacts with this e-mail address */
    public String email() {
        return email;
    }

    /** @return {@code ContactIds}: only these contacts, never null */
    public List<Long> contactIds() {
        return contactIds;
    }

    /** @return {@code CurrentPage}: the page, from 1 */
    public Integer currentPage() {
        return currentPage;
    }

    /** @return {@code PageSize}: entries per page, at least 1 */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SearchAlertContactRequest)) {
            return false;
        }
        SearchAlertContactRequest x = (SearchAlertContactRequest) o;
        return Objects.equals(regionId, x.regionId)
                && Objects.equals(contactName, x.contactName)
                && Objects.equals(phone, x.phone)
                && Objects.equals(email, x.email)
                && contactIds.equals(x.contactIds)
                && Objects.equals(currentPage, x.currentPage)
                && Objects.equals(pageSize, x.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, contactName, phone, email, contactIds, currentPage, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SearchAlertContactRequest").add("regionId", regionId)
                .add("contactName", contactName).add("phone", Redact.phone(phone))
                .add("email", Redact.email(email)).add("contactIds", contactIds).add("currentPage", currentPage)
                .add("pageSize", pageSize).build();
    }

    /**
     * Builder for {@link SearchAlertContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String regionId;
        private String contactName;
        private String phone;
        private String email;
        private List<Long> contactIds;
        private Integer currentPage;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(SearchAlertContactRequest x) {
            this.regionId = x.regionId;
            this.contactName = x.contactName;
            this.phone = x.phone;
            this.email = x.email;
            this.contactIds = x.contactIds;
            this.currentPage = x.currentPage;
            this.pageSize = x.pageSize;
        }

        /**
         * @param v {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou})
         * @return this
         */
        public Builder regionId(String v) {
            this.regionId = v;
            return this;
        }

        /**
         * @param v {@code ContactName}: only contacts with this name
         * @return this
         */
        public Builder contactName(String v) {
            this.contactName = v;
            return this;
        }

        /**
         * @param v {@code Phone}: only contacts with this mobile number
         * @return this
         */
        public Builder phone(String v) {
            this.phone = v;
            return this;
        }

        /**
         * @param v {@code Email}: only contacts with this e-mail address
         * @return this
         */
        public Builder email(String v) {
            this.email = v;
            return this;
        }

        /**
         * @param v {@code ContactIds}: only these contacts
         * @return this
         */
        public Builder contactIds(List<Long> v) {
            this.contactIds = v;
            return this;
        }

        /**
         * @param v {@code ContactIds}: only these contacts
         * @return this
         */
        public Builder contactIds(Long... v) {
            this.contactIds = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code CurrentPage}: the page, from 1
         * @return this
         */
        public Builder currentPage(Integer v) {
            this.currentPage = v;
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
        public SearchAlertContactRequest build() {
            return new SearchAlertContactRequest(this);
        }
    }
}
