package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code GetMessageContact}.
 */
public final class GetMessageContactResponse extends AcsResponse {
    private final MessageContact contact;

    private GetMessageContactResponse(Builder b) {
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

    /** @return {@code Contact}: the contact */
    public MessageContact contact() {
        return contact;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GetMessageContactResponse)) {
            return false;
        }
        GetMessageContactResponse o = (GetMessageContactResponse) other;
        return baseEquals(o)
                && Objects.equals(contact, o.contact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), contact);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("GetMessageContactResponse")
                .add("requestId", requestId())
                .add("contact", contact)
                .build();
    }

    /** Builder for {@link GetMessageContactResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, GetMessageContactResponse> {
        private MessageContact contact;

        private Builder() {
        }

        private Builder(GetMessageContactResponse r) {
            super(r);
            this.contact = r.contact;
        }

        /**
         * @param v {@code Contact}: the contact
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
        public GetMessageContactResponse build() {
            return new GetMessageContactResponse(this);
        }
    }
}
