package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Creates an alert contact, or updates the one with the same name ({@code PutContact}). A contact needs
 * a name, a description and at least one channel; e-mail and SMS channels take effect once the recipient
 * activates them.
 */
public final class PutContactRequest {
    private final String contactName;
    private final String describe;
    private final String channelsSms;
    private final String channelsMail;
    private final String channelsDingWebHook;
    private final String channelsAliIm;
    private final String lang;

    private PutContactRequest(Builder b) {
        this.contactName = b.contactName;
        this.describe = b.describe;
        this.channelsSms = b.channelsSms;
        this.channelsMail = b.channelsMail;
        this.channelsDingWebHook = b.channelsDingWebHook;
        this.channelsAliIm = b.channelsAliIm;
        this.lang = b.lang;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactName}: the contact's name, which identifies it (required) */
    public String contactName() {
        return contactName;
    }

    /** @return {@code Describe}: a description (required) */
    public String describe() {
        return describe;
    }

    /** @return {@code Channels.SMS}: mobile number */
    public String channelsSms() {
        return channelsSms;
    }

    /** @return {@code Channels.Mail}: e-mail address */
    public String channelsMail() {
        return channelsMail;
    }

    /** @return {@code Channels.DingWebHook}: DingTalk chatbot webhook URL */
    public String channelsDingWebHook() {
        return channelsDingWebHook;
    }

    /** @return {@code Channels.AliIM}: TradeManager ID */
    public String channelsAliIm() {
        return channelsAliIm;
    }

    /** @return {@code Lang}: {@code zh-cn} or {@code en} */
    public String lang() {
        return lang;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PutContactRequest)) {
            return false;
        }
        PutContactRequest r = (PutContactRequest) o;
        return Objects.equals(contactName, r.contactName) && Objects.equals(describe, r.describe)
                && Objects.equals(channelsSms, r.channelsSms) && Objects.equals(channelsMail, r.channelsMail)
                && Objects.equals(channelsDingWebHook, r.channelsDingWebHook)
                && Objects.equals(channelsAliIm, r.channelsAliIm) && Objects.equals(lang, r.lang);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactName, describe, channelsSms, channelsMail, channelsDingWebHook, channelsAliIm, lang);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("PutContactRequest").add("contactName", contactName).add("describe", describe)
                .add("channelsSms", Redact.phone(channelsSms)).add("channelsMail", Redact.email(channelsMail))
                .add("channelsDingWebHook", Redact.webhook(channelsDingWebHook))
                .add("channelsAliIm", channelsAliIm).add("lang", lang).build();
    }

    /** Builder for {@link PutContactRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String contactName;
        private String describe;
        private String channelsSms;
        private String channelsMail;
        private String channelsDingWebHook;
        private String channelsAliIm;
        private String lang;

        private Builder() {
        }

        private Builder(PutContactRequest r) {
            this.contactName = r.contactName;
            this.describe = r.describe;
            this.channelsSms = r.channelsSms;
            this.channelsMail = r.channelsMail;
            this.channelsDingWebHook = r.channelsDingWebHook;
            this.channelsAliIm = r.channelsAliIm;
            this.lang = r.lang;
        }

        /**
         * @param v {@code ContactName}
         * @return this
         */
        public Builder contactName(String v) {
            this.contactName = v;
            return this;
        }

        /**
         * @param v {@code Describe}
         * @return this
         */
        public Builder describe(String v) {
            this.describe = v;
            return this;
        }

        /**
         * @param v {@code Channels.SMS}
         * @return this
         */
        public Builder channelsSms(String v) {
            this.channelsSms = v;
            return this;
        }

        /**
         * @param v {@code Channels.Mail}
         * @return this
         */
        public Builder channelsMail(String v) {
            this.channelsMail = v;
            return this;
        }

        /**
         * @param v {@code Channels.DingWebHook}
         * @return this
         */
        public Builder channelsDingWebHook(String v) {
            this.channelsDingWebHook = v;
            return this;
        }

        /**
         * @param v {@code Channels.AliIM}
         * @return this
         */
        public Builder channelsAliIm(String v) {
            this.channelsAliIm = v;
            return this;
        }

        /**
         * @param v {@code Lang}: {@code zh-cn} or {@code en}
         * @return this
         */
        public Builder lang(String v) {
            this.lang = v;
            return this;
        }

        /** @return the request */
        public PutContactRequest build() {
            return new PutContactRequest(this);
        }
    }
}
