package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * One object a contact was bound to or unbound from.
 */
public final class MemberAssociation {
    private final String contactId;
    private final String memberId;
    private final String modifyDate;

    private MemberAssociation(Builder b) {
        this.contactId = b.contactId;
        this.memberId = b.memberId;
        this.modifyDate = b.modifyDate;
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

    /** @return {@code MemberId}: the resource directory, folder or member ID */
    public String memberId() {
        return memberId;
    }

    /**
     * @return {@code ModifyDate}: when the binding changed, as the service writes it, {@code yyyy-MM-dd HH:mm:ss}
     *     without a zone
     */
    public String modifyDate() {
        return modifyDate;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MemberAssociation)) {
            return false;
        }
        MemberAssociation o = (MemberAssociation) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(memberId, o.memberId)
                && Objects.equals(modifyDate, o.modifyDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, memberId, modifyDate);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("MemberAssociation")
                .add("contactId", contactId)
                .add("memberId", memberId)
                .add("modifyDate", modifyDate)
                .build();
    }

    /** Builder for {@link MemberAssociation}. */
    public static final class Builder {
        private String contactId;
        private String memberId;
        private String modifyDate;

        private Builder() {
        }

        private Builder(MemberAssociation r) {
            this.contactId = r.contactId;
            this.memberId = r.memberId;
            this.modifyDate = r.modifyDate;
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
         * @param v {@code MemberId}: the resource directory, folder or member ID
         * @return this
         */
        public Builder memberId(String v) {
            this.memberId = v;
            return this;
        }

        /**
         * @param v {@code ModifyDate}: when the binding changed, as the service writes it, {@code yyyy-MM-dd HH:mm:ss}
         *     without a zone
         * @return this
         */
        public Builder modifyDate(String v) {
            this.modifyDate = v;
            return this;
        }

        /** @return the value */
        public MemberAssociation build() {
            return new MemberAssociation(this);
        }
    }
}
