package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A CloudMonitor alert contact as {@code DescribeContactList} and {@code DescribeContactListByContactGroup}
 * return it ({@code Contacts.Contact[]}). The latter fills only name, description, times and channels.
 */
public final class Contact {
    private final String name;
    private final String desc;
    private final String lang;
    private final Instant createTime;
    private final Instant updateTime;
    private final ContactChannels channels;
    private final ContactChannelsState channelsState;
    private final List<String> contactGroups;
    private final Long contactId;

    private Contact(Builder b) {
        this.name = b.name;
        this.desc = b.desc;
        this.lang = b.lang;
        this.createTime = b.createTime;
        this.updateTime = b.updateTime;
        this.channels = b.channels;
        this.channelsState = b.channelsState;
        this.contactGroups = b.contactGroups == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.contactGroups));
        this.contactId = b.contactId;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Name}: the contact's name, which identifies it */
    public String name() {
        return name;
    }

    /** @return {@code Desc}: the description */
    public String desc() {
        return desc;
    }

    /** @return {@code Lang}: {@code zh-cn} or {@code en} */
    public String lang() {
        return lang;
    }

    /** @return {@code CreateTime}: when it was created */
    public Instant createTime() {
        return createTime;
    }

    /** @return {@code UpdateTime}: when it was last changed */
    public Instant updateTime() {
        return updateTime;
    }

    /** @return {@code Channels}: the notification targets, or null when absent */
    public ContactChannels channels() {
        return channels;
    }

    /** @return {@code ChannelsState}: activation state per channel, or null when absent */
    public ContactChannelsState channelsState() {
        return channelsState;
    }

    /** @return {@code ContactGroups.ContactGroup[]}: names of the groups the contact is in, never null */
    public List<String> contactGroups() {
        return contactGroups;
    }

    /** @return {@code ContactId}: only some answers carry it (undocumented; seen in Alibaba's legacy SDK), else null */
    public Long contactId() {
        return contactId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Contact)) {
            return false;
        }
        Contact x = (Contact) o;
        return Objects.equals(name, x.name)
                && Objects.equals(desc, x.desc)
                && Objects.equals(lang, x.lang)
                && Objects.equals(createTime, x.createTime)
                && Objects.equals(updateTime, x.updateTime)
                && Objects.equals(channels, x.channels)
                && Objects.equals(channelsState, x.channelsState)
                && contactGroups.equals(x.contactGroups)
                && Objects.equals(contactId, x.contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, desc, lang, createTime, updateTime, channels, channelsState, contactGroups, contactId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("Contact").add("name", name).add("desc", desc).add("lang", lang)
                .add("createTime", createTime).add("updateTime", updateTime).add("channels", channels)
                .add("channelsState", channelsState).add("contactGroups", contactGroups)
                .add("contactId", contactId).build();
    }

    /**
     * Builder for {@link Contact}.
     */
    public static final class Builder {
        private String name;
        private String desc;
        private String lang;
        private Instant createTime;
        private Instant updateTime;
        private ContactChannels channels;
        private ContactChannelsState channelsState;
        private List<String> contactGroups;
        private Long contactId;

        private Builder() {
        }

        private Builder(Contact x) {
            this.name = x.name;
            this.desc = x.desc;
            this.lang = x.lang;
            this.createTime = x.createTime;
            this.updateTime = x.updateTime;
            this.channels = x.channels;
            this.channelsState = x.channelsState;
            this.contactGroups = x.contactGroups;
            this.contactId = x.contactId;
        }

        /**
         * @param v {@code Name}: the contact's name, which identifies it
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code Desc}: the description
         * @return this
         */
        public Builder desc(String v) {
            this.desc = v;
            return this;
        }

        /**
         * @param v {@code Lang}: {@code zh-cn} or {@code en}
         * @return this
         */
        public Builder lang(String v) {
            this.lang = v;
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
         * @param v {@code Channels}: the notification targets
         * @return this
         */
        public Builder channels(ContactChannels v) {
            this.channels = v;
            return this;
        }

        /**
         * @param v {@code ChannelsState}: activation state per channel
         * @return this
         */
        public Builder channelsState(ContactChannelsState v) {
            this.channelsState = v;
            return this;
        }

        /**
         * @param v {@code ContactGroups.ContactGroup[]}: names of the groups the contact is in
         * @return this
         */
        public Builder contactGroups(List<String> v) {
            this.contactGroups = v;
            return this;
        }

        /**
         * @param v {@code ContactGroups.ContactGroup[]}: names of the groups the contact is in
         * @return this
         */
        public Builder contactGroups(String... v) {
            this.contactGroups = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code ContactId}: only some answers carry it (undocumented; seen in Alibaba's legacy SDK)
         * @return this
         */
        public Builder contactId(Long v) {
            this.contactId = v;
            return this;
        }

        /** @return the object */
        public Contact build() {
            return new Contact(this);
        }
    }
}
