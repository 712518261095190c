package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * The notification targets of a CloudMonitor contact ({@code Channels}): where alerts go.
 */
public final class ContactChannels {
    private final String mail;
    private final String sms;
    private final String dingWebHook;
    private final String aliIm;

    private ContactChannels(Builder b) {
        this.mail = b.mail;
        this.sms = b.sms;
        this.dingWebHook = b.dingWebHook;
        this.aliIm = b.aliIm;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code Mail}: e-mail address */
    public String mail() {
        return mail;
    }

    /** @return {@code SMS}: mobile number */
    public String sms() {
        return sms;
    }

    /** @return {@code DingWebHook}: DingTalk chatbot webhook URL */
    public String dingWebHook() {
        return dingWebHook;
    }

    /** @return {@code AliIM}: TradeManager ID */
    public String aliIm() {
        return aliIm;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ContactChannels)) {
            return false;
        }
        ContactChannels x = (ContactChannels) o;
        return Objects.equals(mail, x.mail)
                && Objects.equals(sms, x.sms)
                && Objects.equals(dingWebHook, x.dingWebHook)
                && Objects.equals(aliIm, x.aliIm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mail, sms, dingWebHook, aliIm);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ContactChannels").add("mail", Redact.email(mail)).add("sms", Redact.phone(sms))
                .add("dingWebHook", Redact.webhook(dingWebHook)).add("aliIm", aliIm).build();
    }

    /**
     * Builder for {@link ContactChannels}.
     */
    public static final class Builder {
        private String mail;
        private String sms;
        private String dingWebHook;
        private String aliIm;

        private Builder() {
        }

        private Builder(ContactChannels x) {
            this.mail = x.mail;
            this.sms = x.sms;
            this.dingWebHook = x.dingWebHook;
            this.aliIm = x.aliIm;
        }

        /**
         * @param v {@code Mail}: e-mail address
         * @return this
         */
        public Builder mail(String v) {
            this.mail = v;
            return this;
        }

        /**
         * @param v {@code SMS}: mobile number
         * @return this
         */
        public Builder sms(String v) {
            this.sms = v;
            return this;
        }

        /**
         * @param v {@code DingWebHook}: DingTalk chatbot webhook URL
         * @return this
         */
        public Builder dingWebHook(String v) {
            this.dingWebHook = v;
            return this;
        }

        /**
         * @param v {@code AliIM}: TradeManager ID
         * @return this
         */
        public Builder aliIm(String v) {
            this.aliIm = v;
            return this;
        }

        /** @return the object */
        public ContactChannels build() {
            return new ContactChannels(this);
        }
    }
}
