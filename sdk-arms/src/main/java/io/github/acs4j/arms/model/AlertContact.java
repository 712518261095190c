package io.github.acs4j.arms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.time.Instant;
import java.util.Objects;

/**
 * A legacy ARMS alert contact as {@code SearchAlertContact} returns it ({@code PageBean.Contacts[]}).
 * Fields from the SearchAlertContact API reference and Alibaba's generated SDK model.
 */
public final class AlertContact {
    private final Long contactId;
    private final String contactName;
    private final String phone;
    private final String email;
    private final String dingRobot;
    private final String webhook;
    private final Boolean systemNoc;
    private final String content;
    private final String userId;
    private final String resourceGroupId;
    private final Instant createTime;
    private final Instant updateTime;

    private AlertContact(Builder b) {
        this.contactId = b.contactId;
        this.contactName = b.contactName;
        this.phone = b.phone;
        this.email = b.email;
        this.dingRobot = b.dingRobot;
        this.webhook = b.webhook;
        this.systemNoc = b.systemNoc;
        this.content = b.content;
        this.userId = b.userId;
        this.resourceGroupId = b.resourceGroupId;
        this.createTime = b.createTime;
        this.updateTime = b.updateTime;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactId}: the contact's ID */
    public Long contactId() {
        return contactId;
    }

    /** @return {@code ContactName}: the name */
    public String contactName() {
        return contactName;
    }

    /** @return {@code Phone}: mobile number */
    public String phone() {
        return phone;
    }

    /** @return {@code Email}: e-mail address */
    public String email() {
        return email;
    }

    /** @return {@code DingRobot}: DingTalk chatbot webhook URL */
    public String dingRobot() {
        return dingRobot;
    }

    /** @return {@code Webhook}: the generic webhook settings as JSON text (it may carry tokens or auth headers, so toString hides it) */
    public String webhook() {
        return webhook;
    }

    /** @return {@code SystemNoc}: whether the contact receives system notifications */
    public Boolean systemNoc() {
        return systemNoc;
    }

    /** @return {@code Content}: the contact groups the contact is in, separated by {@code |} */
    public String content() {
        return content;
    }

    /** @return {@code UserId}: the owning account */
    public String userId() {
        return userId;
    }

    /** @return {@code ResourceGroupId}: the resource group */
    public String resourceGroupId() {
        return resourceGroupId;
    }

    /** @return {@code CreateTime}: when it was created */
    public Instant createTime() {
        return createTime;
    }

    /** @return {@code UpdateTime}: when it was last changed */
    public Instant updateTime() {
        return updateTime;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AlertContact)) {
            return false;
        }
        AlertContact x = (AlertContact) o;
        return Objects.equals(contactId, x.contactId)
                && Objects.equals(contactName, x.contactName)
                && Objects.equals(phone, x.phone)
                && Objects.equals(email, x.email)
                && Objects.equals(dingRobot, x.dingRobot)
                && Objects.equals(webhook, x.webhook)
                && Objects.equals(systemNoc, x.systemNoc)
                && Objects.equals(content, x.content)
                && Objects.equals(userId, x.userId)
                && Objects.equals(resourceGroupId, x.resourceGroupId)
                && Objects.equals(createTime, x.createTime)
                && Objects.equals(updateTime, x.updateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactId, contactName, phone, email, dingRobot, webhook, systemNoc, content, userId, resourceGroupId, createTime, updateTime);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("AlertContact").add("contactId", contactId).add("contactName", contactName)
                .add("phone", Redact.phone(phone)).add("email", Redact.email(email))
                .add("dingRobot", Redact.webhook(dingRobot)).add("webhook", Redact.secret(webhook))
                .add("systemNoc", systemNoc).add("content", content).add("userId", userId)
                .add("resourceGroupId", resourceGroupId).add("createTime", createTime)
                .add("updateTime", updateTime).build();
    }

    /**
     * Builder for {@link AlertContact}.
     */
    public static final class Builder {
        private Long contactId;
        private String contactName;
        private String phone;
        private String email;
        private String dingRobot;
        private String webhook;
        private Boolean systemNoc;
        private String content;
        private String userId;
        private String resourceGroupId;
        private Instant createTime;
        private Instant updateTime;

        private Builder() {
        }

        private Builder(AlertContact x) {
            this.contactId = x.contactId;
            this.contactName = x.contactName;
            this.phone = x.phone;
            this.email = x.email;
            this.dingRobot = x.dingRobot;
            this.webhook = x.webhook;
            this.systemNoc = x.systemNoc;
            this.content = x.content;
            this.userId = x.userId;
            this.resourceGroupId = x.resourceGroupId;
            this.createTime = x.createTime;
            this.updateTime = x.updateTime;
        }

        /**
         * @param v {@code ContactId}: the contact's ID
         * @return this
         */
        public Builder contactId(Long v) {
            this.contactId = v;
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
         * @param v {@code Phone}: mobile number
         * @return this
         */
        public Builder phone(String v) {
            this.phone = v;
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
         * @param v {@code DingRobot}: DingTalk chatbot webhook URL
         * @return this
         */
        public Builder dingRobot(String v) {
            this.dingRobot = v;
            return this;
        }

        /**
         * @param v {@code Webhook}: the generic webhook settings as JSON text (it may carry tokens or auth headers, so toString hides it)
         * @return this
         */
        public Builder webhook(String v) {
            this.webhook = v;
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
         * @param v {@code Content}: the contact groups the contact is in, separated by {@code |}
         * @return this
         */
        public Builder content(String v) {
            this.content = v;
            return this;
        }

        /**
         * @param v {@code UserId}: the owning account
         * @return this
         */
        public Builder userId(String v) {
            this.userId = v;
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

        /**
         * @param v {@code CreateTime}: when it was created
         * @return this
         */
        public Builder createTime(Instant v) {
            this.createTime = v;
            return this;
        }

        /**
         * @param v {@code UpdateTime}: when it was last changed
         * @return this
         */
        public Builder updateTime(Instant v) {
            this.updateTime = v;
            return this;
        }

        /** @return the object */
        public AlertContact build() {
            return new AlertContact(this);
        }
    }
}
