package io.github.acs4j.roster;

import io.github.acs4j.core.util.Redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One person of a roster: how to reach them, and what Resource Directory should call them. Immutable. */
public final class Person {
    private final String name;
    private final String email;
    private final String phone;
    private final String dingtalk;
    private final String language;
    private final String description;
    private final String title;
    private final List<String> messageTypes;

    private Person(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.email = b.email;
        this.phone = b.phone;
        this.dingtalk = b.dingtalk;
        this.language = b.language;
        this.description = b.description;
        this.title = b.title;
        this.messageTypes = b.messageTypes == null ? null
                : Collections.unmodifiableList(new ArrayList<>(b.messageTypes));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this person's values */
    public Builder toBuilder() {
        return new Builder().name(name).email(email).phone(phone).dingtalk(dingtalk).language(language)
                .description(description).title(title).messageTypes(messageTypes);
    }

    /** @return the contact name in every product */
    public String name() {
        return name;
    }

    /** @return the e-mail address, or {@code null} */
    public String email() {
        return email;
    }

    /** @return the mobile phone number, or {@code null} */
    public String phone() {
        return phone;
    }

    /** @return the DingTalk robot webhook URL, or {@code null} */
    public String dingtalk() {
        return dingtalk;
    }

    /** @return CloudMonitor's notification language ({@code zh-cn} or {@code en}), or {@code null} */
    public String language() {
        return language;
    }

    /** @return the CloudMonitor description, or {@code null} for the roster's default */
    public String description() {
        return description;
    }

    /** @return the Resource Directory title, or {@code null} for the product default */
    public String title() {
        return title;
    }

    /** @return the Resource Directory message types, or {@code null} for the product default */
    public List<String> messageTypes() {
        return messageTypes;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Person)) {
            return false;
        }
        Person p = (Person) o;
        return name.equals(p.name) && Objects.equals(email, p.email) && Objects.equals(phone, p.phone)
                && Objects.equals(dingtalk, p.dingtalk) && Objects.equals(language, p.language)
                && Objects.equals(description, p.description) && Objects.equals(title, p.title)
                && Objects.equals(messageTypes, p.messageTypes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, phone, dingtalk);
    }

    @Override
    public String toString() {
        return "Person{name=" + name + ", email=" + Redact.email(email) + ", phone=" + Redact.phone(phone)
                + ", dingtalk=" + Redact.webhook(dingtalk) + ", language=" + language + ", title=" + title
                + ", messageTypes=" + messageTypes + "}";
    }

    /** Builds a {@link Person}. */
    public static final class Builder {
        private String name;
        private String email;
        private String phone;
        private String dingtalk;
        private String language;
        private String description;
        private String title;
        private List<String> messageTypes;

        private Builder() {
        }

        /** @param v the name @return this */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /** @param v the e-mail address @return this */
        public Builder email(String v) {
            this.email = v;
            return this;
        }

        /** @param v the phone number @return this */
        public Builder phone(String v) {
            this.phone = v;
            return this;
        }

        /** @param v the DingTalk robot webhook URL @return this */
        public Builder dingtalk(String v) {
            this.dingtalk = v;
            return this;
        }

        /** @param v {@code zh-cn} or {@code en} @return this */
        public Builder language(String v) {
            this.language = v;
            return this;
        }

        /** @param v the CloudMonitor description @return this */
        public Builder description(String v) {
            this.description = v;
            return this;
        }

        /** @param v the Resource Directory title @return this */
        public Builder title(String v) {
            this.title = v;
            return this;
        }

        /** @param v the Resource Directory message types @return this */
        public Builder messageTypes(List<String> v) {
            this.messageTypes = v;
            return this;
        }

        /** @return the person */
        public Person build() {
            return new Person(this);
        }
    }
}
