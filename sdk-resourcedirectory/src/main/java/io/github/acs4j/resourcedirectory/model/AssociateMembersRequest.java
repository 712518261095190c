package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Binds a contact to 1 to 5 objects: the resource directory, folders or members ({@code
 * AssociateMembers}).
 */
public final class AssociateMembersRequest {
    private final String contactId;
    private final List<String> members;

    private AssociateMembersRequest(Builder b) {
        this.contactId = b.contactId;
        this.members = b.members == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.members));
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
     * @return {@code Members.N}: IDs of the resource directory, folders or members to bind, 1 to 5, no duplicates
     *     (required), never null
     */
    public List<String> members() {
        return members;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AssociateMembersRequest)) {
            return false;
        }
        AssociateMembersRequest o = (AssociateMembersRequest) other;
        return Objects.equals(contactId, o.contactId)
                && Objects.equals(members, o.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, members);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("AssociateMembersRequest")
                .add("contactId", contactId)
                .add("members", members)
                .build();
    }

    /** Builder for {@link AssociateMembersRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactId;
        private List<String> members;

        private Builder() {
        }

        private Builder(AssociateMembersRequest r) {
            this.contactId = r.contactId;
            this.members = r.members;
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
         * @param v {@code Members.N}: IDs of the resource directory, folders or members to bind, 1 to 5, no duplicates
         *     (required)
         * @return this
         */
        public Builder members(List<String> v) {
            this.members = v;
            return this;
        }

        /**
         * @param v {@code Members.N}: IDs of the resource directory, folders or members to bind, 1 to 5, no duplicates
         *     (required)
         * @return this
         */
        public Builder members(String... v) {
            this.members = v == null ? null : Arrays.asList(v);
            return this;
        }

        /** @return the request */
        public AssociateMembersRequest build() {
            return new AssociateMembersRequest(this);
        }
    }
}
