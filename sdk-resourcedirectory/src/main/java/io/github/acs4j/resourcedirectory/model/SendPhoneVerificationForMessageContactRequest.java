package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Sends a verification text message to a contact's mobile number ({@code
 * SendPhoneVerificationForMessageContact}). Not idempotent: every call that reaches the service sends
 * a message and counts against the daily limit.
 */
public final class SendPhoneVerificationForMessageContactRequest {
    private final String contactId;
    private final String phoneNumber;

    private SendPhoneVerificationForMessageContactRequest(Builder b) {
        this.contactId = b.contactId;
        this.phoneNumber = b.phoneNumber;
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
     * @return {@code PhoneNumber}: the number to verify, as {@code <country code>-<number>}: the one given in {@code
     *     AddMessageContact} or {@code UpdateMessageContact} (required)
     */
    public String phoneNumber() {
        return phoneNumber;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SendPhoneVerificationForMessageContactRequest)) {
            return false;
        }
        SendPhoneVerificationForMessageContactRequest o = (SendPhoneVerificationForMessageContactRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(phoneNumber, o.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, phoneNumber);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SendPhoneVerificationForMessageContactRequest")
                .add("contactId", contactId)
                .add("phoneNumber", Redact.phone(phoneNumber))
                .build();
    }

    /**
     * Builder for {@link SendPhoneVerificationForMessageContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactId;
        private String phoneNumber;

        private Builder() {
        }

        private Builder(SendPhoneVerificationForMessageContactRequest r) {
            this.contactId = r.contactId;
            this.phoneNumber = r.phoneNumber;
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
         * @param v {@code PhoneNumber}: the number to verify, as {@code <country code>-<number>}: the one given in
         *     {@code AddMessageContact} or {@code UpdateMessageContact} (required)
         * @return this
         */
        public Builder phoneNumber(String v) {
            this.phoneNumber = v;
            return this;
        }

        /** @return the request */
        public SendPhoneVerificationForMessageContactRequest build() {
            return new SendPhoneVerificationForMessageContactRequest(this);
        }
    }
}
