package io.github.acs4j.cms;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.cms.model.CmsResponse;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactChannels;
import io.github.acs4j.cms.model.ContactChannelsState;
import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DeleteContactGroupResponse;
import io.github.acs4j.cms.model.DeleteContactResponse;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.core.internal.ResponseReader;

/**
 * Reads CloudMonitor's success bodies. Lists come wrapped ({@code Contacts.Contact[]}) and are unwrapped
 * here; a missing list reads as empty; times are epoch milliseconds or, in some answers, ISO-8601 text.
 */
final class CmsResponseReaders {
    static final ResponseReader<PutContactResponse> PUT_CONTACT =
            (body, meta) -> common(PutContactResponse.builder(), body).metadata(meta).build();

    static final ResponseReader<PutContactGroupResponse> PUT_CONTACT_GROUP =
            (body, meta) -> common(PutContactGroupResponse.builder(), body).metadata(meta).build();

    static final ResponseReader<DescribeContactListResponse> DESCRIBE_CONTACT_LIST =
            (body, meta) -> common(DescribeContactListResponse.builder(), body).metadata(meta)
                    .total(Json.intValue(body, "Total"))
                    .contacts(Json.list(Json.path(body, "Contacts", "Contact"), CmsResponseReaders::contact))
                    .build();

    static final ResponseReader<DescribeContactGroupListResponse> DESCRIBE_CONTACT_GROUP_LIST =
            (body, meta) -> common(DescribeContactGroupListResponse.builder(), body).metadata(meta)
                    .total(Json.intValue(body, "Total"))
                    .contactGroups(Json.strings(Json.path(body, "ContactGroups", "ContactGroup")))
                    .contactGroupList(Json.list(Json.path(body, "ContactGroupList", "ContactGroup"),
                            CmsResponseReaders::contactGroup))
                    .build();

    static final ResponseReader<DescribeContactListByContactGroupResponse> DESCRIBE_CONTACT_LIST_BY_CONTACT_GROUP =
            (body, meta) -> common(DescribeContactListByContactGroupResponse.builder(), body).metadata(meta)
                    .contacts(Json.list(Json.path(body, "Contacts", "Contact"), CmsResponseReaders::contact))
                    .build();

    static final ResponseReader<DeleteContactResponse> DELETE_CONTACT =
            (body, meta) -> common(DeleteContactResponse.builder(), body).metadata(meta).build();

    static final ResponseReader<DeleteContactGroupResponse> DELETE_CONTACT_GROUP =
            (body, meta) -> common(DeleteContactGroupResponse.builder(), body).metadata(meta).build();

    private CmsResponseReaders() {
    }

    /** Reads the fields every CloudMonitor body has. */
    static <B extends CmsResponse.Builder<B, ?>> B common(B builder, JsonNode body) {
        return builder.requestId(Json.text(body, "RequestId"))
                .code(Json.text(body, "Code"))
                .message(Json.text(body, "Message"))
                .success(Json.bool(body, "Success"));
    }

    static Contact contact(JsonNode n) {
        JsonNode channels = Json.path(n, "Channels");
        JsonNode state = Json.path(n, "ChannelsState");
        return Contact.builder()
                .name(Json.text(n, "Name"))
                .desc(Json.text(n, "Desc"))
                .lang(Json.text(n, "Lang"))
                .createTime(Json.instant(n, "CreateTime"))
                .updateTime(Json.instant(n, "UpdateTime"))
                .channels(channels == null ? null : ContactChannels.builder()
                        .mail(Json.text(channels, "Mail"))
                        .sms(Json.text(channels, "SMS"))
                        .dingWebHook(Json.text(channels, "DingWebHook"))
                        .aliIm(Json.text(channels, "AliIM"))
                        .build())
                .channelsState(state == null ? null : ContactChannelsState.builder()
                        .mail(Json.text(state, "Mail"))
                        .sms(Json.text(state, "SMS"))
                        .dingWebHook(Json.text(state, "DingWebHook"))
                        .aliIm(Json.text(state, "AliIM"))
                        .build())
                .contactGroups(Json.strings(Json.path(n, "ContactGroups", "ContactGroup")))
                .contactId(Json.longValue(n, "ContactId"))
                .build();
    }

    static ContactGroup contactGroup(JsonNode n) {
        return ContactGroup.builder()
                .name(Json.text(n, "Name"))
                .describe(Json.text(n, "Describe"))
                .enableSubscribed(Json.bool(n, "EnableSubscribed"))
                .enabledWeeklyReport(Json.bool(n, "EnabledWeeklyReport"))
                .createTime(Json.instant(n, "CreateTime"))
                .updateTime(Json.instant(n, "UpdateTime"))
                .contacts(Json.strings(Json.path(n, "Contacts", "Contact")))
                .build();
    }
}
