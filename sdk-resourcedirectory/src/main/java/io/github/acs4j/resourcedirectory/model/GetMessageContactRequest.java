package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Reads one message contact ({@code GetMessageContact}).
 */
public final class GetMessageContactRequest {
    private final String contactId;

    private GetMessageContactRequest(Builder b) {
        this.contactId = b.contactId;
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

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GetMessageContactRequest)) {
            return false;
        }
        GetMessageContactRequest o = (GetMessageContactRequest) other;
        return Objects.equals(contactId, o.contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("GetMessageContactRequest").add("contactId", contactId).build();
    }

    /** Builder for {@link GetMessageContactRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;

        private Builder() {
        }

        private Builder(GetMessageContactRequest r) {
            this.contactId = r.contactId;
        }

        /**
         * @param v {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} (required)
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /** @return the request */
        public GetMessageContactRequest build() {
            return new GetMessageContactRequest(this);
        }
    }
}
