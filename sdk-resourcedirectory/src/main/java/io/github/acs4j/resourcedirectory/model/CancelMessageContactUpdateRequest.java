package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Drops a contact's pending (unverified) change of e-mail address or mobile number ({@code
 * CancelMessageContactUpdate}).
 */
public final class CancelMessageContactUpdateRequest {
    private final String contactId;
    private final String emailAddress;
    private final String phoneNumber;

    private CancelMessageContactUpdateRequest(Builder b) {
        this.contactId = b.contactId;
        this.emailAddress = b.emailAddress;
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

    /** @return {@code EmailAddress}: the pending e-mail address to drop */
    public String emailAddress() {
        return emailAddress;
    }

    /** @return {@code PhoneNumber}: the pending mobile number to drop, as {@code <country code>-<number>} */
    public String phoneNumber() {
        return phoneNumber;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CancelMessageContactUpdateRequest)) {
            return false;
        }
        CancelMessageContactUpdateRequest o = (CancelMessageContactUpdateRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(emailAddress, o.emailAddress)
                && Objects.equals(phoneNumber, o.phoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, emailAddress, phoneNumber);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CancelMessageContactUpdateRequest")
                .add("contactId", contactId)
                .add("emailAddress", Redact.email(emailAddress))
                .add("phoneNumber", Redact.phone(phoneNumber))
                .build();
    }

    /** Builder for {@link CancelMessageContactUpdateRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;
        private String emailAddress;
        private String phoneNumber;

        private Builder() {
        }

        private Builder(CancelMessageContactUpdateRequest r) {
            this.contactId = r.contactId;
            this.emailAddress = r.emailAddress;
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
         * @param v {@code EmailAddress}: the pending e-mail address to drop
         * @return this
         */
        public Builder emailAddress(String v) {
            this.emailAddress = v;
            return this;
        }

        /**
         * @param v {@code PhoneNumber}: the pending mobile number to drop, as {@code <country code>-<number>}
         * @return this
         */
        public Builder phoneNumber(String v) {
            this.phoneNumber = v;
            return this;
        }

        /** @return the request */
        public CancelMessageContactUpdateRequest build() {
            return new CancelMessageContactUpdateRequest(this);
        }
    }
}
