package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Deletes a message contact ({@code DeleteMessageContact}). With {@code RetainContactInMembers=false}
 * the deletion runs asynchronously; poll {@code GetMessageContactDeletionStatus}.
 */
public final class DeleteMessageContactRequest {
    private final String contactId;
    private final Boolean retainContactInMembers;

    private DeleteMessageContactRequest(Builder b) {
        this.contactId = b.contactId;
        this.retainContactInMembers = b.retainContactInMembers;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} (required) */
    public String contactId() {
        return contactId;
    }

    /**
     * @return {@code RetainContactInMembers}: whether members keep the contact; the service defaults to {@code true}
     */
    public Boolean retainContactInMembers() {
        return retainContactInMembers;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DeleteMessageContactRequest)) {
            return false;
        }
        DeleteMessageContactRequest o = (DeleteMessageContactRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(retainContactInMembers, o.retainContactInMembers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, retainContactInMembers);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DeleteMessageContactRequest")
                .add("contactId", contactId)
                .add("retainContactInMembers", retainContactInMembers)
                .build();
    }

    /** Builder for {@link DeleteMessageContactRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;
        private Boolean retainContactInMembers;

        private Builder() {
        }

        private Builder(DeleteMessageContactRequest r) {
            this.contactId = r.contactId;
            this.retainContactInMembers = r.retainContactInMembers;
        }

        /**
         * @param v {@code ContactId}: the contact's ID, e.g. {@code c-qL4HqKONzOM7****} (required)
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code RetainContactInMembers}: whether members keep the contact; the service defaults to {@code
         *     true}
         * @return this
         */
        public Builder retainContactInMembers(Boolean v) {
            this.retainContactInMembers = v;
            return this;
        }

        /** @return the request */
        public DeleteMessageContactRequest build() {
            return new DeleteMessageContactRequest(this);
        }
    }
}
