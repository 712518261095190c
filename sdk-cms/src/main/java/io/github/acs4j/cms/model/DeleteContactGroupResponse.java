package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

/**
 * The answer to {@code DeleteContactGroup}.
 */
public final class DeleteContactGroupResponse extends CmsResponse {
    private DeleteContactGroupResponse(Builder b) {
        super(b);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeleteContactGroupResponse)) {
            return false;
        }
        DeleteContactGroupResponse x = (DeleteContactGroupResponse) o;
        return cmsEquals(x);
    }

    @Override
    public int hashCode() {
        return cmsHashCode();
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteContactGroupResponse").add("requestId", requestId()).add("code", code())
                .add("message", message()).add("success", success()).build();
    }

    /**
     * Builder for {@link DeleteContactGroupResponse}.
     */
    public static final class Builder extends CmsResponse.Builder<Builder, DeleteContactGroupResponse> {
        private Builder() {
        }

        private Builder(DeleteContactGroupResponse x) {
            super(x);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DeleteContactGroupResponse build() {
            return new DeleteContactGroupResponse(this);
        }
    }
}
