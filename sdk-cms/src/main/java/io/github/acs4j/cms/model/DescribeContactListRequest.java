package io.github.acs4j.cms.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/**
 * Lists alert contacts, optionally filtered by name or by a channel ({@code DescribeContactList}), one page
 * at a time. Note the service's spelling of the channel filter: {@code ChanelType}/{@code ChanelValue}.
 */
public final class DescribeContactListRequest {
    private final String contactName;
    private final String chanelType;
    private final String chanelValue;
    private final Integer pageNumber;
    private final Integer pageSize;

    private DescribeContactListRequest(Builder b) {
        this.contactName = b.contactName;
        this.chanelType = b.chanelType;
        this.chanelValue = b.chanelValue;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return {@code ContactName}: only the contact with this name */
    public String contactName() {
        return contactName;
    }

    /** @return {@code ChanelType} (sic): filter by channel, {@code Mail}, {@code DingWebHook}, {@code SMS} or {@code AliIM} */
    public String chanelType() {
        return chanelType;
    }

    /** @return {@code ChanelValue} (sic): the channel value to match, e.g. an e-mail address for {@code Mail} */
    public String chanelValue() {
        return chanelValue;
    }

    /** @return {@code PageNumber}: the page, from 1 (service default 1) */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** @return {@code PageSize}: entries per page, at least 1 (service default 100) */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DescribeContactListRequest)) {
            return false;
        }
        DescribeContactListRequest x = (DescribeContactListRequest) o;
        return Objects.equals(contactName, x.contactName)
                && Objects.equals(chanelType, x.chanelType)
                && Objects.equals(chanelValue, x.chanelValue)
                && Objects.equals(pageNumber, x.pageNumber)
                && Objects.equals(pageSize, x.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contactName, chanelType, chanelValue, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("DescribeContactListRequest").add("contactName", contactName)
                .add("chanelType", chanelType).add("chanelValue", Redact.text(chanelValue))
                .add("pageNumber", pageNumber).add("pageSize", pageSize).build();
    }

    /**
     * Builder for {@link DescribeContactListRequest}. Lenient: checks run when the request is sent.
     */
    public static final class Builder {
        private String contactName;
        private String chanelType;
        private String chanelValue;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(DescribeContactListRequest x) {
            this.contactName = x.contactName;
            this.chanelType = x.chanelType;
            this.chanelValue = x.chanelValue;
            this.pageNumber = x.pageNumber;
            this.pageSize = x.pageSize;
        }

        /**
         * @param v {@code ContactName}: only the contact with this name
         * @return this
         */
        public Builder contactName(String v) {
            this.contactName = v;
            return this;
        }

        /**
         * @param v {@code ChanelType} (sic): filter by channel, {@code Mail}, {@code DingWebHook}, {@code SMS} or {@code AliIM}
         * @return this
         */
        public Builder chanelType(String v) {
            this.chanelType = v;
            return this;
        }

        /**
         * @param v {@code ChanelValue} (sic): the channel value to match, e.g. an e-mail address for {@code Mail}
         * @return this
         */
        public Builder chanelValue(String v) {
            this.chanelValue = v;
            return this;
        }

        /**
         * @param v {@code PageNumber}: the page, from 1 (service default 1)
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code PageSize}: entries per page, at least 1 (service default 100)
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /** @return the request */
        public DescribeContactListRequest build() {
            return new DescribeContactListRequest(this);
        }
    }
}
