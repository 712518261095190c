package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Activation state of each channel of a CloudMonitor contact ({@code ChannelsState}): {@code PENDING}
 * until the recipient activates the channel, then {@code OK}.
 */
public final class ContactChannelsState {
    private final String mail;
    private final String sms;
    private final String dingWebHook;
    private final String aliIm;

    private ContactChannelsState(Builder b) {
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

    /** @return {@code Mail}: {@code PENDING} or {@code OK} */
    public String mail() {
        return mail;
    }

    /** @return {@code SMS}: {@code PENDING} or {@code OK} */
    public String sms() {
        return sms;
    }

    /** @return {@code DingWebHook}: {@code OK} when set */
    public String dingWebHook() {
        return dingWebHook;
    }

    /** @return {@code AliIM}: {@code OK} when set */
    public String aliIm() {
        return aliIm;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ContactChannelsState)) {
            return false;
        }
        ContactChannelsState x = (ContactChannelsState) o;
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
        return ToStringBuilder.of("ContactChannelsState").add("mail", mail).add("sms", sms)
                .add("dingWebHook", dingWebHook).add("aliIm", aliIm).build();
    }

    /**
     * Builder for {@link ContactChannelsState}.
     */
    public static final class Builder {
        private String mail;
        private String sms;
        private String dingWebHook;
        private String aliIm;

        private Builder() {
        }

        private Builder(ContactChannelsState x) {
            this.mail = x.mail;
            this.sms = x.sms;
            this.dingWebHook = x.dingWebHook;
            this.aliIm = x.aliIm;
        }

        /**
         * @param v {@code Mail}: {@code PENDING} or {@code OK}
         * @return this
         */
        public Builder mail(String v) {
            this.mail = v;
            return this;
        }

        /**
         * @param v {@code SMS}: {@code PENDING} or {@code OK}
         * @return this
         */
        public Builder sms(String v) {
            this.sms = v;
            return this;
        }

        /**
         * @param v {@code DingWebHook}: {@code OK} when set
         * @return this
         */
        public Builder dingWebHook(String v) {
            this.dingWebHook = v;
            return this;
        }

        /**
         * @param v {@code AliIM}: {@code OK} when set
         * @return this
         */
        public Builder aliIm(String v) {
            this.aliIm = v;
            return this;
        }

        /** @return the object */
        public ContactChannelsState build() {
            return new ContactChannelsState(this);
        }
    }
}
