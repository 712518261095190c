package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code CancelMessageContactUpdate}: the RequestId only.
 */
public final class CancelMessageContactUpdateResponse extends AcsResponse {

    private CancelMessageContactUpdateResponse(Builder b) {
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
        if (!(other instanceof CancelMessageContactUpdateResponse)) {
            return false;
        }
        CancelMessageContactUpdateResponse o = (CancelMessageContactUpdateResponse) other;
        return baseEquals(o);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId());
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CancelMessageContactUpdateResponse").add("requestId", requestId()).build();
    }

    /** Builder for {@link CancelMessageContactUpdateResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, CancelMessageContactUpdateResponse> {

        private Builder() {
        }

        private Builder(CancelMessageContactUpdateResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public CancelMessageContactUpdateResponse build() {
            return new CancelMessageContactUpdateResponse(this);
        }
    }
}
