package io.github.acs4j.arms.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code UpdateAlertContact}.
 */
public final class UpdateAlertContactResponse extends AcsResponse {
    private final Boolean isSuccess;

    private UpdateAlertContactResponse(Builder b) {
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

    /** @return {@code IsSuccess}: whether the change was made */
    public Boolean isSuccess() {
        return isSuccess;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdateAlertContactResponse)) {
            return false;
        }
        UpdateAlertContactResponse x = (UpdateAlertContactResponse) o;
        return baseEquals(x)
                && Objects.equals(isSuccess, x.isSuccess);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), isSuccess);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("UpdateAlertContactResponse").add("requestId", requestId())
                .add("isSuccess", isSuccess).build();
    }

    /**
     * Builder for {@link UpdateAlertContactResponse}.
     */
    public static final class Builder extends AcsResponse.Builder<Builder, UpdateAlertContactResponse> {
        private Boolean isSuccess;

        private Builder() {
        }

        private Builder(UpdateAlertContactResponse x) {
            super(x);
            this.isSuccess = x.isSuccess;
        }

        /**
         * @param v {@code IsSuccess}: whether the change was made
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
        public UpdateAlertContactResponse build() {
            return new UpdateAlertContactResponse(this);
        }
    }
}
