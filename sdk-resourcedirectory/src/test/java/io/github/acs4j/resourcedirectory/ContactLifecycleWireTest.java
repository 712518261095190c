package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.AddMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ContactDeletionStatus;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.MessageType;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;

import static io.github.acs4j.resourcedirectory.RdTestSupport.assertSent;
import static io.github.acs4j.resourcedirectory.RdTestSupport.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Add, Get, List, Update, Delete and GetMessageContactDeletionStatus as they cross the wire, and their
 * documented success bodies (examples of the ResourceDirectoryMaster 2022-04-19 API reference pages).
 */
class ContactLifecycleWireTest {
    static final String CONTACT_BODY = "{\"ContactId\":\"c-qL4HqKONzOM7****\",\"Name\":\"tom\","
            + "\"EmailAddress\":\"someone***@example.com\",\"PhoneNumber\":\"86-139****1234\","
            + "\"Title\":\"TechnicalDirector\",\"MessageTypes\":[\"AccountExpenses\",\"FaultMessage\"],"
            + "\"Members\":[\"fd-ZDNPiT****\",\"rd-3G****\"],\"Status\":\"Active\","
            + "\"CreateDate\":\"2023-03-27 17:19:21\",\"AssociatedDate\":\"2023-03-28 09:00:00\"}";

    MockWebServer server;
    ResourceDirectoryClient rd;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        server.shutdown();
    }

    static void assertFullContact(MessageContact c) {
        assertEquals("c-qL4HqKONzOM7****", c.contactId());
        assertEquals("tom", c.name());
        assertEquals("someone***@example.com", c.emailAddress());
        assertEquals("86-139****1234", c.phoneNumber());
        assertEquals("TechnicalDirector", c.title());
        assertEquals(ContactTitle.TECHNICAL_DIRECTOR, ContactTitle.fromValue(c.title()));
        assertEquals(Arrays.asList("AccountExpenses", "FaultMessage"), c.messageTypes());
        assertEquals(Arrays.asList("fd-ZDNPiT****", "rd-3G****"), c.members());
        assertEquals("Active", c.status());
        assertEquals("2023-03-27 17:19:21", c.createDate());
        assertEquals("2023-03-28 09:00:00", c.associatedDate());
    }

    @Test
    void addMessageContactSendsEveryParameterFlattenedAndSigned() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"2DFCE4C9-04A9-4C83-BB14-FE791275EC53\","
                + "\"Contact\":{\"ContactId\":\"c-qL4HqKONzOM7****\",\"CreateDate\":\"2023-03-27 17:19:21\"}}"));
        AddMessageContactResponse r = rd.addMessageContact(b -> b.name("tom").emailAddress("tom+rd@example.com")
                .phoneNumber("86-13900001234").title(ContactTitle.TECHNICAL_DIRECTOR)
                .messageTypes(MessageType.ACCOUNT_EXPENSES, MessageType.FAULT_MESSAGE, MessageType.SECURITY_MESSAGE));
        assertEquals("2DFCE4C9-04A9-4C83-BB14-FE791275EC53", r.requestId());
        assertEquals("2DFCE4C9-04A9-4C83-BB14-FE791275EC53", r.metadata().requestId());
        assertEquals(200, r.metadata().httpStatus());
        assertEquals(1, r.metadata().attempts());
        assertEquals("c-qL4HqKONzOM7****", r.contact().contactId());
        assertEquals("2023-03-27 17:19:21", r.contact().createDate());
        assertNull(r.contact().name());
        assertEquals(Collections.emptyList(), r.contact().messageTypes());
        assertEquals(Collections.emptyList(), r.contact().members());
        assertSent(server.takeRequest(), "AddMessageContact", params(
                "Name", "tom", "EmailAddress", "tom+rd@example.com", "PhoneNumber", "86-13900001234",
                "Title", "TechnicalDirector", "MessageTypes.1", "AccountExpenses", "MessageTypes.2", "FaultMessage",
                "MessageTypes.3", "SecurityMessage"));
    }

    @Test
    void addMessageContactWithoutPhoneOmitsIt() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Contact\":{\"ContactId\":\"c-1\"}}"));
        rd.addMessageContact(AddMessageContactRequest.builder().name("王小明").emailAddress("w@example.com")
                .title("Other").messageTypes(Collections.singletonList("ProductMessage")).build());
        assertSent(server.takeRequest(), "AddMessageContact", params(
                "Name", "王小明", "EmailAddress", "w@example.com", "Title", "Other", "MessageTypes.1", "ProductMessage"));
    }

    @Test
    void getMessageContactReadsEveryField() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\",\"Contact\":"
                + CONTACT_BODY + "}"));
        GetMessageContactResponse r = rd.getMessageContact(b -> b.contactId("c-qL4HqKONzOM7****"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertFullContact(r.contact());
        assertSent(server.takeRequest(), "GetMessageContact", params("ContactId", "c-qL4HqKONzOM7****"));
    }

    @Test
    void getMessageContactWithListsMissingReadsEmptyListsAndUnknownValuesStillParse() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Contact\":{\"ContactId\":\"c-1\","
                + "\"Title\":\"ChiefPlumber\",\"Status\":\"Frozen\"}}"));
        MessageContact c = rd.getMessageContact(b -> b.contactId("c-1")).contact();
        assertEquals(Collections.emptyList(), c.messageTypes());
        assertEquals(Collections.emptyList(), c.members());
        assertEquals("ChiefPlumber", c.title());
        assertNull(ContactTitle.fromValue(c.title()));
        assertEquals("Frozen", c.status());
    }

    @Test
    void getMessageContactWithoutContactObjectIsIncomplete() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\"}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> rd.getMessageContact(b -> b.contactId("c-1")));
        assertEquals(Collections.singletonList("Contact.ContactId"), e.missingFields());
        assertEquals("r", e.requestId());
    }

    @Test
    void listMessageContactsRoundTripsPaginationAndFilters() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\",\"TotalCount\":21,"
                + "\"PageSize\":10,\"PageNumber\":3,\"Contacts\":[" + CONTACT_BODY + ",{\"ContactId\":\"c-2\","
                + "\"MessageTypes\":[\"NewKindOfMessage\"]}]}"));
        ListMessageContactsResponse r = rd.listMessageContacts(b -> b.contactId("c-qL4HqKONzOM7****")
                .member("fd-ZDNPiT****").pageNumber(3).pageSize(10));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertEquals(Integer.valueOf(21), r.totalCount());
        assertEquals(Integer.valueOf(3), r.pageNumber());
        assertEquals(Integer.valueOf(10), r.pageSize());
        assertEquals(2, r.contacts().size());
        assertFullContact(r.contacts().get(0));
        assertEquals("c-2", r.contacts().get(1).contactId());
        assertEquals(Collections.singletonList("NewKindOfMessage"), r.contacts().get(1).messageTypes());
        assertNull(MessageType.fromValue("NewKindOfMessage"));
        assertEquals(Collections.emptyList(), r.contacts().get(1).members());
        assertSent(server.takeRequest(), "ListMessageContacts", params("ContactId", "c-qL4HqKONzOM7****",
                "Member", "fd-ZDNPiT****", "PageNumber", "3", "PageSize", "10"));
    }

    @Test
    void listMessageContactsWithNoFiltersSendsNoParametersAndReadsMissingListAsEmpty() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"TotalCount\":\"0\"}"));
        ListMessageContactsResponse r = rd.listMessageContacts(b -> { });
        assertEquals(Collections.emptyList(), r.contacts());
        assertEquals(Integer.valueOf(0), r.totalCount());
        assertNull(r.pageNumber());
        assertSent(server.takeRequest(), "ListMessageContacts", params());
    }

    @Test
    void updateMessageContactSendsEveryParameter() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"9B34724D-54B0-4A51-B34D-4512372FE1BE\"}"));
        UpdateMessageContactResponse r = rd.updateMessageContact(b -> b.contactId("c-qL4HqKONzOM7****").name("jerry")
                .emailAddress("jerry@example.com").phoneNumber("86-13900005678").title("CEO")
                .messageTypes("ServiceMessage", "ActivityMessage"));
        assertEquals("9B34724D-54B0-4A51-B34D-4512372FE1BE", r.requestId());
        assertSent(server.takeRequest(), "UpdateMessageContact", params("ContactId", "c-qL4HqKONzOM7****",
                "Name", "jerry", "EmailAddress", "jerry@example.com", "PhoneNumber", "86-13900005678", "Title", "CEO",
                "MessageTypes.1", "ServiceMessage", "MessageTypes.2", "ActivityMessage"));
    }

    @Test
    void updateMessageContactSendsOnlyWhatChanges() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\"}"));
        rd.updateMessageContact(b -> b.contactId("c-1").title(ContactTitle.FINANCE_DIRECTOR));
        assertSent(server.takeRequest(), "UpdateMessageContact", params("ContactId", "c-1", "Title", "FinanceDirector"));
    }

    @Test
    void deleteMessageContactSendsRetainFlagAndReadsStatus() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\",\"Status\":\"Deleting\"}"));
        DeleteMessageContactResponse r = rd.deleteMessageContact(b -> b.contactId("c-qL4HqKONzOM7****")
                .retainContactInMembers(false));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertEquals("Deleting", r.status());
        assertSent(server.takeRequest(), "DeleteMessageContact", params("ContactId", "c-qL4HqKONzOM7****",
                "RetainContactInMembers", "false"));

        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\",\"Status\":\"Deleted\"}"));
        assertEquals("Deleted", rd.deleteMessageContact(b -> b.contactId("c-1")).status());
        assertSent(server.takeRequest(), "DeleteMessageContact", params("ContactId", "c-1"));
    }

    @Test
    void getMessageContactDeletionStatusReadsFailReasons() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\","
                + "\"ContactDeletionStatus\":{\"ContactId\":\"c-qL4HqKONzOM7****\",\"Status\":\"Failed\","
                + "\"FailReasonList\":[{\"AccountId\":\"181761095690****\",\"MessageTypes\":[\"AccountExpenses\"]},"
                + "{\"AccountId\":\"181761095691****\",\"MessageTypes\":[\"FaultMessage\",\"SecurityMessage\"]}]}}"));
        GetMessageContactDeletionStatusResponse r = rd.getMessageContactDeletionStatus(b -> b.contactId("c-qL4HqKONzOM7****"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        ContactDeletionStatus s = r.contactDeletionStatus();
        assertEquals("c-qL4HqKONzOM7****", s.contactId());
        assertEquals("Failed", s.status());
        assertEquals(2, s.failReasonList().size());
        assertEquals("181761095690****", s.failReasonList().get(0).accountId());
        assertEquals(Collections.singletonList("AccountExpenses"), s.failReasonList().get(0).messageTypes());
        assertEquals("181761095691****", s.failReasonList().get(1).accountId());
        assertEquals(Arrays.asList("FaultMessage", "SecurityMessage"), s.failReasonList().get(1).messageTypes());
        assertSent(server.takeRequest(), "GetMessageContactDeletionStatus", params("ContactId", "c-qL4HqKONzOM7****"));
    }

    @Test
    void deletionStatusWithoutFailReasonsReadsEmptyList() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactDeletionStatus\":{\"ContactId\":\"c-1\","
                + "\"Status\":\"Deleting\",\"FailReasonList\":[{\"AccountId\":\"1\"}]}}"));
        ContactDeletionStatus s = rd.getMessageContactDeletionStatus(b -> b.contactId("c-1")).contactDeletionStatus();
        assertEquals("Deleting", s.status());
        assertEquals(Collections.emptyList(), s.failReasonList().get(0).messageTypes());
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactDeletionStatus\":{\"ContactId\":\"c-1\"}}"));
        assertEquals(Collections.emptyList(),
                rd.getMessageContactDeletionStatus(b -> b.contactId("c-1")).contactDeletionStatus().failReasonList());
    }
}
