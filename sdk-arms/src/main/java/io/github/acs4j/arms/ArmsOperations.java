package io.github.acs4j.arms;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.DeleteAlertContactRequest;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ServiceDescriptor;
import io.github.acs4j.core.internal.Validation;

import static io.github.acs4j.core.internal.Operation.requires;

/**
 * ARMS's legacy alert-contact operations as data (API 2019-08-08): wire names, idempotency, validation
 * and response reading. Facts from Alibaba's API metadata, its generated SDK models and the API reference
 * (CreateAlertContact, SearchAlertContact). Every call carries {@code RegionId}: the request's, else the
 * client's region. Each operation requires of its success answer the fields api/spec.md section 2 documents
 * for it: the RequestId, the new {@code ContactId}, the page's {@code TotalCount}, {@code IsSuccess}.
 */
final class ArmsOperations {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("ARMS", "2019-08-08", Endpoints.ARMS,
            ArmsException::new, false, true);

    private static final String ONE_CHANNEL = "at least one of PhoneNum, Email, DingRobotWebhookUrl is required";

    /** Not idempotent: each call that reaches the service creates another contact. */
    static final Operation<CreateAlertContactRequest, CreateAlertContactResponse> CREATE_ALERT_CONTACT =
            Operation.of(SERVICE, "CreateAlertContact", false,
                    r -> Validation.of("CreateAlertContact")
                            .require(Validation.anyPresent(r.phoneNum(), r.email(), r.dingRobotWebhookUrl()),
                                    ONE_CHANNEL)
                            .email("Email", r.email()),
                    (r, w) -> w.put("RegionId", r.regionId())
                            .put("ContactName", r.contactName())
                            .put("PhoneNum", r.phoneNum())
                            .put("Email", r.email())
                            .put("DingRobotWebhookUrl", r.dingRobotWebhookUrl())
                            .put("SystemNoc", r.systemNoc())
                            .put("ResourceGroupId", r.resourceGroupId()),
                    (body, meta) -> CreateAlertContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .contactId(Json.text(body, "ContactId"))
                            .build(),
                    requires("RequestId", "ContactId"));

    static final Operation<SearchAlertContactRequest, SearchAlertContactResponse> SEARCH_ALERT_CONTACT =
            Operation.of(SERVICE, "SearchAlertContact", true,
                    r -> Validation.of("SearchAlertContact")
                            .require(!r.contactIds().contains(null), "ContactIds must not contain null")
                            .require(r.currentPage() == null || r.currentPage() >= 1,
                                    "CurrentPage must be at least 1; got " + r.currentPage())
                            .require(r.pageSize() == null || r.pageSize() >= 1,
                                    "PageSize must be at least 1; got " + r.pageSize()),
                    // ContactIds is one parameter holding a JSON array; the page numbers are strings on the wire
                    (r, w) -> w.put("RegionId", r.regionId())
                            .put("ContactName", r.contactName())
                            .put("Phone", r.phone())
                            .put("Email", r.email())
                            .putJsonArray("ContactIds", r.contactIds())
                            .put("CurrentPage", r.currentPage())
                            .put("PageSize", r.pageSize()),
                    (body, meta) -> {
                        JsonNode page = Json.path(body, "PageBean");
                        return SearchAlertContactResponse.builder().metadata(meta)
                                .requestId(Json.text(body, "RequestId"))
                                .pageNumber(Json.intValue(page, "PageNumber"))
                                .pageSize(Json.intValue(page, "PageSize"))
                                .totalCount(Json.intValue(page, "TotalCount"))
                                .contacts(Json.list(Json.path(page, "Contacts"), ArmsOperations::alertContact))
                                .build();
                    },
                    requires("RequestId", "PageBean.TotalCount"));

    /** Idempotent: it sets the contact to the state the request describes. */
    static final Operation<UpdateAlertContactRequest, UpdateAlertContactResponse> UPDATE_ALERT_CONTACT =
            Operation.of(SERVICE, "UpdateAlertContact", true,
                    r -> Validation.of("UpdateAlertContact")
                            .required("ContactId", r.contactId())
                            .require(Validation.anyPresent(r.phoneNum(), r.email(), r.dingRobotWebhookUrl()),
                                    ONE_CHANNEL)
                            .email("Email", r.email()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("RegionId", r.regionId())
                            .put("ContactName", r.contactName())
                            .put("PhoneNum", r.phoneNum())
                            .put("Email", r.email())
                            .put("DingRobotWebhookUrl", r.dingRobotWebhookUrl())
                            .put("SystemNoc", r.systemNoc()),
                    (body, meta) -> UpdateAlertContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .isSuccess(Json.bool(body, "IsSuccess"))
                            .build(),
                    requires("RequestId", "IsSuccess"));

    static final Operation<DeleteAlertContactRequest, DeleteAlertContactResponse> DELETE_ALERT_CONTACT =
            Operation.of(SERVICE, "DeleteAlertContact", true,
                    r -> Validation.of("DeleteAlertContact").required("ContactId", r.contactId()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("RegionId", r.regionId()),
                    (body, meta) -> DeleteAlertContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .isSuccess(Json.bool(body, "IsSuccess"))
                            .build(),
                    requires("RequestId", "IsSuccess"));

    private ArmsOperations() {
    }

    /** One entry of {@code PageBean.Contacts}; the documented sample shows a lone object instead of an array. */
    static AlertContact alertContact(JsonNode n) {
        return AlertContact.builder()
                .contactId(Json.longValue(n, "ContactId"))
                .contactName(Json.text(n, "ContactName"))
                .phone(Json.text(n, "Phone"))
                .email(Json.text(n, "Email"))
                .dingRobot(Json.text(n, "DingRobot"))
                .webhook(Json.text(n, "Webhook"))
                .systemNoc(Json.bool(n, "SystemNoc"))
                .content(Json.text(n, "Content"))
                .userId(Json.text(n, "UserId"))
                .resourceGroupId(Json.text(n, "ResourceGroupId"))
                .createTime(Json.instant(n, "CreateTime"))
                .updateTime(Json.instant(n, "UpdateTime"))
                .build();
    }
}
