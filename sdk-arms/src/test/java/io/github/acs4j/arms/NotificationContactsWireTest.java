package io.github.acs4j.arms;

import io.github.acs4j.arms.model.DescribeContactsResponse;
import io.github.acs4j.arms.model.NotificationContact;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notification-center contacts and contact groups on the wire: paging, ID lists, Float IDs. arms-facts.md C, D. */
class NotificationContactsWireTest extends OnMockServer {
    private static String contactsPage(int page, int total, String items) {
        return "{\"RequestId\":\"r" + page + "\",\"PageBean\":{\"Page\":" + page + ",\"Size\":2,\"Total\":" + total
                + ",\"AlertContacts\":[" + items + "]}}";
    }

    @Test
    void describeContactsSendsItsFiltersAndReadsFloatIdsAsIntegers() throws Exception {
        server.enqueue(Bodies.json(200, contactsPage(1, 1, "{\"ContactId\":123.0,\"ContactName\":\"Alice\","
                + "\"Phone\":\"13800001234\",\"Email\":\"alice@example.com\",\"IsVerify\":true,\"IsEmailVerify\":false,"
                + "\"ReissueSendNotice\":3,\"ArmsContactId\":100147}")));
        DescribeContactsResponse r = arms.describeContacts(d -> d.page(1).size(2).contactName("Alice")
                .phone("13800001234").email("alice@example.com").contactIds(123L, 321L).verbose("true"));
        assertEquals(params("Page", "1", "Size", "2", "ContactName", "Alice", "Phone", "13800001234",
                "Email", "alice@example.com", "ContactIds", "123,321", "Verbose", "true", "RegionId", "cn-hangzhou"),
                sent(server, "DescribeContacts").operationParams());
        NotificationContact c = r.contacts().get(0);
        assertEquals(123L, c.contactId());
        assertEquals(100147L, c.armsContactId());
        assertEquals(3L, c.reissueSendNotice());
        assertTrue(c.isVerify());
        assertEquals(1, r.total());
        assertFalse(r.toString().contains("alice@example.com") || r.toString().contains("13800001234"), r.toString());
    }

    @Test
    void pageAndSizeAreRequiredAsDocumented() {
        AcsClientException e = assertThrows(AcsClientException.class, () -> arms.describeContacts(d -> d.size(2)));
        assertTrue(e.getMessage().contains("Page"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theContactsPaginatorWalksThePages() throws Exception {
        server.enqueue(Bodies.json(200, contactsPage(1, 3, "{\"ContactId\":1},{\"ContactId\":2}")));
        server.enqueue(Bodies.json(200, contactsPage(2, 3, "{\"ContactId\":3}")));
        List<NotificationContact> all = arms.describeContactsPaginator(d -> d.page(1).size(2)).itemStream()
                .collect(java.util.stream.Collectors.toList());
        assertEquals(3, all.size());
        assertEquals("1", sent(server, "DescribeContacts").param("Page"));
        assertEquals("2", sent(server, "DescribeContacts").param("Page"));
    }

    @Test
    void describeContactGroupsWithDetailReadsTheirContacts() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"Page\":1,\"Size\":10,\"Total\":1,"
                + "\"AlertContactGroups\":[{\"ContactGroupId\":7.0,\"ContactGroupName\":\"ops\",\"ArmsContactGroupId\":77,"
                + "\"Contacts\":[{\"ContactId\":1,\"ContactName\":\"Alice\",\"ArmsContactId\":11}]}]}}"));
        assertEquals(11L, arms.describeContactGroups(d -> d.isDetail(true).groupIds(7L, 8L).contactGroupName("ops")
                .page(1).size(10)).contactGroups().get(0).contacts().get(0).armsContactId());
        assertEquals(params("IsDetail", "true", "GroupIds", "7,8", "ContactGroupName", "ops", "Page", "1", "Size", "10",
                "RegionId", "cn-hangzhou"), sent(server, "DescribeContactGroups").operationParams());
    }

    @Test
    void deletesSendTheId() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"IsSuccess\":true}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"IsSuccess\":true}"));
        assertTrue(arms.deleteContact(d -> d.contactId(123L)).isSuccess());
        assertTrue(arms.deleteContactGroup(d -> d.contactGroupId(7L)).isSuccess());
        assertEquals(params("ContactId", "123"), sent(server, "DeleteContact").operationParams());
        assertEquals(params("ContactGroupId", "7"), sent(server, "DeleteContactGroup").operationParams());
    }
}
