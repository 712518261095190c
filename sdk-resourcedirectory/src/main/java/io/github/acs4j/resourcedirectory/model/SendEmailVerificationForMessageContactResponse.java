package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code SendEmailVerificationForMessageContact}: the RequestId only.
 */
public final class SendEmailVerificationForMessageContactResponse extends AcsResponse {

    private SendEmailVerificationForMessageContactResponse(Builder b) {
        super(b);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SendEmailVerificationForMessageContactResponse)) {
            return false;
        }
        SendEmailVerificationForMessageContactResponse o = (SendEmailVerificationForMessageContactResponse) other;
        return baseEquals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId());
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SendEmailVerificationForMessageContactResponse")
                .add("requestId", requestId())
                .build();
    }

    /** Builder for {@link SendEmailVerificationForMessageContactResponse}. */
    public static final class Builder
            extends AcsResponse.Builder<Builder, SendEmailVerificationForMessageContactResponse> {

        private Builder() {
        }

        private Builder(SendEmailVerificationForMessageContactResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public SendEmailVerificationForMessageContactResponse build() {
            return new SendEmailVerificationForMessageContactResponse(this);
        }
    }
}
