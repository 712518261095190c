package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A message contact as the service describes it. Fields the answer did not carry are null (lists
 * empty). {@code Title}, {@code MessageTypes} and {@code Status} are kept as the service's strings, so
 * a value added to the API later still reads; compare with {@link ContactTitle#value()}, {@link
 * MessageType#value()}.
 */
public final class MessageContact {
    private final String contactId;
    private final String name;
    private final String emailAddress;
    private final String phoneNumber;
    private final String title;
    private final List<String> messageTypes;
    private final List<String> members;
    private final String status;
    private final String createDate;
    private final String associatedDate;

    private MessageContact(Builder b) {
        this.contactId = b.contactId;
        this.name = b.name;
        this.emailAddress = b.emailAddress;
        this.phoneNumber = b.phoneNumber;
        this.title = b.title;
        this.messageTypes = b.messageTypes == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.messageTypes));
        this.members = b.members == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.members));
        this.status = b.status;
        this.createDate = b.createDate;
        this.associatedDate = b.associatedDate;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} */
    public String contactId() {
        return contactId;
    }

    /** @return {@code Name}: the contact's name */
    public String name() {
        return name;
    }

    /** @return {@code EmailAddress}: the e-mail address */
    public String emailAddress() {
        return emailAddress;
    }

    /** @return {@code PhoneNumber}: the mobile number, {@code <country code>-<number>} */
    public String phoneNumber() {
        return phoneNumber;
    }

    /** @return {@code Title}: the job title, e.g. {@code TechnicalDirector} */
    public String title() {
        return title;
    }

    /** @return {@code MessageTypes}: the types of message the contact receives, never null */
    public List<String> messageTypes() {
        return messageTypes;
    }

    /**
     * @return {@code Members}: IDs of the resource directory, folders or members the contact is bound to, never null
     */
    public List<String> members() {
        return members;
    }

    /** @return {@code Status}: {@code Verifying}, {@code Active} or {@code Deleting} */
    public String status() {
        return status;
    }

    /**
     * @return {@code CreateDate}: when the contact was added, as the service writes it, {@code yyyy-MM-dd HH:mm:ss}
     *     without a zone
     */
    public String createDate() {
        return createDate;
    }

    /**
     * @return {@code AssociatedDate}: when the contact was bound, as the service writes it, {@code yyyy-MM-dd
     *     HH:mm:ss} without a zone (list answers only)
     */
    public String associatedDate() {
        return associatedDate;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MessageContact)) {
            return false;
        }
        MessageContact o = (MessageContact) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(name, o.name)
                && Objects.equals(emailAddress, o.emailAddress)
                && Objects.equals(phoneNumber, o.phoneNumber)
                && Objects.equals(title, o.title)
                && Objects.equals(messageTypes, o.messageTypes)
                && Objects.equals(members, o.members)
                && Objects.equals(status, o.status)
                && Objects.equals(createDate, o.createDate)
                && Objects.equals(associatedDate, o.associatedDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, name, emailAddress, phoneNumber, title,
                messageTypes, members, status, createDate, associatedDate);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("MessageContact")
                .add("contactId", contactId)
                .add("name", name)
                .add("emailAddress", Redact.email(emailAddress))
                .add("phoneNumber", Redact.phone(phoneNumber))
                .add("title", title)
                .add("messageTypes", messageTypes)
                .add("members", members)
                .add("status", status)
                .add("createDate", createDate)
                .add("associatedDate", associatedDate)
                .build();
    }

    /** Builder for {@link MessageContact}. */
    public static final class Builder {
        private String contactId;
        private String name;
        private String emailAddress;
        private String phoneNumber;
        private String title;
        private List<String> messageTypes;
        private List<String> members;
        private String status;
        private String createDate;
        private String associatedDate;

        private Builder() {
        }

        private Builder(MessageContact r) {
            this.contactId = r.contactId;
            this.name = r.name;
            this.emailAddress = r.emailAddress;
            this.phoneNumber = r.phoneNumber;
            this.title = r.title;
            this.messageTypes = r.messageTypes;
            this.members = r.members;
            this.status = r.status;
            this.createDate = r.createDate;
            this.associatedDate = r.associatedDate;
        }

        /**
         * @param v {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****}
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code Name}: the contact's name
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code EmailAddress}: the e-mail address
         * @return this
         */
        public Builder emailAddress(String v) {
            this.emailAddress = v;
            return this;
        }

        /**
         * @param v {@code PhoneNumber}: the mobile number, {@code <country code>-<number>}
         * @return this
         */
        public Builder phoneNumber(String v) {
            this.phoneNumber = v;
            return this;
        }

        /**
         * @param v {@code Title}: the job title, e.g. {@code TechnicalDirector}
         * @return this
         */
        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /**
         * @param v {@code MessageTypes}: the types of message the contact receives
         * @return this
         */
        public Builder messageTypes(List<String> v) {
            this.messageTypes = v;
            return this;
        }

        /**
         * @param v {@code MessageTypes}: the types of message the contact receives
         * @return this
         */
        public Builder messageTypes(String... v) {
            this.messageTypes = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Members}: IDs of the resource directory, folders or members the contact is bound to
         * @return this
         */
        public Builder members(List<String> v) {
            this.members = v;
            return this;
        }

        /**
         * @param v {@code Members}: IDs of the resource directory, folders or members the contact is bound to
         * @return this
         */
        public Builder members(String... v) {
            this.members = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Status}: {@code Verifying}, {@code Active} or {@code Deleting}
         * @return this
         */
        public Builder status(String v) {
            this.status = v;
            return this;
        }

        /**
         * @param v {@code CreateDate}: when the contact was added, as the service writes it, {@code yyyy-MM-dd
         *     HH:mm:ss} without a zone
         * @return this
         */
        public Builder createDate(String v) {
            this.createDate = v;
            return this;
        }

        /**
         * @param v {@code AssociatedDate}: when the contact was bound, as the service writes it, {@code yyyy-MM-dd
         *     HH:mm:ss} without a zone (list answers only)
         * @return this
         */
        public Builder associatedDate(String v) {
            this.associatedDate = v;
            return this;
        }

        /** @return the value */
        public MessageContact build() {
            return new MessageContact(this);
        }
    }
}
