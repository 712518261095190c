package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.AcsResponse;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code AssociateMembers}.
 */
public final class AssociateMembersResponse extends AcsResponse {
    private final List<MemberAssociation> members;

    private AssociateMembersResponse(Builder b) {
        super(b);
        this.members = b.members == null ? Collections.<MemberAssociation>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.members));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this response's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Members}: the bindings made, never null */
    public List<MemberAssociation> members() {
        return members;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AssociateMembersResponse)) {
            return false;
        }
        AssociateMembersResponse o = (AssociateMembersResponse) other;
        return baseEquals(o)
                && Objects.equals(members, o.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), members);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("AssociateMembersResponse")
                .add("requestId", requestId())
                .add("members", members)
                .build();
    }

    /** Builder for {@link AssociateMembersResponse}. */
    public static final class Builder extends AcsResponse.Builder<Builder, AssociateMembersResponse> {
        private List<MemberAssociation> members;

        private Builder() {
        }

        private Builder(AssociateMembersResponse r) {
            super(r);
            this.members = r.members;
        }

        /**
         * @param v {@code Members}: the bindings made
         * @return this
         */
        public Builder members(List<MemberAssociation> v) {
            this.members = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public AssociateMembersResponse build() {
            return new AssociateMembersResponse(this);
        }
    }
}
