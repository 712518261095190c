package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resource Directory's message contacts: documented codes, unique names, the contact limit, the
 * verification life cycle (sending is not verifying; the recipient, played by
 * {@link AcsEmulator#resourceDirectory()}, verifies), pending updates and their cancellation, members and
 * asynchronous deletion.
 */
class ResourceDirectoryEmulationTest {
    private static final String V = "2022-04-19";
    private static AcsEmulator emulator;
    private static RawClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.builder().resourceDirectoryContactLimit(3).start();
        client = RawClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    @Test
    void aContactIsVerifyingUntilItsRecipientVerifiesNotWhenTheVerificationIsSent() {
        String id = add("Tom", "tom@example.com");
        assertEquals("Verifying", get(id).path("Status").asText());
        assertEquals("tom@example.com", pendingTargets(id));
        ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", "tom@example.com")));
        assertEquals("Verifying", get(id).path("Status").asText(), "sending a verification is not verifying");
        assertEquals("tom@example.com", pendingTargets(id), "still awaiting its recipient");

        emulator.resourceDirectory().verifyEmail(id);
        assertEquals("Active", get(id).path("Status").asText());
        assertEquals("", pendingTargets(id));
        assertError(404, "EntityNotExists.Contact.Verification", client.post("SendEmailVerificationForMessageContact", V,
                params("ContactId", id, "EmailAddress", "tom@example.com")));
    }

    @Test
    void aChangedAddressStaysPendingAfterItsVerificationIsSentAndCancellingRevertsIt() {
        String id = activeContact("Tom", "tom@example.com");
        ok(client.post("UpdateMessageContact", V, params("ContactId", id, "EmailAddress", "tom2@example.com", "Title", "CEO")));
        JsonNode c = get(id);
        assertEquals("tom@example.com", c.path("EmailAddress").asText(), "the verified address stays in effect");
        assertEquals("Verifying", c.path("Status").asText(), "the status says a change awaits verification");
        assertEquals("CEO", c.path("Title").asText(), "fields without verification change at once");
        assertEquals("tom2@example.com", pendingTargets(id));

        ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", "tom2@example.com")));
        assertEquals("tom@example.com", get(id).path("EmailAddress").asText(), "still the old address after sending");
        assertEquals("tom2@example.com", pendingTargets(id));

        ok(client.post("CancelMessageContactUpdate", V, params("ContactId", id, "EmailAddress", "tom2@example.com")));
        assertEquals("tom@example.com", get(id).path("EmailAddress").asText());
        assertEquals("Active", get(id).path("Status").asText());
        assertEquals("", pendingTargets(id));
        IllegalStateException nothingSent = assertThrows(IllegalStateException.class,
                () -> emulator.resourceDirectory().verifyEmail(id));
        assertTrue(nothingSent.getMessage().contains("SendEmailVerificationForMessageContact"), nothingSent.getMessage());
    }

    @Test
    void aChangedAddressTakesEffectWhenItsRecipientVerifiesIt() {
        String id = activeContact("Tom", "tom@example.com");
        ok(client.post("UpdateMessageContact", V, params("ContactId", id, "EmailAddress", "tom3@example.com")));
        ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", "tom3@example.com")));
        emulator.resourceDirectory().verifyEmail(id);
        JsonNode c = get(id);
        assertEquals("tom3@example.com", c.path("EmailAddress").asText());
        assertEquals("Active", c.path("Status").asText());
        assertError(404, "EntityNotExists.Contact.Verification", client.post("CancelMessageContactUpdate", V,
                params("ContactId", id)));
    }

    @Test
    void aPhoneIsPendingLikeAnEmailAndNeedsItsOwnVerification() {
        Map<String, String> withPhone = contact("Tom", "tom@example.com");
        withPhone.put("PhoneNumber", "86-13800000000");
        String id = ok(client.post("AddMessageContact", V, withPhone)).path("Contact").path("ContactId").asText();
        ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", "tom@example.com")));
        ok(client.post("SendPhoneVerificationForMessageContact", V, params("ContactId", id, "PhoneNumber", "86-13800000000")));
        emulator.resourceDirectory().verifyEmail(id);
        assertEquals("Verifying", get(id).path("Status").asText(), "the phone still awaits its recipient");
        emulator.resourceDirectory().verifyPhone(id);
        assertEquals("Active", get(id).path("Status").asText());

        ok(client.post("UpdateMessageContact", V, params("ContactId", id, "PhoneNumber", "86-13900000000")));
        assertEquals("86-13800000000", get(id).path("PhoneNumber").asText(), "the verified number stays in effect");
        ok(client.post("CancelMessageContactUpdate", V, params("ContactId", id, "PhoneNumber", "86-13900000000")));
        assertEquals("Active", get(id).path("Status").asText());
    }

    @Test
    void verifyingNeedsAKnownContactAndASentVerification() {
        String id = add("Tom", "tom@example.com");
        assertThrows(IllegalStateException.class, () -> emulator.resourceDirectory().verifyEmail(id),
                "nothing was sent, so there is no link to follow");
        assertThrows(IllegalStateException.class, () -> emulator.resourceDirectory().verifyPhone(id), "no phone at all");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> emulator.resourceDirectory().verifyEmail("c-NoSuchContact1"));
        assertTrue(unknown.getMessage().contains("c-NoSuchContact1"), unknown.getMessage());
    }

    @Test
    void namesAreUniqueAndTheContactCountIsLimited() {
        add("Ann", "ann@example.com");
        assertError(400, "InvalidParameter.Name.AlreadyUsed", client.post("AddMessageContact", V, contact("Ann", "b@example.com")));
        add("Bea", "bea@example.com");
        add("Cid", "cid@example.com");
        assertError(400, "LimitExceeded.Contacts", client.post("AddMessageContact", V, contact("Dan", "dan@example.com")));
        String bea = ok(client.post("ListMessageContacts", V, params("PageSize", "1", "PageNumber", "2")))
                .path("Contacts").get(0).path("ContactId").asText();
        assertError(400, "InvalidParameter.Name.AlreadyUsed", client.post("UpdateMessageContact", V,
                params("ContactId", bea, "Name", "Ann")));
    }

    @Test
    void deletionWithoutRetainingInMembersIsAsynchronous() {
        String id = add("Tom", "tom@example.com");
        JsonNode members = ok(client.post("AssociateMembers", V, params("ContactId", id, "Members.1", "fd-abc123",
                "Members.2", "1234567890123456")));
        assertEquals(2, members.path("Members").size());
        assertEquals(1, ok(client.post("ListMessageContacts", V, params("Member", "fd-abc123"))).path("TotalCount").asInt());
        assertEquals("Deleting", ok(client.post("DeleteMessageContact", V, params("ContactId", id,
                "RetainContactInMembers", "false"))).path("Status").asText());
        assertEquals("Deleting", get(id).path("Status").asText());
        assertError(400, "ContactStatusMismatchAction", client.post("UpdateMessageContact", V, params("ContactId", id, "Title", "CEO")));
        JsonNode status = ok(client.post("GetMessageContactDeletionStatus", V, params("ContactId", id)));
        assertEquals("Deleting", status.path("ContactDeletionStatus").path("Status").asText());
        assertError(404, "EntityNotExists.Contact", client.post("GetMessageContact", V, params("ContactId", id)));
    }

    @Test
    void aPlainDeleteIsImmediate() {
        String id = add("Tom", "tom@example.com");
        assertEquals("Deleted", ok(client.post("DeleteMessageContact", V, params("ContactId", id))).path("Status").asText());
        assertError(404, "EntityNotExists.Contact", client.post("DeleteMessageContact", V, params("ContactId", id)));
    }

    @Test
    void validatesWithTheDocumentedCodes() {
        assertError(400, "MissingParameter.Name", client.post("AddMessageContact", V, params("EmailAddress", "a@example.com",
                "Title", "CEO", "MessageTypes.1", "FaultMessage")));
        assertError(400, "InvalidParameter.Name.Length", client.post("AddMessageContact", V, contact("T", "a@example.com")));
        assertError(400, "InvalidParameter.Name", client.post("AddMessageContact", V, contact("Tom1", "a@example.com")));
        assertError(400, "InvalidParameter.EmailAddress", client.post("AddMessageContact", V, contact("Tom", "nope")));
        Map<String, String> phone = contact("Tom", "a@example.com");
        phone.put("PhoneNumber", "1-2025550100");
        assertError(400, "InvalidParameter.MobileCountryCode", client.post("AddMessageContact", V, phone));
        Map<String, String> title = contact("Tom", "a@example.com");
        title.put("Title", "Boss");
        assertError(400, "InvalidParameter.Title", client.post("AddMessageContact", V, title));
        Map<String, String> types = contact("Tom", "a@example.com");
        types.put("MessageTypes.1", "Gossip");
        assertError(400, "InvalidParameter.MessageTypes", client.post("AddMessageContact", V, types));
        assertError(400, "MissingParameter.ContactId", client.post("GetMessageContact", V, params()));
        assertError(400, "InvalidParameter.ContactId", client.post("GetMessageContact", V, params("ContactId", "42")));
        String id = add("Tom", "a@example.com");
        assertError(400, "InvalidParameter.Members.Duplicate", client.post("AssociateMembers", V,
                params("ContactId", id, "Members.1", "fd-a", "Members.2", "fd-a")));
    }

    /** A contact whose e-mail has been sent a verification and verified by its recipient. */
    private static String activeContact(String name, String email) {
        String id = add(name, email);
        ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", email)));
        emulator.resourceDirectory().verifyEmail(id);
        assertEquals("Active", get(id).path("Status").asText());
        return id;
    }

    /** @return the contact's addresses awaiting verification, comma-separated */
    private static String pendingTargets(String id) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode v : ok(client.post("ListMessageContactVerifications", V, params("ContactId", id))).path("ContactVerifications")) {
            sb.append(sb.length() == 0 ? "" : ",").append(v.path("Target").asText());
        }
        return sb.toString();
    }

    private static Map<String, String> contact(String name, String email) {
        return params("Name", name, "EmailAddress", email, "Title", "TechnicalDirector", "MessageTypes.1", "FaultMessage",
                "MessageTypes.2", "SecurityMessage");
    }

    private static String add(String name, String email) {
        JsonNode body = ok(client.post("AddMessageContact", V, contact(name, email)));
        String id = body.path("Contact").path("ContactId").asText();
        assertTrue(id.startsWith("c-"), id);
        assertTrue(body.path("Contact").path("CreateDate").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
        return id;
    }

    private static JsonNode get(String id) {
        JsonNode c = ok(client.post("GetMessageContact", V, params("ContactId", id))).path("Contact");
        assertTrue(c.path("MessageTypes").isArray(), "MessageTypes is a plain array");
        return c;
    }

    private static JsonNode ok(RawClient.Answer a) {
        assertEquals(200, a.status, a.toString());
        assertTrue(a.body.hasNonNull("RequestId"));
        return a.body;
    }

    private static void assertError(int status, String code, RawClient.Answer a) {
        assertEquals(status, a.status, a.toString());
        assertEquals(code, a.code(), a.toString());
    }
}
