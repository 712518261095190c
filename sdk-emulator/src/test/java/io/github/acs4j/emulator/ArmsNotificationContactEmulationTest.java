package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.acs4j.emulator.ArmsCalls.names;
import static io.github.acs4j.emulator.ArmsCalls.ok;
import static io.github.acs4j.emulator.ArmsCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's notification-center contacts and contact groups, over raw HTTP: create without an ID and update
 * with one, one contact per phone number and e-mail, mandatory Page and Size, ID lists as one string,
 * members only with IsDetail, a deleted contact leaving its groups, parameters split between query and body
 * as the official SDK sends them.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ArmsNotificationContactEmulationTest {
    private AcsEmulator emulator;
    private ArmsCalls arms;

    @BeforeEach
    void forget(AcsEmulator shared) {
        shared.reset();
        emulator = shared;
        arms = new ArmsCalls(shared);
    }

    private long contact(String name, String phone) {
        return ok(arms.post("CreateOrUpdateContact", "ContactName", name, "Phone", phone))
                .body.path("AlertContact").path("ContactId").asLong();
    }

    private JsonNode contacts(String... more) {
        String[] all = new String[more.length + 4];
        all[0] = "Page";
        all[1] = "1";
        all[2] = "Size";
        all[3] = "100";
        System.arraycopy(more, 0, all, 4, more.length);
        return ok(arms.post("DescribeContacts", all)).body.path("PageBean");
    }

    @Test
    void createThenUpdateByIdWithTheOfficialSdksPositions() {
        // the official SDK puts DingRobotUrl and ResourceGroupId in the query, the rest in the body
        RawClient.Answer created = ok(arms.split("CreateOrUpdateContact", names("DingRobotUrl", "ResourceGroupId"),
                "ContactName", "Ann", "Phone", "13800000001", "Email", "ann@example.com", "ReissueSendNotice", "2",
                "IsEmailVerify", "true", "DingRobotUrl", "https://oapi.dingtalk.com/robot/send?access_token=t",
                "ResourceGroupId", "rg-1"));
        JsonNode c = created.body.path("AlertContact");
        assertTrue(c.path("ContactId").isIntegralNumber(), created.toString());
        assertEquals("Ann", c.path("ContactName").asText());
        assertEquals(2, c.path("ReissueSendNotice").asInt());
        assertFalse(c.path("IsVerify").asBoolean(), "no verification link is ever followed here");
        assertTrue(c.path("isEmailVerify").asBoolean(), "this answer spells it isEmailVerify: " + c);
        assertEquals("https://oapi.dingtalk.com/robot/send?access_token=t", c.path("DingRobotUrl").asText());
        long id = c.path("ContactId").asLong();

        JsonNode updated = ok(arms.post("CreateOrUpdateContact", "ContactId", String.valueOf(id), "ContactName", "Ann B",
                "Email", "ann.b@example.com")).body.path("AlertContact");
        assertEquals(id, updated.path("ContactId").asLong(), "an ID updates, it does not create");
        assertEquals("13800000001", updated.path("Phone").asText(), "what the update leaves out is kept");
        assertEquals(1, contacts().path("Total").asInt());
        JsonNode listed = contacts().path("AlertContacts").get(0);
        assertEquals("ann.b@example.com", listed.path("Email").asText());
        assertTrue(listed.path("IsEmailVerify").asBoolean(), "Describe spells it IsEmailVerify: " + listed);
        assertTrue(listed.path("ArmsContactId").isIntegralNumber());
        assertNotEquals(id, listed.path("ArmsContactId").asLong());

        refused(404, "ContactNotExists", arms.post("CreateOrUpdateContact", "ContactId", "999999", "ContactName", "x",
                "Email", "x@example.com"));
        assertEquals(1, contacts().path("Total").asInt(), "an unknown ID creates nothing");
    }

    @Test
    void onePhoneNumberAndOneEmailPerContact() {
        contact("Ann", "13800000001");
        RawClient.Answer taken = arms.post("CreateOrUpdateContact", "ContactName", "Bob", "Phone", "13800000001");
        refused(400, "ContactAlreadyExists", taken);
        assertFalse(taken.body.toString().contains("13800000001"), "the phone number is not repeated: " + taken);
        long bob = contact("Bob", "13800000002");
        ok(arms.post("CreateOrUpdateContact", "ContactName", "Cy", "Email", "cy@example.com"));
        refused(400, "ContactAlreadyExists", arms.post("CreateOrUpdateContact", "ContactId", String.valueOf(bob),
                "ContactName", "Bob", "Email", "cy@example.com"));
        ok(arms.post("CreateOrUpdateContact", "ContactId", String.valueOf(bob), "ContactName", "Bob", "Phone", "13800000002"));
        ok(arms.post("CreateOrUpdateContact", "ContactName", "Ann", "Email", "ann2@example.com")); // names may repeat
    }

    @Test
    void contactsValidateAsDocumented() {
        refused(400, "MissingParameter", arms.post("CreateOrUpdateContact", "Phone", "13800000001"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateContact", "ContactName", "nobody"));
        refused(400, "AlertPhoneNumberIllegal", arms.post("CreateOrUpdateContact", "ContactName", "A", "Phone", "call me"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateContact", "ContactName", "A", "Email", "nope"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateContact", "ContactName", "A", "Email", "a@example.com",
                "ReissueSendNotice", "4"));
        refused(400, "MissingParameter", arms.post("DescribeContacts", "Size", "10"));
        refused(400, "MissingParameter", arms.post("DescribeContacts", "Page", "1"));
        refused(400, "InvalidParameter", arms.post("DescribeContacts", "Page", "0", "Size", "10"));
        refused(400, "MissingParameter", arms.post("DeleteContact"));
        refused(404, "ContactNotExists", arms.post("DeleteContact", "ContactId", "424242"));
        assertEquals(0, contacts().path("Total").asInt());
    }

    @Test
    void describePagesAndFilters() {
        long[] ids = new long[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = contact("C" + i, "1380000000" + i);
        }
        JsonNode last = ok(arms.post("DescribeContacts", "Page", "3", "Size", "2")).body.path("PageBean");
        assertEquals(3, last.path("Page").asInt());
        assertEquals(2, last.path("Size").asInt());
        assertEquals(5, last.path("Total").asInt());
        assertEquals(1, last.path("AlertContacts").size(), "the last page holds the rest");
        assertEquals(ids[4], last.path("AlertContacts").get(0).path("ContactId").asLong());
        JsonNode beyond = ok(arms.post("DescribeContacts", "Page", "4", "Size", "2")).body.path("PageBean");
        assertEquals(0, beyond.path("AlertContacts").size());
        assertEquals(5, beyond.path("Total").asInt());
        JsonNode whole = ok(arms.post("DescribeContacts", "Page", "1", "Size", "5")).body.path("PageBean");
        assertEquals(5, whole.path("AlertContacts").size());

        assertEquals(2, contacts("ContactIds", ids[0] + "," + ids[3]).path("Total").asInt(), "commas");
        assertEquals(2, contacts("ContactIds", ids[0] + " " + ids[3]).path("Total").asInt(), "spaces");
        assertEquals(1, contacts("Phone", "13800000002").path("Total").asInt());
        assertEquals(1, contacts("ContactName", "C4").path("Total").asInt());
        refused(400, "InvalidParameter", arms.post("DescribeContacts", "Page", "1", "Size", "2", "ContactIds", "one"));
    }

    @Test
    void sendTtsVerifyLinkTakesItsParametersInTheBody() {
        long id = contact("Ann", "13800000001");
        RawClient.Answer sent = ok(arms.split("SendTTSVerifyLink", names(), "ContactId", String.valueOf(id),
                "Phone", "13800000001"));
        assertTrue(sent.body.path("IsSuccess").asBoolean());
        assertFalse(contacts().path("AlertContacts").get(0).path("IsVerify").asBoolean(), "nothing is verified here");
        RawClient.Answer other = arms.post("SendTTSVerifyLink", "ContactId", String.valueOf(id), "Phone", "13800000009");
        refused(400, "InvalidParameter", other);
        assertFalse(other.body.toString().contains("13800000009"), other.toString());
        refused(404, "ContactNotExists", arms.post("SendTTSVerifyLink", "ContactId", "77", "Phone", "13800000001"));
        refused(400, "MissingParameter", arms.post("SendTTSVerifyLink", "ContactId", String.valueOf(id)));
    }

    @Test
    void groupLifeCycleWithDetailAndPaging() {
        long a = contact("Ann", "13800000001");
        long b = contact("Bob", "13800000002");
        JsonNode g = ok(arms.post("CreateOrUpdateContactGroup", "ContactGroupName", "oncall",
                "ContactIds", a + "," + b)).body.path("AlertContactGroup");
        assertTrue(g.path("ContactGroupId").isIntegralNumber(), g.toString());
        assertEquals(a + "," + b, g.path("ContactIds").asText(), "the members come back as one text");
        long id = g.path("ContactGroupId").asLong();

        JsonNode plain = ok(arms.post("DescribeContactGroups", "Page", "1", "Size", "10")).body.path("PageBean");
        assertEquals(1, plain.path("Total").asInt());
        assertFalse(plain.path("AlertContactGroups").get(0).has("Contacts"), "no members without IsDetail");
        assertTrue(plain.path("AlertContactGroups").get(0).path("ArmsContactGroupId").isIntegralNumber());
        JsonNode detail = ok(arms.post("DescribeContactGroups", "IsDetail", "true", "GroupIds", String.valueOf(id)))
                .body.path("PageBean").path("AlertContactGroups").get(0).path("Contacts");
        assertEquals(2, detail.size(), detail.toString());
        assertEquals("13800000002", detail.get(1).path("Phone").asText());

        JsonNode renamed = ok(arms.post("CreateOrUpdateContactGroup", "ContactGroupId", String.valueOf(id),
                "ContactGroupName", "day", "ContactIds", "[" + b + "]")).body.path("AlertContactGroup");
        assertEquals(id, renamed.path("ContactGroupId").asLong());
        assertEquals(String.valueOf(b), renamed.path("ContactIds").asText(), "the bracketed example form is accepted");

        ok(arms.post("CreateOrUpdateContactGroup", "ContactGroupName", "night"));
        JsonNode second = ok(arms.post("DescribeContactGroups", "Page", "2", "Size", "1")).body.path("PageBean");
        assertEquals(2, second.path("Total").asInt());
        assertEquals("night", second.path("AlertContactGroups").get(0).path("ContactGroupName").asText());
        assertEquals(1, ok(arms.post("DescribeContactGroups", "ContactGroupName", "nig")).body
                .path("PageBean").path("Total").asInt());

        assertTrue(ok(arms.post("DeleteContactGroup", "ContactGroupId", String.valueOf(id))).body.path("IsSuccess").asBoolean());
        refused(404, "ContactGroupNotExists", arms.post("DeleteContactGroup", "ContactGroupId", String.valueOf(id)));
        refused(404, "ContactGroupNotExists", arms.post("CreateOrUpdateContactGroup", "ContactGroupId", String.valueOf(id),
                "ContactGroupName", "x"));
        refused(404, "ContactNotExists", arms.post("CreateOrUpdateContactGroup", "ContactGroupName", "x", "ContactIds", "5"));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateContactGroup", "ContactIds", String.valueOf(a)));
        assertEquals(1, ok(arms.post("DescribeContactGroups")).body.path("PageBean").path("Total").asInt());
    }

    @Test
    void deletingAContactTakesItOutOfItsGroups() {
        long a = contact("Ann", "13800000001");
        long b = contact("Bob", "13800000002");
        ok(arms.post("CreateOrUpdateContactGroup", "ContactGroupName", "oncall", "ContactIds", a + "," + b));
        ok(arms.post("DeleteContact", "ContactId", String.valueOf(a)));
        JsonNode members = ok(arms.post("DescribeContactGroups", "IsDetail", "true")).body
                .path("PageBean").path("AlertContactGroups").get(0).path("Contacts");
        assertEquals(1, members.size(), "the group stays, without the deleted contact: " + members);
        assertEquals(b, members.get(0).path("ContactId").asLong());
    }

    @Test
    void theFamiliesAndTheAccountsAreSeparate() {
        contact("Ann", "13800000001");
        ok(arms.post("CreateAlertContact", "RegionId", "cn-hangzhou", "ContactName", "Legacy", "Email", "l@example.com"));
        assertEquals(1, contacts().path("Total").asInt(), "legacy alert contacts are not notification-center contacts");
        assertEquals(1, ok(arms.post("SearchAlertContact", "RegionId", "cn-hangzhou")).body.path("PageBean")
                .path("TotalCount").asInt());

        emulator.addAccount("OtherKey", "OtherSecret");
        RawClient other = new RawClient(emulator.endpoint(), "OtherKey", "OtherSecret");
        JsonNode theirs = other.post("DescribeContacts", ArmsCalls.V, RawClient.params("Page", "1", "Size", "10")).body;
        assertEquals(0, theirs.path("PageBean").path("Total").asInt(), theirs.toString());
    }
}
