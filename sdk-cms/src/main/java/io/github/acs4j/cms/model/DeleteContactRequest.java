package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Deletes an alert contact by name ({@code DeleteContact}).
 */
public final class DeleteContactRequest {
    private final String contactName;

    private DeleteContactRequest(Builder b) {
        this.contactName = b.contactName;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactName}: the contact to delete (required) */
    public String contactName() {
        return contactName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DeleteContactRequest)) {
            return false;
        }
        DeleteContactRequest x = (DeleteContactRequest) o;
        return Objects.equals(contactName, x.contactName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactName);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteContactRequest").add("contactName", contactName).build();
    }

    /**
     * Builder for {@link DeleteContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactName;

        private Builder() {
        }

        private Builder(DeleteContactRequest x) {
            this.contactName = x.contactName;
        }

        /**
         * @param v {@code ContactName}: the contact to delete (required)
         * @return this
         */
        public Builder contactName(String v) {
            this.contactName = v;
            return this;
        }

        /** @return the request */
        public DeleteContactRequest build() {
            return new DeleteContactRequest(this);
        }
    }
}
