package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor's semantics and shapes, driven by a client that is not acs4j: Put upserts by name,
 * {@code Wrapper.Item[]} lists, business failures as HTTP 200 with {@code Success:false}, the documented
 * validation.
 */
class CmsEmulationTest {
    private static final String V = "2019-01-01";
    private static AcsEmulator emulator;
    private static RawClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
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
    void putContactUpsertsByNameAndReplacesItsChannels() {
        ok(client.post("PutContact", V, params("ContactName", "Alice", "Describe", "dba", "Channels.Mail", "a@example.com",
                "Channels.SMS", "13800000000")));
        ok(client.post("PutContact", V, params("ContactName", "Alice", "Describe", "lead", "Channels.DingWebHook",
                "https://oapi.example.com/robot/send?access_token=x", "Lang", "en")));
        JsonNode list = ok(client.post("DescribeContactList", V, params()));
        assertEquals(1, list.path("Total").asInt());
        JsonNode alice = list.path("Contacts").path("Contact").get(0);
        assertEquals("lead", alice.path("Desc").asText());
        assertEquals("en", alice.path("Lang").asText());
        assertFalse(alice.path("Channels").has("Mail"), "a Put sends the whole contact: channels left out are cleared");
        assertEquals("OK", alice.path("ChannelsState").path("DingWebHook").asText());
        assertTrue(alice.path("CreateTime").isNumber() && alice.path("UpdateTime").isNumber());
    }

    @Test
    void groupsListMembersAndContactsListTheirGroups() {
        put("Alice");
        put("Bob");
        ok(client.post("PutContactGroup", V, params("ContactGroupName", "oncall", "Describe", "db",
                "ContactNames.1", "Alice", "ContactNames.2", "Bob")));
        JsonNode groups = ok(client.post("DescribeContactGroupList", V, params()));
        assertEquals("oncall", groups.path("ContactGroups").path("ContactGroup").get(0).asText());
        JsonNode g = groups.path("ContactGroupList").path("ContactGroup").get(0);
        assertEquals("[\"Alice\",\"Bob\"]", g.path("Contacts").path("Contact").toString());
        JsonNode members = ok(client.post("DescribeContactListByContactGroup", V, params("ContactGroupName", "oncall")));
        assertEquals(2, members.path("Contacts").path("Contact").size());
        JsonNode bob = ok(client.post("DescribeContactList", V, params("ContactName", "Bob"))).path("Contacts").path("Contact").get(0);
        assertEquals("[\"oncall\"]", bob.path("ContactGroups").path("ContactGroup").toString());
    }

    @Test
    void deletingAContactStillInAGroupFailsInsideAnHttp200() {
        put("Alice");
        ok(client.post("PutContactGroup", V, params("ContactGroupName", "oncall", "ContactNames.1", "Alice")));
        RawClient.Answer a = client.post("DeleteContact", V, params("ContactName", "Alice"));
        assertEquals(200, a.status);
        assertFalse(a.body.path("Success").asBoolean(true));
        assertEquals("400", a.code());
        ok(client.post("DeleteContactGroup", V, params("ContactGroupName", "oncall")));
        ok(client.post("DeleteContact", V, params("ContactName", "Alice")));
    }

    @Test
    void deletingWhatDoesNotExistIs404ContactNotExists() {
        RawClient.Answer contact = client.post("DeleteContact", V, params("ContactName", "Nobody"));
        assertEquals(404, contact.status);
        assertEquals("ContactNotExists", contact.code());
        assertFalse(contact.body.path("Success").asBoolean(true));
        assertEquals("ContactNotExists", client.post("DeleteContactGroup", V, params("ContactGroupName", "none")).code());
    }

    @Test
    void anUnknownGroupIsAnHttp200Failure() {
        RawClient.Answer a = client.post("DescribeContactListByContactGroup", V, params("ContactGroupName", "ghost"));
        assertEquals(200, a.status);
        assertFalse(a.body.path("Success").asBoolean(true));
        assertEquals("404", a.code());
    }

    @Test
    void validatesLikeTheService() {
        assertError(400, "MissingParameter", client.post("PutContact", V, params("Describe", "x", "Channels.Mail", "a@example.com")));
        assertError(400, "InvalidParameterValue", client.post("PutContact", V, params("ContactName", "A", "Describe", "x")));
        assertError(400, "InvalidParameterValue", client.post("PutContact", V, params("ContactName", "A", "Describe", "x",
                "Channels.Mail", "not-an-address")));
        assertError(400, "InvalidParameterValue", client.post("PutContact", V, params("ContactName", "A", "Describe", "x",
                "Channels.Mail", "a@example.com", "Lang", "fr")));
        assertError(200, "400", client.post("PutContactGroup", V, params("ContactGroupName", "g", "ContactNames.1", "Ghost")));
        assertError(400, "InvalidParameter", client.post("DescribeContactList", V, params("PageSize", "ten")));
    }

    @Test
    void pagesThroughContacts() {
        for (int i = 0; i < 5; i++) {
            put("C" + i);
        }
        JsonNode page = ok(client.post("DescribeContactList", V, params("PageNumber", "2", "PageSize", "2")));
        assertEquals(5, page.path("Total").asInt());
        assertEquals("C2", page.path("Contacts").path("Contact").get(0).path("Name").asText());
        assertEquals(2, page.path("Contacts").path("Contact").size());
    }

    private static void put(String name) {
        ok(client.post("PutContact", V, params("ContactName", name, "Describe", "d", "Channels.Mail", name + "@example.com")));
    }

    private static JsonNode ok(RawClient.Answer a) {
        assertEquals(200, a.status, a.toString());
        assertEquals("200", a.code(), a.toString());
        assertTrue(a.body.path("Success").asBoolean(), a.toString());
        return a.body;
    }

    private static void assertError(int status, String code, RawClient.Answer a) {
        assertEquals(status, a.status, a.toString());
        assertEquals(code, a.code(), a.toString());
    }
}
