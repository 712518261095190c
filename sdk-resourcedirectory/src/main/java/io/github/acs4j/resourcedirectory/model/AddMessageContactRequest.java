package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Adds a message contact to the resource directory ({@code AddMessageContact}). The e-mail address and
 * mobile number take effect only after they are verified. Not idempotent: each call that reaches the
 * service may create a contact. {@code Name}: the English reference says letters only, the Chinese
 * reference letters or Chinese characters; both are accepted before sending, and the service has the
 * last word ({@code InvalidParameter.Name}).
 */
public final class AddMessageContactRequest {
    private final String name;
    private final String emailAddress;
    private final String phoneNumber;
    private final String title;
    private final List<String> messageTypes;

    private AddMessageContactRequest(Builder b) {
        this.name = b.name;
        this.emailAddress = b.emailAddress;
        this.phoneNumber = b.phoneNumber;
        this.title = b.title;
        this.messageTypes = b.messageTypes == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.messageTypes));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return {@code Name}: the contact's name: 2 to 12 characters, letters (A-Z, a-z) or Chinese characters, unique
     *     in the resource directory (required)
     */
    public String name() {
        return name;
    }

    /**
     * @return {@code EmailAddress}: the contact's e-mail address; takes effect once verified (see {@code
     *     SendEmailVerificationForMessageContact}) (required)
     */
    public String emailAddress() {
        return emailAddress;
    }

    /**
     * @return {@code PhoneNumber}: the contact's mobile number as {@code <country code>-<number>}, e.g. {@code
     *     86-13900001234}; takes effect once verified (see {@code SendPhoneVerificationForMessageContact}); the
     *     service accepts only Chinese-mainland {@code 86-} numbers
     */
    public String phoneNumber() {
        return phoneNumber;
    }

    /** @return {@code Title}: the contact's job title, one of {@link ContactTitle}'s values (required) */
    public String title() {
        return title;
    }

    /**
     * @return {@code MessageTypes.N}: the types of message the contact receives, each one of {@link MessageType}'s
     *     values (at least one), never null
     */
    public List<String> messageTypes() {
        return messageTypes;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AddMessageContactRequest)) {
            return false;
        }
        AddMessageContactRequest o = (AddMessageContactRequest) other;
        return Objects.equals(name, o.name)
                && Objects.equals(emailAddress, o.emailAddress)
                && Objects.equals(phoneNumber, o.phoneNumber)
                && Objects.equals(title, o.title)
                && Objects.equals(messageTypes, o.messageTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, emailAddress, phoneNumber, title, messageTypes);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("AddMessageContactRequest")
                .add("name", name)
                .add("emailAddress", Redact.email(emailAddress))
                .add("phoneNumber", Redact.phone(phoneNumber))
                .add("title", title)
                .add("messageTypes", messageTypes)
                .build();
    }

    /** Builder for {@link AddMessageContactRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String name;
        private String emailAddress;
        private String phoneNumber;
        private String title;
        private List<String> messageTypes;

        private Builder() {
        }

        private Builder(AddMessageContactRequest r) {
            this.name = r.name;
            this.emailAddress = r.emailAddress;
            this.phoneNumber = r.phoneNumber;
            this.title = r.title;
            this.messageTypes = r.messageTypes;
        }

        /**
         * @param v {@code Name}: the contact's name: 2 to 12 characters, letters (A-Z, a-z) or Chinese characters,
         *     unique in the resource directory (required)
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code EmailAddress}: the contact's e-mail address; takes effect once verified (see {@code
         *     SendEmailVerificationForMessageContact}) (required)
         * @return this
         */
        public Builder emailAddress(String v) {
            this.emailAddress = v;
            return this;
        }

        /**
         * @param v {@code PhoneNumber}: the contact's mobile number as {@code <country code>-<number>}, e.g. {@code
         *     86-13900001234}; takes effect once verified (see {@code SendPhoneVerificationForMessageContact}); the
         *     service accepts only Chinese-mainland {@code 86-} numbers
         * @return this
         */
        public Builder phoneNumber(String v) {
            this.phoneNumber = v;
            return this;
        }

        /**
         * @param v {@code Title}: the contact's job title, one of {@link ContactTitle}'s values (required)
         * @return this
         */
        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /**
         * @param v {@code Title} as a typed value: the contact's job title, one of {@link ContactTitle}'s values
         *     (required)
         * @return this
         */
        public Builder title(ContactTitle v) {
            this.title = v == null ? null : v.value();
            return this;
        }

        /**
         * @param v {@code MessageTypes.N}: the types of message the contact receives, each one of {@link
         *     MessageType}'s values (at least one)
         * @return this
         */
        public Builder messageTypes(List<String> v) {
            this.messageTypes = v;
            return this;
        }

        /**
         * @param v {@code MessageTypes.N}: the types of message the contact receives, each one of {@link
         *     MessageType}'s values (at least one)
         * @return this
         */
        public Builder messageTypes(String... v) {
            this.messageTypes = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param first {@code MessageTypes.N} as typed values: the first
         * @param more the others
         * @return this
         */
        public Builder messageTypes(MessageType first, MessageType... more) {
            List<String> values = new ArrayList<>();
            values.add(first == null ? null : first.value());
            for (MessageType m : more) {
                values.add(m == null ? null : m.value());
            }
            this.messageTypes = values;
            return this;
        }

        /** @return the request */
        public AddMessageContactRequest build() {
            return new AddMessageContactRequest(this);
        }
    }
}
