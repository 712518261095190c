package io.github.acs4j.arms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Changes a legacy ARMS alert contact ({@code UpdateAlertContact}).
 * <p>
 * <b>Every channel left out is deleted.</b> The service replaces the contact's {@code PhoneNum},
 * {@code Email} and {@code DingRobotWebhookUrl} with what the request carries: a channel that is not set
 * here is removed from the contact (documented by Alibaba). To change one channel and keep the others,
 * start from the current contact with {@link #builderFrom(AlertContact)}, which copies every channel,
 * then change what you mean to change. At least one channel is required.
 */
public final class UpdateAlertContactRequest {
    private final Long contactId;
    private final String regionId;
    private final String contactName;
    private final String phoneNum;
    private final String email;
    private final String dingRobotWebhookUrl;
    private final Boolean systemNoc;

    private UpdateAlertContactRequest(Builder b) {
        this.contactId = b.contactId;
        this.regionId = b.regionId;
        this.contactName = b.contactName;
        this.phoneNum = b.phoneNum;
        this.email = b.email;
        this.dingRobotWebhookUrl = b.dingRobotWebhookUrl;
        this.systemNoc = b.systemNoc;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact to change (required) */
    public Long contactId() {
        return contactId;
    }

    /** @return {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou}) */
    public String regionId() {
        return regionId;
    }

    /** @return {@code ContactName}: the name */
    public String contactName() {
        return contactName;
    }

    /** @return {@code PhoneNum}: mobile number; removed from the contact when null */
    public String phoneNum() {
        return phoneNum;
    }

    /** @return {@code Email}: e-mail address; removed from the contact when null */
    public String email() {
        return email;
    }

    /** @return {@code DingRobotWebhookUrl}: DingTalk chatbot webhook URL; removed from the contact when null */
    public String dingRobotWebhookUrl() {
        return dingRobotWebhookUrl;
    }

    /** @return {@code SystemNoc}: whether the contact receives system notifications */
    public Boolean systemNoc() {
        return systemNoc;
    }

    /**
     * Starts an update from a contact as {@code SearchAlertContact} returned it, keeping its name, every
     * channel and {@code SystemNoc}, so that only what the caller changes afterwards is changed.
     *
     * @param current the contact as it is now
     * @return a builder holding the contact's ID, name, channels and SystemNoc
     */
    public static Builder builderFrom(AlertContact current) {
        return new Builder().contactId(current.contactId()).contactName(current.contactName())
                .phoneNum(current.phone()).email(current.email()).dingRobotWebhookUrl(current.dingRobot())
                .systemNoc(current.systemNoc());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdateAlertContactRequest)) {
            return false;
        }
        UpdateAlertContactRequest x = (UpdateAlertContactRequest) o;
        return Objects.equals(contactId, x.contactId)
                && Objects.equals(regionId, x.regionId)
                && Objects.equals(contactName, x.contactName)
                && Objects.equals(phoneNum, x.phoneNum)
                && Objects.equals(email, x.email)
                && Objects.equals(dingRobotWebhookUrl, x.dingRobotWebhookUrl)
                && Objects.equals(systemNoc, x.systemNoc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, regionId, contactName, phoneNum, email, dingRobotWebhookUrl, systemNoc);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("UpdateAlertContactRequest").add("contactId", contactId)
                .add("regionId", regionId).add("contactName", contactName).add("phoneNum", Redact.phone(phoneNum))
                .add("email", Redact.email(email)).add("dingRobotWebhookUrl", Redact.webhook(dingRobotWebhookUrl))
                .add("systemNoc", systemNoc).build();
    }

    /**
     * Builder for {@link UpdateAlertContactRequest}. Lenient: checks run when the request is sent.
     * <p>
     * <b>Set every channel the contact should keep:</b> {@code phoneNum}, {@code email} and
     * {@code dingRobotWebhookUrl} left null are deleted from the contact by the service. Use
     * {@link UpdateAlertContactRequest#builderFrom(AlertContact)} to start from the current values.
     */
    public static final class Builder {
        private Long contactId;
        private String regionId;
        private String contactName;
        private String phoneNum;
        private String email;
        private String dingRobotWebhookUrl;
        private Boolean systemNoc;

        private Builder() {
        }

        private Builder(UpdateAlertContactRequest x) {
            this.contactId = x.contactId;
            this.regionId = x.regionId;
            this.contactName = x.contactName;
            this.phoneNum = x.phoneNum;
            this.email = x.email;
            this.dingRobotWebhookUrl = x.dingRobotWebhookUrl;
            this.systemNoc = x.systemNoc;
        }

        /**
         * @param v {@code ContactId}: the contact to change (required)
         * @return this
         */
        public Builder contactId(Long v) {
            this.contactId = v;
            return this;
        }

        /**
         * @param v {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou})
         * @return this
         */
        public Builder regionId(String v) {
            this.regionId = v;
            return this;
        }

        /**
         * @param v {@code ContactName}: the name
         * @return this
         */
        public Builder contactName(String v) {
            this.contactName = v;
            return this;
        }

        /**
         * @param v {@code PhoneNum}: mobile number; removed from the contact when null
         * @return this
         */
        public Builder phoneNum(String v) {
            this.phoneNum = v;
            return this;
        }

        /**
         * @param v {@code Email}: e-mail address; removed from the contact when null
         * @return this
         */
        public Builder email(String v) {
            this.email = v;
            return this;
        }

        /**
         * @param v {@code DingRobotWebhookUrl}: DingTalk chatbot webhook URL; removed from the contact when null
         * @return this
         */
        public Builder dingRobotWebhookUrl(String v) {
            this.dingRobotWebhookUrl = v;
            return this;
        }

        /**
         * @param v {@code SystemNoc}: whether the contact receives system notifications
         * @return this
         */
        public Builder systemNoc(Boolean v) {
            this.systemNoc = v;
            return this;
        }

        /** @return the request */
        public UpdateAlertContactRequest build() {
            return new UpdateAlertContactRequest(this);
        }
    }
}
