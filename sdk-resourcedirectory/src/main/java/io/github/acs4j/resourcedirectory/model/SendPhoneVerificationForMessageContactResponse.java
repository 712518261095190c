package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code SendPhoneVerificationForMessageContact}: the RequestId only.
 */
public final class SendPhoneVerificationForMessageContactResponse extends AcsResponse {

    private SendPhoneVerificationForMessageContactResponse(Builder b) {
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
        if (!(other instanceof SendPhoneVerificationForMessageContactResponse)) {
            return false;
        }
        SendPhoneVerificationForMessageContactResponse o = (SendPhoneVerificationForMessageContactResponse) other;
        return baseEquals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId());
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("SendPhoneVerificationForMessageContactResponse")
                .add("requestId", requestId())
                .build();
    }

    /** Builder for {@link SendPhoneVerificationForMessageContactResponse}. */
    public static final class Builder
            extends AcsResponse.Builder<Builder, SendPhoneVerificationForMessageContactResponse> {

        private Builder() {
        }

        private Builder(SendPhoneVerificationForMessageContactResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public SendPhoneVerificationForMessageContactResponse build() {
            return new SendPhoneVerificationForMessageContactResponse(this);
        }
    }
}
