package io.github.acs4j.resourcedirectory;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.resourcedirectory.model.ContactDeletionStatus;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.FailReason;
import io.github.acs4j.resourcedirectory.model.MemberAssociation;
import io.github.acs4j.resourcedirectory.model.MessageContact;

/**
 * Reads the objects of Resource Directory's answers. Arrays are plain JSON arrays (no {@code Wrapper.Item}
 * level); a missing array reads as an empty list, a missing object as null.
 */
final class ResourceDirectoryReaders {
    private ResourceDirectoryReaders() {
    }

    /** @param n a {@code Contact} object or an element of {@code Contacts}, or null @return the contact or null */
    static MessageContact contact(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return MessageContact.builder()
                .contactId(Json.text(n, "ContactId"))
                .name(Json.text(n, "Name"))
                .emailAddress(Json.text(n, "EmailAddress"))
                .phoneNumber(Json.text(n, "PhoneNumber"))
                .title(Json.text(n, "Title"))
                .messageTypes(Json.strings(Json.path(n, "MessageTypes")))
                .members(Json.strings(Json.path(n, "Members")))
                .status(Json.text(n, "Status"))
                .createDate(Json.text(n, "CreateDate"))
                .associatedDate(Json.text(n, "AssociatedDate"))
                .build();
    }

    /** @param n a {@code ContactDeletionStatus} object, or null @return the status or null */
    static ContactDeletionStatus deletionStatus(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        return ContactDeletionStatus.builder()
                .contactId(Json.text(n, "ContactId"))
                .status(Json.text(n, "Status"))
                .failReasonList(Json.list(Json.path(n, "FailReasonList"), ResourceDirectoryReaders::failReason))
                .build();
    }

    static FailReason failReason(JsonNode n) {
        return FailReason.builder()
                .accountId(Json.text(n, "AccountId"))
                .messageTypes(Json.strings(Json.path(n, "MessageTypes")))
                .build();
    }

    static ContactVerification verification(JsonNode n) {
        return ContactVerification.builder()
                .contactId(Json.text(n, "ContactId"))
                .target(Json.text(n, "Target"))
                .build();
    }

    static MemberAssociation member(JsonNode n) {
        return MemberAssociation.builder()
                .contactId(Json.text(n, "ContactId"))
                .memberId(Json.text(n, "MemberId"))
                .modifyDate(Json.text(n, "ModifyDate"))
                .build();
    }
}
