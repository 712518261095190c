package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code DeleteMessageContact}.
 */
public final class DeleteMessageContactResponse extends AcsResponse {
    private final String status;

    private DeleteMessageContactResponse(Builder b) {
        super(b);
        this.status = b.status;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Status}: {@code Deleted}, or {@code Deleting} while an asynchronous deletion runs */
    public String status() {
        return status;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DeleteMessageContactResponse)) {
            return false;
        }
        DeleteMessageContactResponse o = (DeleteMessageContactResponse) other;
        return baseEquals(o)
                && Objects.equals(status, o.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), status);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteMessageContactResponse")
                .add("requestId", requestId())
                .add("status", status)
                .build();
    }

    /** Builder for {@link DeleteMessageContactResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, DeleteMessageContactResponse> {
        private String status;

        private Builder() {
        }

        private Builder(DeleteMessageContactResponse r) {
            super(r);
            this.status = r.status;
        }

        /**
         * @param v {@code Status}: {@code Deleted}, or {@code Deleting} while an asynchronous deletion runs
         * @return this
         */
        public Builder status(String v) {
            this.status = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public DeleteMessageContactResponse build() {
            return new DeleteMessageContactResponse(this);
        }
    }
}
