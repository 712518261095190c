package io.github.acs4j.cms;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.cms.model.CmsResponse;
import io.github.acs4j.cms.model.PutContactGroupRequest;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ServiceDescriptor;
import io.github.acs4j.core.internal.Validation;

/**
 * CloudMonitor's contact operations as data (API 2019-01-01): wire names, validation and response
 * reading. Facts from Alibaba's API metadata and documentation.
 */
final class CmsOperations {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Cms", "2019-01-01", Endpoints.CMS,
            CmsException::new, true, false);

    static final Operation<PutContactRequest, PutContactResponse> PUT_CONTACT = Operation.of(SERVICE,
            "PutContact", true,
            r -> Validation.of("PutContact")
                    .required("ContactName", r.contactName())
                    .required("Describe", r.describe())
                    .require(r.channelsSms() != null || r.channelsMail() != null || r.channelsDingWebHook() != null
                                    || r.channelsAliIm() != null,
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
            (body, meta) -> common(PutContactResponse.builder(), body).metadata(meta).build());

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
            (body, meta) -> common(PutContactGroupResponse.builder(), body).metadata(meta).build());

    private CmsOperations() {
    }

    /** Reads the fields every CloudMonitor body has. */
    static <B extends CmsResponse.Builder<B, ?>> B common(B builder, JsonNode body) {
        return builder.requestId(Json.text(body, "RequestId"))
                .code(Json.text(body, "Code"))
                .message(Json.text(body, "Message"))
                .success(Json.bool(body, "Success"));
    }
}
