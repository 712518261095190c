package io.github.acs4j.arms.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code DeleteAlertContact}.
 */
public final class DeleteAlertContactResponse extends AcsResponse {
    private final Boolean isSuccess;

    private DeleteAlertContactResponse(Builder b) {
        super(b);
        this.isSuccess = b.isSuccess;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code IsSuccess}: whether the contact was deleted */
    public Boolean isSuccess() {
        return isSuccess;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeleteAlertContactResponse)) {
            return false;
        }
        DeleteAlertContactResponse x = (DeleteAlertContactResponse) o;
        return baseEquals(x)
                && Objects.equals(isSuccess, x.isSuccess);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), isSuccess);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteAlertContactResponse").add("requestId", requestId())
                .add("isSuccess", isSuccess).build();
    }

    /**
     * Builder for {@link DeleteAlertContactResponse}.
     */
    public static final class Builder extends AcsResponse.Builder<Builder, DeleteAlertContactResponse> {
        private Boolean isSuccess;

        private Builder() {
        }

        private Builder(DeleteAlertContactResponse x) {
            super(x);
            this.isSuccess = x.isSuccess;
        }

        /**
         * @param v {@code IsSuccess}: whether the contact was deleted
         * @return this
         */
        public Builder isSuccess(Boolean v) {
            this.isSuccess = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DeleteAlertContactResponse build() {
            return new DeleteAlertContactResponse(this);
        }
    }
}
