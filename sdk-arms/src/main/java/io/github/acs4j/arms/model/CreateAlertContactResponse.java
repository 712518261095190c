package io.github.acs4j.arms.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code CreateAlertContact}. The new contact's ID comes back as a string here, while the
 * other contact operations type it as a number (as Alibaba documents them).
 */
public final class CreateAlertContactResponse extends AcsResponse {
    private final String contactId;

    private CreateAlertContactResponse(Builder b) {
        super(b);
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

    /** @return {@code ContactId}: the new contact's ID (documented as a string) */
    public String contactId() {
        return contactId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CreateAlertContactResponse)) {
            return false;
        }
        CreateAlertContactResponse x = (CreateAlertContactResponse) o;
        return baseEquals(x)
                && Objects.equals(contactId, x.contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), contactId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CreateAlertContactResponse").add("requestId", requestId())
                .add("contactId", contactId).build();
    }

    /**
     * Builder for {@link CreateAlertContactResponse}.
     */
    public static final class Builder extends AcsResponse.Builder<Builder, CreateAlertContactResponse> {
        private String contactId;

        private Builder() {
        }

        private Builder(CreateAlertContactResponse x) {
            super(x);
            this.contactId = x.contactId;
        }

        /**
         * @param v {@code ContactId}: the new contact's ID (documented as a string)
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public CreateAlertContactResponse build() {
            return new CreateAlertContactResponse(this);
        }
    }
}
