package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageType;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documented Resource Directory errors become ResourceDirectoryException with every field, for every
 * operation. Codes and messages are those of the API reference pages (and the AddMessageContact seed).
 */
class ResourceDirectoryErrorMappingTest {
    /** A valid call of every operation, by action. */
    static final Map<String, Consumer<ResourceDirectoryClient>> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("AddMessageContact", rd -> rd.addMessageContact(b -> b.name("tom").emailAddress("tom@example.com")
                .title(ContactTitle.CEO).messageTypes(MessageType.ACCOUNT_EXPENSES)));
        CALLS.put("GetMessageContact", rd -> rd.getMessageContact(b -> b.contactId("c-1")));
        CALLS.put("ListMessageContacts", rd -> rd.listMessageContacts(b -> b.contactId("c-1")));
        CALLS.put("UpdateMessageContact", rd -> rd.updateMessageContact(b -> b.contactId("c-1").name("jerry")));
        CALLS.put("DeleteMessageContact", rd -> rd.deleteMessageContact(b -> b.contactId("c-1")));
        CALLS.put("GetMessageContactDeletionStatus", rd -> rd.getMessageContactDeletionStatus(b -> b.contactId("c-1")));
        CALLS.put("SendEmailVerificationForMessageContact", rd -> rd.sendEmailVerificationForMessageContact(
                b -> b.contactId("c-1").emailAddress("tom@example.com")));
        CALLS.put("SendPhoneVerificationForMessageContact", rd -> rd.sendPhoneVerificationForMessageContact(
                b -> b.contactId("c-1").phoneNumber("86-13900001234")));
        CALLS.put("CancelMessageContactUpdate", rd -> rd.cancelMessageContactUpdate(
                b -> b.contactId("c-1").phoneNumber("86-13900001234")));
        CALLS.put("ListMessageContactVerifications", rd -> rd.listMessageContactVerifications(b -> b.contactId("c-1")));
        CALLS.put("AssociateMembers", rd -> rd.associateMembers(b -> b.contactId("c-1").members("fd-1")));
        CALLS.put("DisassociateMembers", rd -> rd.disassociateMembers(b -> b.contactId("c-1").members("fd-1")));
    }

    MockWebServer server;
    ResourceDirectoryClient rd;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server).retryStrategy(RetryStrategy.none()).build();
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        server.shutdown();
    }

    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of("AddMessageContact", 400, "InvalidParameter.Name.Length", "The Name exceeds the length limit."),
                Arguments.of("AddMessageContact", 400, "LimitExceeded.Contacts",
                        "The maximum number of contacts in a resource directory exceeds the limit."),
                Arguments.of("AddMessageContact", 400, "InvalidParameter.Name.AlreadyUsed",
                        "The Name already exists. Please change to another name."),
                Arguments.of("AddMessageContact", 400, "InvalidParameter.MobileCountryCode",
                        "The current site does not support the country code."),
                Arguments.of("AddMessageContact", 429, "ConcurrentCallNotSupported",
                        "The operation conflicts with other operations. Please try again later."),
                Arguments.of("GetMessageContact", 404, "EntityNotExists.Contact", "This Contact does not exist."),
                Arguments.of("GetMessageContact", 400, "InvalidParameter.ContactId", "The ContactId is invalid."),
                Arguments.of("ListMessageContacts", 400, "InvalidParameter.ContactId", "The ContactId is invalid."),
                Arguments.of("ListMessageContacts", 429, "ConcurrentCallNotSupported",
                        "The operation conflicts with other operations. Please try again later."),
                Arguments.of("UpdateMessageContact", 400, "InvalidParameter.Name", "The Name is invalid."),
                Arguments.of("UpdateMessageContact", 400, "InvalidParameter.Name.AlreadyUsed",
                        "The Name already exists. Please change to another name."),
                Arguments.of("UpdateMessageContact", 404, "EntityNotExists.Contact", "This Contact does not exist."),
                Arguments.of("DeleteMessageContact", 400, "InvalidParameter.ContactId", "The ContactId is invalid."),
                Arguments.of("DeleteMessageContact", 404, "EntityNotExists.Contact", "This Contact does not exist."),
                Arguments.of("DeleteMessageContact", 429, "ConcurrentCallNotSupported",
                        "The operation conflicts with other operations. Please try again later."),
                Arguments.of("GetMessageContactDeletionStatus", 400, "MissingParameter.ContactId",
                        "You must specify ContactId."),
                Arguments.of("GetMessageContactDeletionStatus", 404, "EntityNotExists.Contact",
                        "This Contact does not exist."),
                Arguments.of("SendEmailVerificationForMessageContact", 404, "EntityNotExists.Contact.Verification",
                        "This contact verification does not exist."),
                Arguments.of("SendEmailVerificationForMessageContact", 409, "SendValidateCodeExceedsLimitForAccount",
                        "For the same account, the number of verification codes sent exceeds the limit."),
                Arguments.of("SendEmailVerificationForMessageContact", 400, "InvalidParameter.EmailAddress",
                        "The EmailAddress is invalid."),
                Arguments.of("SendPhoneVerificationForMessageContact", 400, "InvalidParameter.MobileCountryCode",
                        "The current site does not support the country code."),
                Arguments.of("SendPhoneVerificationForMessageContact", 409, "SendValidateCodeExceedsLimitForAccount",
                        "For the same account, the number of verification codes sent exceeds the limit."),
                Arguments.of("SendPhoneVerificationForMessageContact", 404, "EntityNotExists.Contact.Verification",
                        "This contact verification does not exist."),
                Arguments.of("CancelMessageContactUpdate", 400, "InvalidParameter.PhoneNumber",
                        "The PhoneNumber is invalid."),
                Arguments.of("CancelMessageContactUpdate", 400, "InvalidParameter.MobileCountryCode",
                        "The current site does not support the country code."),
                Arguments.of("ListMessageContactVerifications", 400, "InvalidParameter.ContactId",
                        "The ContactId is invalid."),
                Arguments.of("ListMessageContactVerifications", 404, "EntityNotExists.Contact",
                        "This Contact does not exist."),
                Arguments.of("AssociateMembers", 400, "InvalidParameter.Members.Duplicate",
                        "The Members contains duplicate values."),
                Arguments.of("AssociateMembers", 400, "InvalidMember",
                        "The member does not exist in the resource directory."),
                Arguments.of("AssociateMembers", 400, "LimitExceeded.ContactMembers",
                        "The maximum number of contact members exceeds the limit."),
                Arguments.of("AssociateMembers", 400, "ContactStatusMismatchAction",
                        "The status of the contact does not allow the specified operation."),
                Arguments.of("DisassociateMembers", 400, "InvalidParameter.Members", "The Members is invalid."),
                Arguments.of("DisassociateMembers", 404, "EntityNotExists.Contact", "This Contact does not exist."));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("documentedErrors")
    void documentedErrorsMapToResourceDirectoryException(String action, int status, String code, String message) {
        server.enqueue(Bodies.error(status, code, message, "REQ-" + status));
        ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                () -> CALLS.get(action).accept(rd));
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(message, e.errorMessage());
        assertEquals("REQ-" + status, e.requestId());
        assertEquals("metrics.example", e.hostId());
        assertTrue(e.recommend().contains(code));
        assertEquals(1, e.attempts());
        assertEquals("ResourceDirectoryMaster", e.serviceName());
        assertEquals(action, e.action());
        assertEquals(message + " (Service: ResourceDirectoryMaster, Action: " + action + ", Status: " + status
                + ", Code: " + code + ", RequestId: REQ-" + status + ")", e.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void everyOperationIsCoveredByAtLeastTwoDocumentedErrors() {
        Map<String, Integer> count = new LinkedHashMap<>();
        documentedErrors().forEach(a -> count.merge((String) a.get()[0], 1, Integer::sum));
        for (String action : CALLS.keySet()) {
            assertTrue(count.getOrDefault(action, 0) >= 2, action + " has " + count.get(action) + " error cases");
        }
    }

    /** Every constant of ResourceDirectoryErrorCodes, answered by the service, arrives as that code. */
    @Test
    void everyDocumentedCodeConstantMaps() throws Exception {
        List<String> codes = new ArrayList<>();
        for (Field f : ResourceDirectoryErrorCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        assertEquals(26, codes.size(), "a code was added or lost: " + codes);
        for (String code : codes) {
            server.enqueue(Bodies.error(400, code, "m", "R-" + code));
            ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                    () -> CALLS.get("GetMessageContact").accept(rd));
            assertEquals(code, e.errorCode());
            assertEquals("R-" + code, e.requestId());
        }
    }

    @Test
    void concurrentCallNotSupportedIsThrottlingAndRetriedEvenForAddMessageContact() throws Exception {
        server.enqueue(Bodies.error(429, "ConcurrentCallNotSupported",
                "The operation conflicts with other operations. Please try again later.", "R-429"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"R-OK\",\"Contact\":{\"ContactId\":\"c-1\"}}"));
        try (ResourceDirectoryClient retrying = RdTestSupport.client(server).build()) {
            assertEquals("c-1", retrying.addMessageContact(b -> b.name("tom").emailAddress("tom@example.com")
                    .title("CEO").messageTypes("FaultMessage")).contact().contactId());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void concurrentCallNotSupportedSurfacesAsThrottlingWhenRetriesRunOut() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.error(429, "ConcurrentCallNotSupported",
                    "The operation conflicts with other operations. Please try again later.", "R-" + i));
        }
        try (ResourceDirectoryClient retrying = RdTestSupport.client(server).build()) {
            ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                    () -> retrying.deleteMessageContact(b -> b.contactId("c-1")));
            assertTrue(e.isThrottling());
            assertEquals(3, e.attempts());
            assertEquals("R-2", e.requestId());
        }
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void notFoundIsNotRetried() {
        server.enqueue(Bodies.error(404, "EntityNotExists.Contact", "This Contact does not exist.", "R-404"));
        try (ResourceDirectoryClient retrying = RdTestSupport.client(server).build()) {
            ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                    () -> retrying.getMessageContact(b -> b.contactId("c-1")));
            assertEquals(ResourceDirectoryErrorCodes.CONTACT_NOT_EXISTS, e.errorCode());
            assertFalse(e.isThrottling());
        }
        assertEquals(1, server.getRequestCount());
    }
}
