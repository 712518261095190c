package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * An e-mail address or mobile number awaiting verification.
 */
public final class ContactVerification {
    private final String contactId;
    private final String target;

    private ContactVerification(Builder b) {
        this.contactId = b.contactId;
        this.target = b.target;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID */
    public String contactId() {
        return contactId;
    }

    /** @return {@code Target}: the e-mail address or mobile number awaiting verification */
    public String target() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ContactVerification)) {
            return false;
        }
        ContactVerification o = (ContactVerification) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(target, o.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, target);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ContactVerification")
                .add("contactId", contactId)
                .add("target", Redact.text(target))
                .build();
    }

    /** Builder for {@link ContactVerification}. */
    public static final class Builder {
        private String contactId;
        private String target;

        private Builder() {
        }

        private Builder(ContactVerification r) {
            this.contactId = r.contactId;
            this.target = r.target;
        }

        /**
         * @param v {@code ContactId}: the contact's ID
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code Target}: the e-mail address or mobile number awaiting verification
         * @return this
         */
        public Builder target(String v) {
            this.target = v;
            return this;
        }

        /** @return the value */
        public ContactVerification build() {
            return new ContactVerification(this);
        }
    }
}
