package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The answer to {@code GetMessageContactDeletionStatus}.
 */
public final class GetMessageContactDeletionStatusResponse extends AcsResponse {
    private final ContactDeletionStatus contactDeletionStatus;

    private GetMessageContactDeletionStatusResponse(Builder b) {
        super(b);
        this.contactDeletionStatus = b.contactDeletionStatus;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactDeletionStatus}: the deletion's progress */
    public ContactDeletionStatus contactDeletionStatus() {
        return contactDeletionStatus;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof GetMessageContactDeletionStatusResponse)) {
            return false;
        }
        GetMessageContactDeletionStatusResponse o = (GetMessageContactDeletionStatusResponse) other;
        return baseEquals(o)
                && Objects.equals(contactDeletionStatus, o.contactDeletionStatus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), contactDeletionStatus);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("GetMessageContactDeletionStatusResponse")
                .add("requestId", requestId())
                .add("contactDeletionStatus", contactDeletionStatus)
                .build();
    }

    /** Builder for {@link GetMessageContactDeletionStatusResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, GetMessageContactDeletionStatusResponse> {
        private ContactDeletionStatus contactDeletionStatus;

        private Builder() {
        }

        private Builder(GetMessageContactDeletionStatusResponse r) {
            super(r);
            this.contactDeletionStatus = r.contactDeletionStatus;
        }

        /**
         * @param v {@code ContactDeletionStatus}: the deletion's progress
         * @return this
         */
        public Builder contactDeletionStatus(ContactDeletionStatus v) {
            this.contactDeletionStatus = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public GetMessageContactDeletionStatusResponse build() {
            return new GetMessageContactDeletionStatusResponse(this);
        }
    }
}
