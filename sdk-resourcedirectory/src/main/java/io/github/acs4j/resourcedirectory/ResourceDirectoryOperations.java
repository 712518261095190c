package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ServiceDescriptor;
import io.github.acs4j.core.internal.Validation;
import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.AddMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.AssociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.AssociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateRequest;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateResponse;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageType;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactResponse;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import static io.github.acs4j.core.internal.Operation.requires;
import static io.github.acs4j.resourcedirectory.ResourceDirectoryReaders.contact;

/**
 * Resource Directory's message-contact operations as data (ResourceDirectoryMaster 2022-04-19): wire
 * names, idempotency, validation and response reading. Facts from Alibaba's API reference pages and
 * metadata (the project's {@code api/spec.md}, section 3); where the metadata marks {@code ContactId}
 * optional but the operation cannot work without it, it is required here. Each operation requires of its
 * success answer what section 3 documents it to carry: the RequestId, the contact a create made or a Get
 * read ({@code Contact.ContactId}), a list's {@code TotalCount}, a delete's {@code Status}. Lists inside an
 * answer ({@code Members}, {@code FailReasonList}) are not required: a missing one reads as empty.
 */
final class ResourceDirectoryOperations {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("ResourceDirectoryMaster", "2022-04-19",
            Endpoints.RESOURCE_DIRECTORY, ResourceDirectoryException::new, false, false);

    /** Counted in code points, so a Chinese character outside the BMP is one character, as users count. */
    static final Pattern NAME_LENGTH = Pattern.compile("(?s).{2,12}");
    /**
     * The English reference says "letters only"; the Chinese reference and the service's own error text
     * also allow Chinese characters. Both are accepted: refusing a name the service takes would be worse
     * than letting the service refuse one.
     */
    static final Pattern NAME_CHARACTERS = Pattern.compile("[A-Za-z\\p{IsHan}]+");
    static final String NAME_CHARACTERS_RULE = "letters (A-Z, a-z) or Chinese characters only";
    /** AssociateMembers and DisassociateMembers take 1 to 5 objects per call (API reference: "N: 1 to 5"). */
    static final int MAX_MEMBERS = 5;

    static final Operation<AddMessageContactRequest, AddMessageContactResponse> ADD_MESSAGE_CONTACT = Operation.of(
            SERVICE, "AddMessageContact", false,
            r -> contactFields(Validation.of("AddMessageContact")
                            .required("Name", r.name())
                            .required("EmailAddress", r.emailAddress())
                            .required("Title", r.title())
                            .requiredList("MessageTypes", r.messageTypes()),
                    r.name(), r.emailAddress(), r.phoneNumber(), r.title(), r.messageTypes()),
            (r, w) -> w.put("Name", r.name())
                    .put("EmailAddress", r.emailAddress())
                    .put("PhoneNumber", r.phoneNumber())
                    .put("Title", r.title())
                    .putList("MessageTypes", r.messageTypes()),
            (body, meta) -> AddMessageContactResponse.builder().metadata(meta)
                    .requestId(Json.text(body, "RequestId"))
                    .contact(contact(Json.path(body, "Contact")))
                    .build(),
            requires("RequestId", "Contact.ContactId"));

    static final Operation<GetMessageContactRequest, GetMessageContactResponse> GET_MESSAGE_CONTACT = Operation.of(
            SERVICE, "GetMessageContact", true,
            r -> Validation.of("GetMessageContact").required("ContactId", r.contactId()),
            (r, w) -> w.put("ContactId", r.contactId()),
            (body, meta) -> GetMessageContactResponse.builder().metadata(meta)
                    .requestId(Json.text(body, "RequestId"))
                    .contact(contact(Json.path(body, "Contact")))
                    .build(),
            requires("RequestId", "Contact.ContactId"));

    static final Operation<ListMessageContactsRequest, ListMessageContactsResponse> LIST_MESSAGE_CONTACTS =
            Operation.of(SERVICE, "ListMessageContacts", true,
                    r -> paging(Validation.of("ListMessageContacts"), r.pageNumber(), r.pageSize()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("Member", r.member())
                            .put("PageNumber", r.pageNumber())
                            .put("PageSize", r.pageSize()),
                    (body, meta) -> ListMessageContactsResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .totalCount(Json.intValue(body, "TotalCount"))
                            .pageNumber(Json.intValue(body, "PageNumber"))
                            .pageSize(Json.intValue(body, "PageSize"))
                            .contacts(Json.list(Json.path(body, "Contacts"), ResourceDirectoryReaders::contact))
                            .build(),
                    requires("RequestId", "TotalCount"));

    static final Operation<UpdateMessageContactRequest, UpdateMessageContactResponse> UPDATE_MESSAGE_CONTACT =
            Operation.of(SERVICE, "UpdateMessageContact", true,
                    r -> contactFields(Validation.of("UpdateMessageContact")
                                    .required("ContactId", r.contactId())
                                    .require(r.name() != null || r.emailAddress() != null || r.phoneNumber() != null
                                                    || r.title() != null || !r.messageTypes().isEmpty(),
                                            "at least one of Name, EmailAddress, PhoneNumber, Title, MessageTypes.N"
                                                    + " is required (there is nothing to change)"),
                            r.name(), r.emailAddress(), r.phoneNumber(), r.title(), r.messageTypes()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("Name", r.name())
                            .put("EmailAddress", r.emailAddress())
                            .put("PhoneNumber", r.phoneNumber())
                            .put("Title", r.title())
                            .putList("MessageTypes", r.messageTypes()),
                    (body, meta) -> UpdateMessageContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId")).build(),
                    requires("RequestId"));

    static final Operation<DeleteMessageContactRequest, DeleteMessageContactResponse> DELETE_MESSAGE_CONTACT =
            Operation.of(SERVICE, "DeleteMessageContact", true,
                    r -> Validation.of("DeleteMessageContact").required("ContactId", r.contactId()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("RetainContactInMembers", r.retainContactInMembers()),
                    (body, meta) -> DeleteMessageContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .status(Json.text(body, "Status"))
                            .build(),
                    requires("RequestId", "Status"));

    static final Operation<GetMessageContactDeletionStatusRequest, GetMessageContactDeletionStatusResponse>
            GET_MESSAGE_CONTACT_DELETION_STATUS = Operation.of(SERVICE, "GetMessageContactDeletionStatus", true,
                    r -> Validation.of("GetMessageContactDeletionStatus").required("ContactId", r.contactId()),
                    (r, w) -> w.put("ContactId", r.contactId()),
                    (body, meta) -> GetMessageContactDeletionStatusResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .contactDeletionStatus(ResourceDirectoryReaders.deletionStatus(
                                    Json.path(body, "ContactDeletionStatus")))
                            .build(),
                    requires("RequestId", "ContactDeletionStatus.ContactId"));

    static final Operation<SendEmailVerificationForMessageContactRequest,
            SendEmailVerificationForMessageContactResponse>
            SEND_EMAIL_VERIFICATION = Operation.of(SERVICE, "SendEmailVerificationForMessageContact", false,
                    r -> Validation.of("SendEmailVerificationForMessageContact")
                            .required("ContactId", r.contactId())
                            .required("EmailAddress", r.emailAddress())
                            .email("EmailAddress", r.emailAddress()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("EmailAddress", r.emailAddress()),
                    (body, meta) -> SendEmailVerificationForMessageContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId")).build(),
                    requires("RequestId"));

    static final Operation<SendPhoneVerificationForMessageContactRequest,
            SendPhoneVerificationForMessageContactResponse>
            SEND_PHONE_VERIFICATION = Operation.of(SERVICE, "SendPhoneVerificationForMessageContact", false,
                    r -> Validation.of("SendPhoneVerificationForMessageContact")
                            .required("ContactId", r.contactId())
                            .required("PhoneNumber", r.phoneNumber())
                            .phoneWithCountryCode("PhoneNumber", r.phoneNumber()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("PhoneNumber", r.phoneNumber()),
                    (body, meta) -> SendPhoneVerificationForMessageContactResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId")).build(),
                    requires("RequestId"));

    static final Operation<CancelMessageContactUpdateRequest, CancelMessageContactUpdateResponse>
            CANCEL_MESSAGE_CONTACT_UPDATE = Operation.of(SERVICE, "CancelMessageContactUpdate", true,
                    r -> Validation.of("CancelMessageContactUpdate")
                            .required("ContactId", r.contactId())
                            .email("EmailAddress", r.emailAddress())
                            .phoneWithCountryCode("PhoneNumber", r.phoneNumber()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("EmailAddress", r.emailAddress())
                            .put("PhoneNumber", r.phoneNumber()),
                    (body, meta) -> CancelMessageContactUpdateResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId")).build(),
                    requires("RequestId"));

    static final Operation<ListMessageContactVerificationsRequest, ListMessageContactVerificationsResponse>
            LIST_MESSAGE_CONTACT_VERIFICATIONS = Operation.of(SERVICE, "ListMessageContactVerifications", true,
                    r -> paging(Validation.of("ListMessageContactVerifications"), r.pageNumber(), r.pageSize()),
                    (r, w) -> w.put("ContactId", r.contactId())
                            .put("PageNumber", r.pageNumber())
                            .put("PageSize", r.pageSize()),
                    (body, meta) -> ListMessageContactVerificationsResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .totalCount(Json.intValue(body, "TotalCount"))
                            .pageNumber(Json.intValue(body, "PageNumber"))
                            .pageSize(Json.intValue(body, "PageSize"))
                            .contactVerifications(Json.list(Json.path(body, "ContactVerifications"),
                                    ResourceDirectoryReaders::verification))
                            .build(),
                    requires("RequestId", "TotalCount"));

    static final Operation<AssociateMembersRequest, AssociateMembersResponse> ASSOCIATE_MEMBERS = Operation.of(
            SERVICE, "AssociateMembers", true,
            r -> members(Validation.of("AssociateMembers").required("ContactId", r.contactId()), r.members()),
            (r, w) -> w.put("ContactId", r.contactId()).putList("Members", r.members()),
            (body, meta) -> AssociateMembersResponse.builder().metadata(meta)
                    .requestId(Json.text(body, "RequestId"))
                    .members(Json.list(Json.path(body, "Members"), ResourceDirectoryReaders::member))
                    .build(),
            requires("RequestId"));

    static final Operation<DisassociateMembersRequest, DisassociateMembersResponse> DISASSOCIATE_MEMBERS =
            Operation.of(SERVICE, "DisassociateMembers", true,
                    r -> members(Validation.of("DisassociateMembers").required("ContactId", r.contactId()),
                            r.members()),
                    (r, w) -> w.put("ContactId", r.contactId()).putList("Members", r.members()),
                    (body, meta) -> DisassociateMembersResponse.builder().metadata(meta)
                            .requestId(Json.text(body, "RequestId"))
                            .members(Json.list(Json.path(body, "Members"), ResourceDirectoryReaders::member))
                            .build(),
                    requires("RequestId"));

    private ResourceDirectoryOperations() {
    }

    /** The format rules of a contact's fields, shared by Add and Update; null fields pass. */
    static Validation contactFields(Validation v, String name, String email, String phone, String title,
                                    List<String> messageTypes) {
        return v.matches("Name", name, NAME_LENGTH, "2 to 12 characters long")
                .matches("Name", name, NAME_CHARACTERS, NAME_CHARACTERS_RULE)
                .email("EmailAddress", email)
                .phoneWithCountryCode("PhoneNumber", phone)
                .oneOf("Title", title, ContactTitle.wireValues())
                .eachOneOf("MessageTypes", messageTypes, MessageType.wireValues());
    }

    /** Page numbers and sizes start at 1; the service's defaults and maxima are not documented. */
    static Validation paging(Validation v, Integer pageNumber, Integer pageSize) {
        return v.require(pageNumber == null || pageNumber >= 1, "PageNumber must be at least 1; got " + pageNumber)
                .require(pageSize == null || pageSize >= 1, "PageSize must be at least 1; got " + pageSize);
    }

    /** Members: 1 to 5 IDs, none blank, none twice (the service answers InvalidParameter.Members.Duplicate). */
    static Validation members(Validation v, List<String> members) {
        return v.requiredList("Members", members)
                .size("Members", members, 1, MAX_MEMBERS)
                .noBlankEntries("Members", members)
                .require(new HashSet<>(members).size() == members.size(),
                        "Members must not list an ID twice; got " + members);
    }
}
