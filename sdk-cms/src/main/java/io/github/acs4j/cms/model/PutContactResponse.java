package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

/**
 * The answer to {@code PutContact}.
 */
public final class PutContactResponse extends CmsResponse {
    private PutContactResponse(Builder b) {
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
    public boolean equals(Object o) {
        return o instanceof PutContactResponse && cmsEquals((PutContactResponse) o);
    }

    @Override
    public int hashCode() {
        return cmsHashCode();
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("PutContactResponse").add("requestId", requestId()).add("code", code())
                .add("message", message()).add("success", success()).build();
    }

    /** Builder for {@link PutContactResponse}. */
    public static final class Builder extends CmsResponse.Builder<Builder, PutContactResponse> {
        private Builder() {
        }

        private Builder(PutContactResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public PutContactResponse build() {
            return new PutContactResponse(this);
        }
    }
}
