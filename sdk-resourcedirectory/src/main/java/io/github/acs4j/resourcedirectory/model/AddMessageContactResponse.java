package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code AddMessageContact}: the new contact's ID and creation date.
 */
public final class AddMessageContactResponse extends AcsResponse {
    private final MessageContact contact;

    private AddMessageContactResponse(Builder b) {
        super(b);
        this.contact = b.contact;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Contact}: the new contact (ID and creation date only) */
    public MessageContact contact() {
        return contact;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AddMessageContactResponse)) {
            return false;
        }
        AddMessageContactResponse o = (AddMessageContactResponse) other;
        return baseEquals(o)
                && Objects.equals(contact, o.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), contact);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("AddMessageContactResponse")
                .add("requestId", requestId())
                .add("contact", contact)
                .build();
    }

    /** Builder for {@link AddMessageContactResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, AddMessageContactResponse> {
        private MessageContact contact;

        private Builder() {
        }

        private Builder(AddMessageContactResponse r) {
            super(r);
            this.contact = r.contact;
        }

        /**
         * @param v {@code Contact}: the new contact (ID and creation date only)
         * @return this
         */
        public Builder contact(MessageContact v) {
            this.contact = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public AddMessageContactResponse build() {
            return new AddMessageContactResponse(this);
        }
    }
}
