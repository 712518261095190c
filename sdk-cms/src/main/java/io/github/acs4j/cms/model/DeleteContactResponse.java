package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

/**
 * The answer to {@code DeleteContact}.
 */
public final class DeleteContactResponse extends CmsResponse {
    private DeleteContactResponse(Builder b) {
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
        if (!(o instanceof DeleteContactResponse)) {
            return false;
        }
        DeleteContactResponse x = (DeleteContactResponse) o;
        return cmsEquals(x);
    }

    @Override
    public int hashCode() {
        return cmsHashCode();
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteContactResponse").add("requestId", requestId()).add("code", code())
                .add("message", message()).add("success", success()).build();
    }

    /**
     * Builder for {@link DeleteContactResponse}.
     */
    public static final class Builder extends CmsResponse.Builder<Builder, DeleteContactResponse> {
        private Builder() {
        }

        private Builder(DeleteContactResponse x) {
            super(x);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DeleteContactResponse build() {
            return new DeleteContactResponse(this);
        }
    }
}
