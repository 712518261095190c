package example.pets.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** A pet's owner. */
public final class Owner {
    private final String phone;
    private final String email;
    private final String hook;
    private final String token;

    private Owner(Builder b) {
        this.phone = b.phone;
        this.email = b.email;
        this.hook = b.hook;
        this.token = b.token;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return {@code Phone}: phone
     */
    public String phone() {
        return phone;
    }

    /**
     * @return {@code Email}: e-mail
     */
    public String email() {
        return email;
    }

    /**
     * @return {@code Hook}: webhook
     */
    public String hook() {
        return hook;
    }

    /**
     * @return {@code Token}: token
     */
    public String token() {
        return token;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Owner)) {
            return false;
        }
        Owner x = (Owner) o;
        return Objects.equals(phone, x.phone)
                && Objects.equals(email, x.email)
                && Objects.equals(hook, x.hook)
                && Objects.equals(token, x.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phone, email, hook, token);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("Owner")
                .add("phone", Redact.phone(phone))
                .add("email", Redact.email(email))
                .add("hook", Redact.webhook(hook))
                .add("token", Redact.secret(token)).build();
    }

    /** Builder for {@link Owner}. */
    public static final class Builder {
        private String phone;
        private String email;
        private String hook;
        private String token;

        private Builder() {
        }

        private Builder(Owner x) {
            this.phone = x.phone;
            this.email = x.email;
            this.hook = x.hook;
            this.token = x.token;
        }

        /**
         * @param v {@code Phone}: phone
         * @return this
         */
        public Builder phone(String v) {
            this.phone = v;
            return this;
        }

        /**
         * @param v {@code Email}: e-mail
         * @return this
         */
        public Builder email(String v) {
            this.email = v;
            return this;
        }

        /**
         * @param v {@code Hook}: webhook
         * @return this
         */
        public Builder hook(String v) {
            this.hook = v;
            return this;
        }

        /**
         * @param v {@code Token}: token
         * @return this
         */
        public Builder token(String v) {
            this.token = v;
            return this;
        }

        /** @return the object */
        public Owner build() {
            return new Owner(this);
        }
    }
}
