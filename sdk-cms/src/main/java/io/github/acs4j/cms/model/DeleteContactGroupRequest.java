package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Deletes a contact group by name ({@code DeleteContactGroup}); its contacts stay.
 */
public final class DeleteContactGroupRequest {
    private final String contactGroupName;

    private DeleteContactGroupRequest(Builder b) {
        this.contactGroupName = b.contactGroupName;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactGroupName}: the group to delete (required) */
    public String contactGroupName() {
        return contactGroupName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeleteContactGroupRequest)) {
            return false;
        }
        DeleteContactGroupRequest x = (DeleteContactGroupRequest) o;
        return Objects.equals(contactGroupName, x.contactGroupName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactGroupName);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteContactGroupRequest").add("contactGroupName", contactGroupName).build();
    }

    /**
     * Builder for {@link DeleteContactGroupRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactGroupName;

        private Builder() {
        }

        private Builder(DeleteContactGroupRequest x) {
            this.contactGroupName = x.contactGroupName;
        }

        /**
         * @param v {@code ContactGroupName}: the group to delete (required)
         * @return this
         */
        public Builder contactGroupName(String v) {
            this.contactGroupName = v;
            return this;
        }

        /** @return the request */
        public DeleteContactGroupRequest build() {
            return new DeleteContactGroupRequest(this);
        }
    }
}
