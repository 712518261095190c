package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContactGroup;
import io.github.acs4j.arms.model.CreateAlertContactGroupResponse;
import io.github.acs4j.arms.model.SearchAlertContactGroupResponse;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legacy alert contact groups on the wire: {@code ContactIds} as one space-separated parameter (Create/Update),
 * {@code ContactGroupIds} comma-separated (Search), the Create answer's ID as text, {@code IsDetail} contacts,
 * and the create never repeated once it may have arrived. Facts: arms-facts.md A.
 */
class AlertContactGroupWireTest extends OnMockServer {
    @Test
    void createSendsTheIdsSpaceSeparatedAndReadsTheIdAsText() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\",\"ContactGroupId\":\"446\"}"));
        CreateAlertContactGroupResponse r = arms.createAlertContactGroup(g -> g.contactGroupName("oncall")
                .contactIds(12L, 23L, 34L));
        assertEquals("446", r.contactGroupId());
        assertEquals(params("RegionId", "cn-hangzhou", "ContactGroupName", "oncall", "ContactIds", "12 23 34"),
                sent(server, "CreateAlertContactGroup").operationParams());
    }

    @Test
    void createIsNotRepeatedWhenTheConnectionDropsAfterTheRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\",\"ContactGroupId\":\"446\"}"));
        assertThrows(AcsClientException.class, () -> arms.createAlertContactGroup(g -> g.contactGroupName("oncall")));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void updateAndDeleteSendTheirParametersAndAreRepeatedAfterADrop() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\",\"IsSuccess\":true}"));
        assertTrue(arms.updateAlertContactGroup(g -> g.contactGroupId(446L).contactGroupName("oncall2").contactIds(12L))
                .isSuccess());
        sent(server, "UpdateAlertContactGroup");
        assertEquals(params("RegionId", "cn-hangzhou", "ContactGroupId", "446", "ContactGroupName", "oncall2",
                "ContactIds", "12"), sent(server, "UpdateAlertContactGroup").operationParams());

        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r3\",\"IsSuccess\":true}"));
        arms.deleteAlertContactGroup(g -> g.contactGroupId(446L));
        assertEquals(params("RegionId", "cn-hangzhou", "ContactGroupId", "446"),
                sent(server, "DeleteAlertContactGroup").operationParams());
    }

    @Test
    void searchWithDetailReadsTheGroupsAndTheirContacts() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r4\",\"ContactGroups\":[{\"ContactGroupId\":446,"
                + "\"ContactGroupName\":\"oncall\",\"UserId\":\"113197164949****\",\"CreateTime\":1529668855000,"
                + "\"UpdateTime\":1529668855000,\"Contacts\":[{\"ContactId\":12,\"ContactName\":\"Alice\","
                + "\"Phone\":\"13800001234\",\"Email\":\"alice@example.com\",\"SystemNoc\":true}]}]}"));
        SearchAlertContactGroupResponse r = arms.searchAlertContactGroup(s -> s.contactGroupIds(446L, 447L).isDetail(true)
                .contactName("Alice").contactId(12L).contactGroupName("oncall"));
        assertEquals(params("RegionId", "cn-hangzhou", "ContactGroupIds", "446,447", "IsDetail", "true",
                "ContactName", "Alice", "ContactId", "12", "ContactGroupName", "oncall"),
                sent(server, "SearchAlertContactGroup").operationParams());
        AlertContactGroup g = r.contactGroups().get(0);
        assertEquals(446L, g.contactGroupId());
        assertEquals(Instant.ofEpochMilli(1529668855000L), g.createTime());
        assertEquals("alice@example.com", g.contacts().get(0).email());
        assertFalse(r.toString().contains("alice@example.com") || r.toString().contains("13800001234"), r.toString());
    }

    @Test
    void badInputIsRefusedBeforeSending() {
        AcsClientException missing = assertThrows(AcsClientException.class,
                () -> arms.createAlertContactGroup(g -> g.contactIds(1L)));
        assertTrue(missing.getMessage().contains("ContactGroupName"), missing.getMessage());
        AcsClientException twice = assertThrows(AcsClientException.class,
                () -> arms.createAlertContactGroup(g -> g.contactGroupName("x").contactIds(1L, 1L)));
        assertTrue(twice.getMessage().contains("ContactIds"), twice.getMessage());
        assertThrows(AcsClientException.class, () -> arms.updateAlertContactGroup(g -> g.contactGroupName("x")));
        assertEquals(0, server.getRequestCount());
    }
}
