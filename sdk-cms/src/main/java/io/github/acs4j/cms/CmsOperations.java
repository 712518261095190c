package io.github.acs4j.cms;

import io.github.acs4j.cms.model.DeleteContactGroupRequest;
import io.github.acs4j.cms.model.DeleteContactGroupResponse;
import io.github.acs4j.cms.model.DeleteContactRequest;
import io.github.acs4j.cms.model.DeleteContactResponse;
import io.github.acs4j.cms.model.DescribeContactGroupListRequest;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupRequest;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.cms.model.PutContactGroupRequest;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ServiceDescriptor;
import io.github.acs4j.core.internal.Validation;

import static io.github.acs4j.core.internal.Operation.requires;

/**
 * CloudMonitor's contact operations as data (API 2019-01-01): wire names, idempotency and validation.
 * Response reading is in {@link CmsResponseReaders}. Facts from Alibaba's API metadata and documentation.
 * Every operation here is idempotent: the writes are upserts or deletes keyed by name.
 */
final class CmsOperations {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Cms", "2019-01-01", Endpoints.CMS,
            CmsException::new, true, false);

    /** {@code ChanelType} values: the current docs list Mail and DingWebHook, an older page also SMS and AliIM. */
    static final String[] CHANEL_TYPES = {"Mail", "DingWebHook", "SMS", "AliIM"};

    /**
     * What every CloudMonitor success carries (api/spec.md 1.2-1.8): the business layer reports failures
     * in HTTP 200 through {@code Success}/{@code Code}, so an answer without them proves nothing. A list's
     * {@code Total} is not required: {@code Success}/{@code Code} already prove the answer.
     */
    static final String[] SUCCESS = {"RequestId", "Code", "Success"};

    static final Operation<PutContactRequest, PutContactResponse> PUT_CONTACT = Operation.of(SERVICE,
            "PutContact", true,
            r -> Validation.of("PutContact")
                    .required("ContactName", r.contactName())
                    .required("Describe", r.describe())
                    .require(Validation.anyPresent(r.channelsSms(), r.channelsMail(), r.channelsDingWebHook(),
                                    r.channelsAliIm()),
                            "at least one of Channels.SMS, Channels.Mail, Channels.DingWebHook, Channels.AliIM is required")
                    .email("Channels.Mail", r.channelsMail())
                    .oneOf("Lang", r.lang(), "zh-cn", "en"),
            (r, w) -> w.put("ContactName", r.contactName())
                    .put("Describe", r.describe())
                    .put("Channels.SMS", r.channelsSms())
                    .put("Channels.Mail", r.channelsMail())
                    .put("Channels.DingWebHook", r.channelsDingWebHook())
                    .put("Channels.AliIM", r.channelsAliIm())
                    .put("Lang", r.lang()),
            CmsResponseReaders.PUT_CONTACT,
            requires(SUCCESS));

    static final Operation<PutContactGroupRequest, PutContactGroupResponse> PUT_CONTACT_GROUP = Operation.of(SERVICE,
            "PutContactGroup", true,
            r -> Validation.of("PutContactGroup")
                    .required("ContactGroupName", r.contactGroupName())
                    .requiredList("ContactNames", r.contactNames())
                    .size("ContactNames", r.contactNames(), 1, 100)
                    .noBlankEntries("ContactNames", r.contactNames()),
            (r, w) -> w.put("ContactGroupName", r.contactGroupName())
                    .putList("ContactNames", r.contactNames())
                    .put("Describe", r.describe())
                    .put("EnableSubscribed", r.enableSubscribed()),
            CmsResponseReaders.PUT_CONTACT_GROUP,
            requires(SUCCESS));

    static final Operation<DescribeContactListRequest, DescribeContactListResponse> DESCRIBE_CONTACT_LIST =
            Operation.of(SERVICE, "DescribeContactList", true,
                    r -> pages(Validation.of("DescribeContactList")
                            .oneOf("ChanelType", r.chanelType(), CHANEL_TYPES), r.pageNumber(), r.pageSize()),
                    (r, w) -> w.put("ContactName", r.contactName())
                            .put("ChanelType", r.chanelType())
                            .put("ChanelValue", r.chanelValue())
                            .put("PageNumber", r.pageNumber())
                            .put("PageSize", r.pageSize()),
                    CmsResponseReaders.DESCRIBE_CONTACT_LIST,
                    requires(SUCCESS));

    static final Operation<DescribeContactGroupListRequest, DescribeContactGroupListResponse> DESCRIBE_CONTACT_GROUP_LIST =
            Operation.of(SERVICE, "DescribeContactGroupList", true,
                    r -> pages(Validation.of("DescribeContactGroupList"), r.pageNumber(), r.pageSize()),
                    (r, w) -> w.put("PageNumber", r.pageNumber())
                            .put("PageSize", r.pageSize()),
                    CmsResponseReaders.DESCRIBE_CONTACT_GROUP_LIST,
                    requires(SUCCESS));

    static final Operation<DescribeContactListByContactGroupRequest, DescribeContactListByContactGroupResponse>
            DESCRIBE_CONTACT_LIST_BY_CONTACT_GROUP = Operation.of(SERVICE, "DescribeContactListByContactGroup", true,
                    r -> Validation.of("DescribeContactListByContactGroup")
                            .required("ContactGroupName", r.contactGroupName()),
                    (r, w) -> w.put("ContactGroupName", r.contactGroupName()),
                    CmsResponseReaders.DESCRIBE_CONTACT_LIST_BY_CONTACT_GROUP,
                    requires(SUCCESS));

    static final Operation<DeleteContactRequest, DeleteContactResponse> DELETE_CONTACT = Operation.of(SERVICE,
            "DeleteContact", true,
            r -> Validation.of("DeleteContact").required("ContactName", r.contactName()),
            (r, w) -> w.put("ContactName", r.contactName()),
            CmsResponseReaders.DELETE_CONTACT,
            requires(SUCCESS));

    static final Operation<DeleteContactGroupRequest, DeleteContactGroupResponse> DELETE_CONTACT_GROUP =
            Operation.of(SERVICE, "DeleteContactGroup", true,
                    r -> Validation.of("DeleteContactGroup").required("ContactGroupName", r.contactGroupName()),
                    (r, w) -> w.put("ContactGroupName", r.contactGroupName()),
                    CmsResponseReaders.DELETE_CONTACT_GROUP,
                    requires(SUCCESS));

    private CmsOperations() {
    }

    /** {@code PageNumber} and {@code PageSize}, when given, are at least 1. */
    static Validation pages(Validation v, Integer pageNumber, Integer pageSize) {
        return v.require(pageNumber == null || pageNumber >= 1, "PageNumber must be at least 1; got " + pageNumber)
                .require(pageSize == null || pageSize >= 1, "PageSize must be at least 1; got " + pageSize);
    }
}
