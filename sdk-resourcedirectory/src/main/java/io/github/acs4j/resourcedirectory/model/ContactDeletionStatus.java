package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The progress of an asynchronous contact deletion.
 */
public final class ContactDeletionStatus {
    private final String contactId;
    private final String status;
    private final List<FailReason> failReasonList;

    private ContactDeletionStatus(Builder b) {
        this.contactId = b.contactId;
        this.status = b.status;
        this.failReasonList = b.failReasonList == null ? Collections.<FailReason>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.failReasonList));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID */
    public String contactId() {
        return contactId;
    }

    /** @return {@code Status}: {@code Deleting} or {@code Failed} */
    public String status() {
        return status;
    }

    /** @return {@code FailReasonList}: why the deletion failed, per account, never null */
    public List<FailReason> failReasonList() {
        return failReasonList;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ContactDeletionStatus)) {
            return false;
        }
        ContactDeletionStatus o = (ContactDeletionStatus) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(status, o.status)
                && Objects.equals(failReasonList, o.failReasonList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, status, failReasonList);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ContactDeletionStatus")
                .add("contactId", contactId)
                .add("status", status)
                .add("failReasonList", failReasonList)
                .build();
    }

    /** Builder for {@link ContactDeletionStatus}. */
    public static final class Builder {
        private String contactId;
        private String status;
        private List<FailReason> failReasonList;

        private Builder() {
        }

        private Builder(ContactDeletionStatus r) {
            this.contactId = r.contactId;
            this.status = r.status;
            this.failReasonList = r.failReasonList;
        }

        /**
         * @param v {@code ContactId}: the contact's ID
         * @return this
         */
        public Builder contactId(String v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code Status}: {@code Deleting} or {@code Failed}
         * @return this
         */
        public Builder status(String v) {
            this.status = v;
            return this;
        }

        /**
         * @param v {@code FailReasonList}: why the deletion failed, per account
         * @return this
         */
        public Builder failReasonList(List<FailReason> v) {
            this.failReasonList = v;
            return this;
        }

        /** @return the value */
        public ContactDeletionStatus build() {
            return new ContactDeletionStatus(this);
        }
    }
}
