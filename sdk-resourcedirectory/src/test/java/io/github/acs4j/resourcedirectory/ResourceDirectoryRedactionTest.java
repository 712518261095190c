package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateRequest;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phones and e-mail addresses never show in full in toString() or exception messages. */
class ResourceDirectoryRedactionTest {
    static final String PHONE = "86-13912345678";
    static final String EMAIL = "alice.wang@example.com";

    static void assertClean(String text) {
        for (String s : new String[]{PHONE, "13912345678", EMAIL, "alice.wang"}) {
            assertFalse(text.contains(s), "leaked '" + s + "' in: " + text);
        }
    }

    static MessageContact contact() {
        return MessageContact.builder().contactId("c-1").name("alice").emailAddress(EMAIL).phoneNumber(PHONE)
                .title("CEO").messageTypes("FaultMessage").members("fd-1").status("Active").build();
    }

    @Test
    void requestsMaskPhoneAndEmail() {
        String add = AddMessageContactRequest.builder().name("alice").emailAddress(EMAIL).phoneNumber(PHONE)
                .title("CEO").messageTypes("FaultMessage").build().toString();
        assertClean(add);
        assertTrue(add.contains("emailAddress=a***@example.com"), add);
        assertTrue(add.contains("phoneNumber=***78"), add);
        assertTrue(add.contains("name=alice"), add);
        assertTrue(add.contains("messageTypes=[FaultMessage]"), add);
        assertClean(UpdateMessageContactRequest.builder().contactId("c-1").emailAddress(EMAIL).phoneNumber(PHONE)
                .build().toString());
        assertClean(SendEmailVerificationForMessageContactRequest.builder().contactId("c-1").emailAddress(EMAIL)
                .build().toString());
        assertClean(SendPhoneVerificationForMessageContactRequest.builder().contactId("c-1").phoneNumber(PHONE)
                .build().toString());
        assertClean(CancelMessageContactUpdateRequest.builder().contactId("c-1").emailAddress(EMAIL).phoneNumber(PHONE)
                .build().toString());
    }

    @Test
    void responsesAndValuesMaskPhoneAndEmail() {
        assertClean(contact().toString());
        assertClean(GetMessageContactResponse.builder().requestId("r").contact(contact()).build().toString());
        String list = ListMessageContactsResponse.builder().requestId("r").totalCount(1)
                .contacts(Arrays.asList(contact(), contact())).build().toString();
        assertClean(list);
        assertTrue(list.contains("contactId=c-1"), list);
        assertClean(ContactVerification.builder().contactId("c-1").target(EMAIL).build().toString());
        assertClean(ContactVerification.builder().contactId("c-1").target(PHONE).build().toString());
        assertClean(ListMessageContactVerificationsResponse.builder().contactVerifications(Arrays.asList(
                ContactVerification.builder().target(EMAIL).build(),
                ContactVerification.builder().target(PHONE).build())).build().toString());
    }

    @Test
    void valuesAreEqualByContentAndToBuilderRoundTrips() {
        assertEquals(contact(), contact());
        assertEquals(contact().hashCode(), contact().hashCode());
        assertEquals(contact(), contact().toBuilder().build());
        assertNotEquals(contact(), contact().toBuilder().status("Deleting").build());
        AddMessageContactRequest r = AddMessageContactRequest.builder().name("alice").emailAddress(EMAIL)
                .title("CEO").messageTypes("FaultMessage").build();
        assertEquals(r, r.toBuilder().build());
        assertNotEquals(r, r.toBuilder().messageTypes("FaultMessage", "ServiceMessage").build());
        GetMessageContactResponse g = GetMessageContactResponse.builder().requestId("r").contact(contact()).build();
        assertEquals(g, g.toBuilder().build());
        assertNotEquals(g, g.toBuilder().requestId("other").build());
    }

    @Test
    void listsAreImmutableCopies() {
        java.util.List<String> types = new java.util.ArrayList<>(Arrays.asList("FaultMessage"));
        AddMessageContactRequest r = AddMessageContactRequest.builder().messageTypes(types).build();
        types.add("ServiceMessage");
        assertEquals(Arrays.asList("FaultMessage"), r.messageTypes());
        assertThrows(UnsupportedOperationException.class, () -> r.messageTypes().add("x"));
    }

    @Test
    void serviceErrorsEchoingPersonalDataAreMasked() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(400, "InvalidParameter.PhoneNumber",
                    "The PhoneNumber " + PHONE + " of " + EMAIL + " is invalid.", "R1"));
            try (ResourceDirectoryClient rd = RdTestSupport.client(server).retryStrategy(RetryStrategy.none()).build()) {
                ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                        () -> rd.sendPhoneVerificationForMessageContact(b -> b.contactId("c-1").phoneNumber(PHONE)));
                assertClean(e.getMessage());
                assertClean(e.errorMessage());
            }
        }
    }
}
