package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A CloudMonitor contact group as {@code DescribeContactGroupList} returns it
 * ({@code ContactGroupList.ContactGroup[]}).
 */
public final class ContactGroup {
    private final String name;
    private final String describe;
    private final Boolean enableSubscribed;
    private final Boolean enabledWeeklyReport;
    private final Instant createTime;
    private final Instant updateTime;
    private final List<String> contacts;

    private ContactGroup(Builder b) {
        this.name = b.name;
        this.describe = b.describe;
        this.enableSubscribed = b.enableSubscribed;
        this.enabledWeeklyReport = b.enabledWeeklyReport;
        this.createTime = b.createTime;
        this.updateTime = b.updateTime;
        this.contacts = b.contacts == null ? Collections.<String>emptyList()
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

    /** @return {@code Name}: the group's name, which identifies it */
    public String name() {
        return name;
    }

    /** @return {@code Describe}: the description */
    public String describe() {
        return describe;
    }

    /** @return {@code EnableSubscribed}: whether the weekly report is subscribed */
    public Boolean enableSubscribed() {
        return enableSubscribed;
    }

    /** @return {@code EnabledWeeklyReport}: whether the weekly report is enabled */
    public Boolean enabledWeeklyReport() {
        return enabledWeeklyReport;
    }

    /** @return {@code CreateTime}: when it was created */
    public Instant createTime() {
        return createTime;
    }

    /** @return {@code UpdateTime}: when it was last changed */
    public Instant updateTime() {
        return updateTime;
    }

    /** @return {@code Contacts.Contact[]}: names of the member contacts, never null */
    public List<String> contacts() {
        return contacts;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ContactGroup)) {
            return false;
        }
        ContactGroup x = (ContactGroup) o;
        return Objects.equals(name, x.name)
                && Objects.equals(describe, x.describe)
                && Objects.equals(enableSubscribed, x.enableSubscribed)
                && Objects.equals(enabledWeeklyReport, x.enabledWeeklyReport)
                && Objects.equals(createTime, x.createTime)
                && Objects.equals(updateTime, x.updateTime)
                && contacts.equals(x.contacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, describe, enableSubscribed, enabledWeeklyReport, createTime, updateTime, contacts);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ContactGroup").add("name", name).add("describe", describe)
                .add("enableSubscribed", enableSubscribed).add("enabledWeeklyReport", enabledWeeklyReport)
                .add("createTime", createTime).add("updateTime", updateTime).add("contacts", contacts).build();
    }

    /**
     * Builder for {@link ContactGroup}.
     */
    public static final class Builder {
        private String name;
        private String describe;
        private Boolean enableSubscribed;
        private Boolean enabledWeeklyReport;
        private Instant createTime;
        private Instant updateTime;
        private List<String> contacts;

        private Builder() {
        }

        private Builder(ContactGroup x) {
            this.name = x.name;
            this.describe = x.describe;
            this.enableSubscribed = x.enableSubscribed;
            this.enabledWeeklyReport = x.enabledWeeklyReport;
            this.createTime = x.createTime;
            this.updateTime = x.updateTime;
            this.contacts = x.contacts;
        }

        /**
         * @param v {@code Name}: the group's name, which identifies it
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code Describe}: the description
         * @return this
         */
        public Builder describe(String v) {
            this.describe = v;
            return this;
        }

        /**
         * @param v {@code EnableSubscribed}: whether the weekly report is subscribed
         * @return this
         */
        public Builder enableSubscribed(Boolean v) {
            this.enableSubscribed = v;
            return this;
        }

        /**
         * @param v {@code EnabledWeeklyReport}: whether the weekly report is enabled
         * @return this
         */
        public Builder enabledWeeklyReport(Boolean v) {
            this.enabledWeeklyReport = v;
            return this;
        }

        /**
         * @param v {@code CreateTime}: when it was created
         * @return this
         */
        public Builder createTime(Instant v) {
            this.createTime = v;
            return this;
        }

        /**
         * @param v {@code UpdateTime}: when it was last changed
         * @return this
         */
        public Builder updateTime(Instant v) {
            this.updateTime = v;
            return this;
        }

        /**
         * @param v {@code Contacts.Contact[]}: names of the member contacts
         * @return this
         */
        public Builder contacts(List<String> v) {
            this.contacts = v;
            return this;
        }

        /**
         * @param v {@code Contacts.Contact[]}: names of the member contacts
         * @return this
         */
        public Builder contacts(String... v) {
            this.contacts = v == null ? null : Arrays.asList(v);
            return this;
        }

        /** @return the object */
        public ContactGroup build() {
            return new ContactGroup(this);
        }
    }
}
