package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code UpdateMessageContact}: the RequestId only.
 */
public final class UpdateMessageContactResponse extends AcsResponse {

    private UpdateMessageContactResponse(Builder b) {
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
        if (!(other instanceof UpdateMessageContactResponse)) {
            return false;
        }
        UpdateMessageContactResponse o = (UpdateMessageContactResponse) other;
        return baseEquals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId());
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("UpdateMessageContactResponse").add("requestId", requestId()).build();
    }

    /** Builder for {@link UpdateMessageContactResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, UpdateMessageContactResponse> {

        private Builder() {
        }

        private Builder(UpdateMessageContactResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public UpdateMessageContactResponse build() {
            return new UpdateMessageContactResponse(this);
        }
    }
}
