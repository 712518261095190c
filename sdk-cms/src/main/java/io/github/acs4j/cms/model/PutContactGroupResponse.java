package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

/**
 * The answer to {@code PutContactGroup}.
 */
public final class PutContactGroupResponse extends CmsResponse {
    private PutContactGroupResponse(Builder b) {
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
        return o instanceof PutContactGroupResponse && cmsEquals((PutContactGroupResponse) o);
    }

    @Override
    public int hashCode() {
        return cmsHashCode();
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("PutContactGroupResponse").add("requestId", requestId()).add("code", code())
                .add("message", message()).add("success", success()).build();
    }

    /** Builder for {@link PutContactGroupResponse}. */
    public static final class Builder extends CmsResponse.Builder<Builder, PutContactGroupResponse> {
        private Builder() {
        }

        private Builder(PutContactGroupResponse r) {
            super(r);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public PutContactGroupResponse build() {
            return new PutContactGroupResponse(this);
        }
    }
}
