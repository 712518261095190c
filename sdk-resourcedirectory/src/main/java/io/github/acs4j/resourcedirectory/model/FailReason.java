package io.github.acs4j.resourcedirectory.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why a contact deletion failed for one account: the message types that still need this contact there.
 */
public final class FailReason {
    private final String accountId;
    private final List<String> messageTypes;

    private FailReason(Builder b) {
        this.accountId = b.accountId;
        this.messageTypes = b.messageTypes == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.messageTypes));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this value's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code AccountId}: the member account */
    public String accountId() {
        return accountId;
    }

    /** @return {@code MessageTypes}: the message types affected, never null */
    public List<String> messageTypes() {
        return messageTypes;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FailReason)) {
            return false;
        }
        FailReason o = (FailReason) other;
        return Objects.equals(accountId, o.accountId)
                && Objects.equals(messageTypes, o.messageTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, messageTypes);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("FailReason").add("accountId", accountId).add("messageTypes", messageTypes).build();
    }

    /** Builder for {@link FailReason}. */
    public static final class Builder {
        private String accountId;
        private List<String> messageTypes;

        private Builder() {
        }

        private Builder(FailReason r) {
            this.accountId = r.accountId;
            this.messageTypes = r.messageTypes;
        }

        /**
         * @param v {@code AccountId}: the member account
         * @return this
         */
        public Builder accountId(String v) {
            this.accountId = v;
            return this;
        }

        /**
         * @param v {@code MessageTypes}: the message types affected
         * @return this
         */
        public Builder messageTypes(List<String> v) {
            this.messageTypes = v;
            return this;
        }

        /**
         * @param v {@code MessageTypes}: the message types affected
         * @return this
         */
        public Builder messageTypes(String... v) {
            this.messageTypes = v == null ? null : Arrays.asList(v);
            return this;
        }

        /** @return the value */
        public FailReason build() {
            return new FailReason(this);
        }
    }
}
