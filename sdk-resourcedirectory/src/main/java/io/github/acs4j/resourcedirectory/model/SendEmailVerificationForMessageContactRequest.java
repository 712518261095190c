package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Sends a verification e-mail to a contact's address ({@code SendEmailVerificationForMessageContact}).
 * Not idempotent: every call that reaches the service sends a message and counts against the daily
 * limit.
 */
public final class SendEmailVerificationForMessageContactRequest {
    private final String contactId;
    private final String emailAddress;

    private SendEmailVerificationForMessageContactRequest(Builder b) {
        this.contactId = b.contactId;
        this.emailAddress = b.emailAddress;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} (required) */
    public String contactId() {
        return contactId;
    }

    /**
     * @return {@code EmailAddress}: the address to verify: the one given in {@code AddMessageContact} or {@code
     *     UpdateMessageContact} (required)
     */
    public String emailAddress() {
        return emailAddress;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SendEmailVerificationForMessageContactRequest)) {
            return false;
        }
        SendEmailVerificationForMessageContactRequest o = (SendEmailVerificationForMessageContactRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(emailAddress, o.emailAddress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, emailAddress);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SendEmailVerificationForMessageContactRequest")
                .add("contactId", contactId)
                .add("emailAddress", Redact.email(emailAddress))
                .build();
    }

    /**
     * Builder for {@link SendEmailVerificationForMessageContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactId;
        private String emailAddress;

        private Builder() {
        }

        private Builder(SendEmailVerificationForMessageContactRequest r) {
            this.contactId = r.contactId;
            this.emailAddress = r.emailAddress;
        }

        /**
         * @param v {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} (required)
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code EmailAddress}: the address to verify: the one given in {@code AddMessageContact} or {@code
         *     UpdateMessageContact} (required)
         * @return this
         */
        public Builder emailAddress(String v) {
            this.emailAddress = v;
            return this;
        }

        /** @return the request */
        public SendEmailVerificationForMessageContactRequest build() {
            return new SendEmailVerificationForMessageContactRequest(this);
        }
    }
}
