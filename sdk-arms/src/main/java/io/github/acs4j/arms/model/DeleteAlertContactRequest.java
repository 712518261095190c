package io.github.acs4j.arms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Deletes a legacy ARMS alert contact by ID ({@code DeleteAlertContact}).
 */
public final class DeleteAlertContactRequest {
    private final Long contactId;
    private final String regionId;

    private DeleteAlertContactRequest(Builder b) {
        this.contactId = b.contactId;
        this.regionId = b.regionId;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact to delete (required) */
    public Long contactId() {
        return contactId;
    }

    /** @return {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou}) */
    public String regionId() {
        return regionId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeleteAlertContactRequest)) {
            return false;
        }
        DeleteAlertContactRequest x = (DeleteAlertContactRequest) o;
        return Objects.equals(contactId, x.contactId)
                && Objects.equals(regionId, x.regionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, regionId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteAlertContactRequest").add("contactId", contactId)
                .add("regionId", regionId).build();
    }

    /**
     * Builder for {@link DeleteAlertContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private Long contactId;
        private String regionId;

        private Builder() {
        }

        private Builder(DeleteAlertContactRequest x) {
            this.contactId = x.contactId;
            this.regionId = x.regionId;
        }

        /**
         * @param v {@code ContactId}: the contact to delete (required)
         * @return this
         */
        public Builder contactId(Long v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou})
         * @return this
         */
        public Builder regionId(String v) {
            this.regionId = v;
            return this;
        }

        /** @return the request */
        public DeleteAlertContactRequest build() {
            return new DeleteAlertContactRequest(this);
        }
    }
}
