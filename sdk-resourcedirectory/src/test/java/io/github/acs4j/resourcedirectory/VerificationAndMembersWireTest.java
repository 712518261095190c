package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.model.AssociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateResponse;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsResponse;
import io.github.acs4j.resourcedirectory.model.MemberAssociation;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactResponse;
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

/**
 * The verification senders, CancelMessageContactUpdate, ListMessageContactVerifications and the member
 * bindings as they cross the wire, and their documented success bodies.
 */
class VerificationAndMembersWireTest {
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

    @Test
    void sendEmailVerificationSendsContactAndAddress() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\"}"));
        SendEmailVerificationForMessageContactResponse r = rd.sendEmailVerificationForMessageContact(
                b -> b.contactId("c-qL4HqKONzOM7****").emailAddress("someone@example.com"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertEquals(1, r.metadata().attempts());
        assertSent(server.takeRequest(), "SendEmailVerificationForMessageContact",
                params("ContactId", "c-qL4HqKONzOM7****", "EmailAddress", "someone@example.com"));
    }

    @Test
    void sendPhoneVerificationSendsContactAndNumber() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\"}"));
        SendPhoneVerificationForMessageContactResponse r = rd.sendPhoneVerificationForMessageContact(
                b -> b.contactId("c-qL4HqKONzOM7****").phoneNumber("86-13900001234"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertSent(server.takeRequest(), "SendPhoneVerificationForMessageContact",
                params("ContactId", "c-qL4HqKONzOM7****", "PhoneNumber", "86-13900001234"));
    }

    @Test
    void cancelMessageContactUpdateSendsEveryParameter() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\"}"));
        CancelMessageContactUpdateResponse r = rd.cancelMessageContactUpdate(b -> b.contactId("c-qL4HqKONzOM7****")
                .emailAddress("someone@example.com").phoneNumber("86-13900001234"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertSent(server.takeRequest(), "CancelMessageContactUpdate", params("ContactId", "c-qL4HqKONzOM7****",
                "EmailAddress", "someone@example.com", "PhoneNumber", "86-13900001234"));

        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\"}"));
        rd.cancelMessageContactUpdate(b -> b.contactId("c-1").phoneNumber("86-13900001234"));
        assertSent(server.takeRequest(), "CancelMessageContactUpdate",
                params("ContactId", "c-1", "PhoneNumber", "86-13900001234"));
    }

    @Test
    void listMessageContactVerificationsRoundTripsPagination() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\",\"TotalCount\":12,"
                + "\"PageSize\":5,\"PageNumber\":2,\"ContactVerifications\":["
                + "{\"ContactId\":\"c-qL4HqKONzOM7****\",\"Target\":\"someone***@example.com\"},"
                + "{\"ContactId\":\"c-qL4HqKONzOM7****\",\"Target\":\"86-139****1234\"}]}"));
        ListMessageContactVerificationsResponse r = rd.listMessageContactVerifications(
                b -> b.contactId("c-qL4HqKONzOM7****").pageNumber(2).pageSize(5));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertEquals(Integer.valueOf(12), r.totalCount());
        assertEquals(Integer.valueOf(2), r.pageNumber());
        assertEquals(Integer.valueOf(5), r.pageSize());
        assertEquals(2, r.contactVerifications().size());
        assertEquals("c-qL4HqKONzOM7****", r.contactVerifications().get(0).contactId());
        assertEquals("someone***@example.com", r.contactVerifications().get(0).target());
        assertEquals("86-139****1234", r.contactVerifications().get(1).target());
        assertSent(server.takeRequest(), "ListMessageContactVerifications",
                params("ContactId", "c-qL4HqKONzOM7****", "PageNumber", "2", "PageSize", "5"));
    }

    @Test
    void listMessageContactVerificationsWithListMissingReadsEmpty() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"TotalCount\":0,\"PageSize\":10,\"PageNumber\":1}"));
        ListMessageContactVerificationsResponse r = rd.listMessageContactVerifications(b -> { });
        assertEquals(Collections.emptyList(), r.contactVerifications());
        assertEquals(Integer.valueOf(0), r.totalCount());
        assertSent(server.takeRequest(), "ListMessageContactVerifications", params());
    }

    @Test
    void associateMembersFlattensMembersAndReadsBindings() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"95060F1D-6990-4645-8920-A81D1BBFE992\",\"Members\":["
                + "{\"ContactId\":\"c-qL4HqKONzOM7****\",\"MemberId\":\"fd-ZDNPiT****\",\"ModifyDate\":\"2023-03-27 17:19:21\"},"
                + "{\"ContactId\":\"c-qL4HqKONzOM7****\",\"MemberId\":\"181761095690****\",\"ModifyDate\":\"2023-03-27 17:19:22\"}]}"));
        AssociateMembersResponse r = rd.associateMembers(b -> b.contactId("c-qL4HqKONzOM7****")
                .members("fd-ZDNPiT****", "181761095690****"));
        assertEquals("95060F1D-6990-4645-8920-A81D1BBFE992", r.requestId());
        assertEquals(2, r.members().size());
        MemberAssociation first = r.members().get(0);
        assertEquals("c-qL4HqKONzOM7****", first.contactId());
        assertEquals("fd-ZDNPiT****", first.memberId());
        assertEquals("2023-03-27 17:19:21", first.modifyDate());
        assertEquals("181761095690****", r.members().get(1).memberId());
        assertEquals("2023-03-27 17:19:22", r.members().get(1).modifyDate());
        assertSent(server.takeRequest(), "AssociateMembers", params("ContactId", "c-qL4HqKONzOM7****",
                "Members.1", "fd-ZDNPiT****", "Members.2", "181761095690****"));
    }

    @Test
    void disassociateMembersFlattensFiveMembers() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Members\":[{\"ContactId\":\"c-1\",\"MemberId\":\"fd-1\","
                + "\"ModifyDate\":\"2023-03-27 17:19:21\"}]}"));
        DisassociateMembersResponse r = rd.disassociateMembers(DisassociateMembersRequest.builder().contactId("c-1")
                .members(Arrays.asList("rd-1", "fd-1", "fd-2", "1001", "1002")).build());
        assertEquals("fd-1", r.members().get(0).memberId());
        assertEquals("2023-03-27 17:19:21", r.members().get(0).modifyDate());
        assertSent(server.takeRequest(), "DisassociateMembers", params("ContactId", "c-1", "Members.1", "rd-1",
                "Members.2", "fd-1", "Members.3", "fd-2", "Members.4", "1001", "Members.5", "1002"));
    }

    @Test
    void memberAnswersWithListMissingReadEmpty() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\"}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"Members\":[{\"MemberId\":\"fd-1\"}]}"));
        assertEquals(Collections.emptyList(), rd.associateMembers(b -> b.contactId("c-1").members("fd-1")).members());
        MemberAssociation m = rd.disassociateMembers(b -> b.contactId("c-1").members("fd-1")).members().get(0);
        assertEquals("fd-1", m.memberId());
        assertNull(m.contactId());
        assertNull(m.modifyDate());
    }
}
