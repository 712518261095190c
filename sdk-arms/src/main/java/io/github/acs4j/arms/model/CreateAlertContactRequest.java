package io.github.acs4j.arms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Creates a legacy ARMS alert contact ({@code CreateAlertContact}). At least one of {@code PhoneNum},
 * {@code Email} and {@code DingRobotWebhookUrl} is required. Not idempotent: every successful call creates
 * another contact, so acs4j never repeats it once the request may have reached the service.
 */
public final class CreateAlertContactRequest {
    private final String regionId;
    private final String contactName;
    private final String phoneNum;
    private final String email;
    private final String dingRobotWebhookUrl;
    private final Boolean systemNoc;
    private final String resourceGroupId;

    private CreateAlertContactRequest(Builder b) {
        this.regionId = b.regionId;
        this.contactName = b.contactName;
        this.phoneNum = b.phoneNum;
        this.email = b.email;
        this.dingRobotWebhookUrl = b.dingRobotWebhookUrl;
        this.systemNoc = b.systemNoc;
        this.resourceGroupId = b.resourceGroupId;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code RegionId}: the region the call is made for; when null the client's region is sent (the docs say {@code cn-hangzhou}) */
    public String regionId() {
        return regionId;
    }

    /** @return {@code ContactName}: the name */
    public String contactName() {
        return contactName;
    }

    /** @return {@code PhoneNum}: mobile number */
    public String phoneNum() {
        return phoneNum;
    }

    /** @return {@code Email}: e-mail address */
    public String email() {
        return email;
    }

    /** @return {@code DingRobotWebhookUrl}: DingTalk chatbot webhook URL; the chatbot's security keyword must include {@code alert} */
    public String dingRobotWebhookUrl() {
        return dingRobotWebhookUrl;
    }

    /** @return {@code SystemNoc}: whether the contact receives system notifications */
    public Boolean systemNoc() {
        return systemNoc;
    }

    /** @return {@code ResourceGroupId}: the resource group */
    public String resourceGroupId() {
        return resourceGroupId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CreateAlertContactRequest)) {
            return false;
        }
        CreateAlertContactRequest x = (CreateAlertContactRequest) o;
        return Objects.equals(regionId, x.regionId)
                && Objects.equals(contactName, x.contactName)
                && Objects.equals(phoneNum, x.phoneNum)
                && Objects.equals(email, x.email)
                && Objects.equals(dingRobotWebhookUrl, x.dingRobotWebhookUrl)
                && Objects.equals(systemNoc, x.systemNoc)
                && Objects.equals(resourceGroupId, x.resourceGroupId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, contactName, phoneNum, email, dingRobotWebhookUrl, systemNoc, resourceGroupId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CreateAlertContactRequest").add("regionId", regionId)
                .add("contactName", contactName).add("phoneNum", Redact.phone(phoneNum))
                .add("email", Redact.email(email)).add("dingRobotWebhookUrl", Redact.webhook(dingRobotWebhookUrl))
                .add("systemNoc", systemNoc).add("resourceGroupId", resourceGroupId).build();
    }

    /**
     * Builder for {@link CreateAlertContactRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String regionId;
        private String contactName;
        private String phoneNum;
        private String email;
        private String dingRobotWebhookUrl;
        private Boolean systemNoc;
        private String resourceGroupId;

        private Builder() {
        }

        private Builder(CreateAlertContactRequest x) {
            this.regionId = x.regionId;
            this.contactName = x.contactName;
            this.phoneNum = x.phoneNum;
            this.email = x.email;
            this.dingRobotWebhookUrl = x.dingRobotWebhookUrl;
            this.systemNoc = x.systemNoc;
            this.resourceGroupId = x.resourceGroupId;
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
         * @param v {@code PhoneNum}: mobile number
         * @return this
         */
        public Builder phoneNum(String v) {
            this.phoneNum = v;
            return this;
        }

        /**
         * @param v {@code Email}: e-mail address
         * @return this
         */
        public Builder email(String v) {
            this.email = v;
            return this;
        }

        /**
         * @param v {@code DingRobotWebhookUrl}: DingTalk chatbot webhook URL; the chatbot's security keyword must include {@code alert}
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

        /**
         * @param v {@code ResourceGroupId}: the resource group
         * @return this
         */
        public Builder resourceGroupId(String v) {
            this.resourceGroupId = v;
            return this;
        }

        /** @return the request */
        public CreateAlertContactRequest build() {
            return new CreateAlertContactRequest(this);
        }
    }
}
