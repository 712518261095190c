package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Creates a contact group, or updates the one with the same name ({@code PutContactGroup}), with 1 to
 * 100 member contacts.
 */
public final class PutContactGroupRequest {
    private final String contactGroupName;
    private final List<String> contactNames;
    private final String describe;
    private final Boolean enableSubscribed;

    private PutContactGroupRequest(Builder b) {
        this.contactGroupName = b.contactGroupName;
        this.contactNames = b.contactNames == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactNames));
        this.describe = b.describe;
        this.enableSubscribed = b.enableSubscribed;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactGroupName}: the group's name, which identifies it (required) */
    public String contactGroupName() {
        return contactGroupName;
    }

    /** @return {@code ContactNames.N}: the member contacts' names, never null */
    public List<String> contactNames() {
        return contactNames;
    }

    /** @return {@code Describe}: a description */
    public String describe() {
        return describe;
    }

    /** @return {@code EnableSubscribed}: whether the weekly report is subscribed */
    public Boolean enableSubscribed() {
        return enableSubscribed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PutContactGroupRequest)) {
            return false;
        }
        PutContactGroupRequest r = (PutContactGroupRequest) o;
        return Objects.equals(contactGroupName, r.contactGroupName) && contactNames.equals(r.contactNames)
                && Objects.equals(describe, r.describe) && Objects.equals(enableSubscribed, r.enableSubscribed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactGroupName, contactNames, describe, enableSubscribed);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("PutContactGroupRequest").add("contactGroupName", contactGroupName)
                .add("contactNames", contactNames).add("describe", describe)
                .add("enableSubscribed", enableSubscribed).build();
    }

    /** Builder for {@link PutContactGroupRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactGroupName;
        private List<String> contactNames;
        private String describe;
        private Boolean enableSubscribed;

        private Builder() {
        }

        private Builder(PutContactGroupRequest r) {
            this.contactGroupName = r.contactGroupName;
            this.contactNames = r.contactNames;
            this.describe = r.describe;
            this.enableSubscribed = r.enableSubscribed;
        }

        /**
         * @param v {@code ContactGroupName}
         * @return this
         */
        public Builder contactGroupName(String v) {
            this.contactGroupName = v;
            return this;
        }

        /**
         * @param v {@code ContactNames.N}, 1 to 100 names
         * @return this
         */
        public Builder contactNames(List<String> v) {
            this.contactNames = v;
            return this;
        }

        /**
         * @param v {@code ContactNames.N}, 1 to 100 names
         * @return this
         */
        public Builder contactNames(String... v) {
            this.contactNames = v == null ? null : java.util.Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Describe}
         * @return this
         */
        public Builder describe(String v) {
            this.describe = v;
            return this;
        }

        /**
         * @param v {@code EnableSubscribed}
         * @return this
         */
        public Builder enableSubscribed(Boolean v) {
            this.enableSubscribed = v;
            return this;
        }

        /** @return the request */
        public PutContactGroupRequest build() {
            return new PutContactGroupRequest(this);
        }
    }
}
