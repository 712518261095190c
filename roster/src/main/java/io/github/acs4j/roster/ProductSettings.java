package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one product receives from a roster: which people become its contacts and which groups its contact
 * groups ({@code null} for all of them), and the product's defaults. Immutable.
 */
public final class ProductSettings {
    private final List<String> contacts;
    private final List<String> groups;
    private final String title;
    private final List<String> messageTypes;
    private final String variant;

    private ProductSettings(Builder b) {
        this.contacts = copy(b.contacts);
        this.groups = copy(b.groups);
        this.title = b.title;
        this.messageTypes = copy(b.messageTypes);
        this.variant = b.variant;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** @return a new builder: every person and every group */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder().contacts(contacts).groups(groups).title(title).messageTypes(messageTypes).variant(variant);
    }

    /** @return the people who become contacts, or {@code null} for all */
    public List<String> contacts() {
        return contacts;
    }

    /** @return the groups that become contact groups, or {@code null} for all */
    public List<String> groups() {
        return groups;
    }

    /** @return Resource Directory's default title, or {@code null} */
    public String title() {
        return title;
    }

    /** @return Resource Directory's default message types, or {@code null} */
    public List<String> messageTypes() {
        return messageTypes;
    }

    /** @return ARMS: {@code alert} (the legacy alert contacts, also when {@code null}) or {@code notification-center} */
    public String variant() {
        return variant;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ProductSettings)) {
            return false;
        }
        ProductSettings s = (ProductSettings) o;
        return java.util.Objects.equals(contacts, s.contacts) && java.util.Objects.equals(groups, s.groups)
                && java.util.Objects.equals(title, s.title) && java.util.Objects.equals(messageTypes, s.messageTypes)
                && java.util.Objects.equals(variant, s.variant);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(contacts, groups, title, messageTypes);
    }

    @Override
    public String toString() {
        return "ProductSettings{contacts=" + (contacts == null ? "all" : contacts) + ", groups="
                + (groups == null ? "all" : groups) + ", title=" + title + ", messageTypes=" + messageTypes
                + (variant == null ? "" : ", variant=" + variant) + "}";
    }

    /** Builds {@link ProductSettings}. */
    public static final class Builder {
        private List<String> contacts;
        private List<String> groups;
        private String title;
        private List<String> messageTypes;
        private String variant;

        private Builder() {
        }

        /** @param v the people who become contacts; {@code null} for all @return this */
        public Builder contacts(List<String> v) {
            this.contacts = v;
            return this;
        }

        /** @param v the groups that become contact groups; {@code null} for all @return this */
        public Builder groups(List<String> v) {
            this.groups = v;
            return this;
        }

        /** @param v Resource Directory's default title @return this */
        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /** @param v Resource Directory's default message types @return this */
        public Builder messageTypes(List<String> v) {
            this.messageTypes = v;
            return this;
        }

        /** @param v ARMS: {@code alert} or {@code notification-center} @return this */
        public Builder variant(String v) {
            this.variant = v;
            return this;
        }

        /** @return the settings */
        public ProductSettings build() {
            return new ProductSettings(this);
        }
    }
}
