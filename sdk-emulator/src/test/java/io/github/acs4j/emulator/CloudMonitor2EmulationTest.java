package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor 2.0 (Cms 2024-03-30) over raw signed REST requests: each operation's happy path, its documented
 * errors in the service's camelCase shape, page-number paging with {@code total}, and state kept per account
 * and per workspace.
 */
class CloudMonitor2EmulationTest {
    private static final String UUID_UPPER = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
    private static AcsEmulator emulator;
    private static RoaClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
        client = RoaClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    // ---- contacts --------------------------------------------------------------------------------

    @Test
    void contactLifeCycle() {
        RawClient.Answer created = client.post("/contact", "CreateContact", "{\"name\":\"张三 ops\",\"email\":\"ops@example.com\","
                + "\"phone\":\"13800000000\",\"phoneCode\":\"+86\",\"lang\":\"zh_CN\",\"imUserIds\":{\"DING\":\"ding-1\"}}");
        assertEquals(200, created.status, created.toString());
        String id = created.text("contactId");
        assertTrue(id.matches("contact-[0-9a-f]{16}"), id);
        assertTrue(created.text("requestId").matches(UUID_UPPER), created.toString());
        assertEquals(created.text("requestId"), created.headers.get("x-acs-request-id"));

        JsonNode listed = client.get("/contact", "ListContacts").body;
        assertEquals(1, listed.get("total").asInt());
        assertEquals(1, listed.get("pageNumber").asInt());
        assertEquals(100, listed.get("pageSize").asInt());
        JsonNode c = listed.get("contacts").get(0);
        assertEquals(id, c.get("contactId").asText());
        assertEquals("张三 ops", c.get("name").asText());
        assertEquals("ops@example.com", c.get("email").asText());
        assertFalse(c.get("emailVerify").asBoolean());
        assertEquals("13800000000", c.get("phone").asText());
        assertEquals("ding-1", c.get("imUserIds").get("DING").asText());
        assertEquals("default-cms-" + emulator.account(emulator.accessKeyId()).uid() + "-cn-hangzhou", c.get("workspace").asText());
        assertTrue(c.get("updateTime").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), c.toString());
        assertEquals(0, c.get("groupList").size());
        assertFalse(c.has("phoneCode"), "phoneCode is not part of the list item");

        RawClient.Answer updated = client.patch("/contact/" + id, "UpdateContact", "{\"name\":\"renamed\",\"lang\":\"en_US\"}");
        assertEquals(200, updated.status, updated.toString());
        c = client.get("/contact", "ListContacts", "contactIds", "[\"" + id + "\"]").body.get("contacts").get(0);
        assertEquals("renamed", c.get("name").asText());
        assertEquals("en_US", c.get("lang").asText());
        assertEquals("ops@example.com", c.get("email").asText(), "fields not sent are kept");

        RawClient.Answer deleted = client.delete("/contacts", "DeleteContacts", "contactIds", "[\"" + id + "\",\"nope\"]");
        assertEquals(200, deleted.status, deleted.toString());
        assertEquals(1, deleted.body.get("deletedCount").asInt(), "only records actually deleted are counted");
        assertEquals(0, client.get("/contact", "ListContacts").body.get("total").asInt());
    }

    @Test
    void contactErrors() {
        assertEquals(200, client.post("/contact", "CreateContact", "{\"contactId\":\"testId\",\"name\":\"a\"}").status);
        assertError(400, "ResourceExist", client.post("/contact", "CreateContact", "{\"contactId\":\"testId\",\"name\":\"b\"}"));
        assertError(404, "ResourceNotFound", client.patch("/contact/missing", "UpdateContact", "{\"name\":\"x\"}"));
        assertError(400, "InvalidParameterValue", client.post("/contact", "CreateContact", "{\"lang\":\"zh-cn\"}"));
        assertError(400, "InvalidParameterValue", client.post("/contact", "CreateContact", "{\"email\":\"not-an-address\"}"));
        assertError(400, "InvalidParameterValue", client.post("/contact", "CreateContact", "{\"phone\":\"+1 555 0100\"}"));
        assertError(400, "InvalidParameterValue", client.post("/contact", "CreateContact", "{\"phoneCode\":\"china\"}"));
        assertError(400, "InvalidParameter", client.post("/contact", "CreateContact", "{\"imUserIds\":{\"DING\":42}}"));
        assertError(400, "InvalidParameter", client.post("/contact", "CreateContact", "{\"Name\":\"wrong case\"}"));
        assertError(400, "InvalidParameter", client.patch("/contact/testId", "UpdateContact", "{\"workspace\":\"w\"}"));
        assertError(400, "InvalidParameter", client.post("/contact", "CreateContact", "[\"not\",\"an object\"]"));
        assertError(400, "InvalidParameter", client.post("/contact", "CreateContact", "{\"name\":\"a\",\"name\":\"b\"}"));
        assertError(400, "InvalidParameter", client.get("/contact", "ListContacts", "contactIds", "a,b"));
        assertError(400, "InvalidParameter", client.get("/contact", "ListContacts", "pageSize", "0"));
        assertError(400, "InvalidParameter", client.get("/contact", "ListContacts", "ContactName", "x"));
        RawClient.Answer notFound = client.patch("/contact/missing", "UpdateContact", "{}");
        assertEquals(notFound.text("requestId"), notFound.headers.get("x-acs-request-id"));
        assertTrue(notFound.text("message").contains("missing"), notFound.toString());
    }

    @Test
    void contactFiltersAndPaging() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(client.post("/contact", "CreateContact", "{\"name\":\"ops-" + i + "\",\"email\":\"o" + i
                    + "@example.com\"}").text("contactId"));
        }
        JsonNode page2 = client.get("/contact", "ListContacts", "pageNumber", "2", "pageSize", "2").body;
        assertEquals(5, page2.get("total").asInt());
        assertEquals(2, page2.get("pageNumber").asInt());
        assertEquals(2, page2.get("pageSize").asInt());
        assertEquals(ids.get(2), page2.get("contacts").get(0).get("contactId").asText());
        assertEquals(ids.get(3), page2.get("contacts").get(1).get("contactId").asText());
        JsonNode page3 = client.get("/contact", "ListContacts", "pageNumber", "3", "pageSize", "2").body;
        assertEquals(1, page3.get("contacts").size());
        assertEquals(0, client.get("/contact", "ListContacts", "pageNumber", "4", "pageSize", "2").body.get("contacts").size());
        assertEquals(1, client.get("/contact", "ListContacts", "email", "o3@example.com").body.get("total").asInt());
        assertEquals(5, client.get("/contact", "ListContacts", "name", "ops-").body.get("total").asInt());

        String group = emulator.cloudMonitor2().putContactGroup("{\"name\":\"sre\",\"contactIds\":[\"" + ids.get(0) + "\"]}");
        assertEquals(1, client.get("/contact", "ListContacts", "groupId", group).body.get("total").asInt());
        assertEquals(4, client.get("/contact", "ListContacts", "queryUngroupedContacts", "true").body.get("total").asInt());
        JsonNode grouped = client.get("/contact", "ListContacts", "contactIds", "[\"" + ids.get(0) + "\"]").body;
        assertEquals(group, grouped.get("contacts").get(0).get("groupList").get(0).asText());
    }

    @Test
    void stateIsPerAccountAndWorkspace() {
        client.post("/contact", "CreateContact", "{\"name\":\"a\",\"workspace\":\"ws-a\"}");
        client.post("/contact", "CreateContact", "{\"name\":\"b\",\"workspace\":\"ws-b\"}");
        client.post("/contact", "CreateContact", "{\"name\":\"c\"}");
        assertEquals(3, client.get("/contact", "ListContacts").body.get("total").asInt());
        JsonNode a = client.get("/contact", "ListContacts", "workspace", "ws-a").body;
        assertEquals(1, a.get("total").asInt());
        assertEquals("a", a.get("contacts").get(0).get("name").asText());

        emulator.addAccount("OtherKey", "other-secret");
        RoaClient other = new RoaClient(emulator, "OtherKey", "other-secret");
        assertEquals(0, other.get("/contact", "ListContacts").body.get("total").asInt());
        assertEquals(200, other.post("/contact", "CreateContact", "{\"contactId\":\"same\",\"name\":\"x\"}").status);
        assertEquals(200, client.post("/contact", "CreateContact", "{\"contactId\":\"same\",\"name\":\"y\"}").status,
                "an ID is unique per account only");
    }

    // ---- contact groups --------------------------------------------------------------------------

    @Test
    void contactGroups() {
        String c1 = client.post("/contact", "CreateContact", "{\"name\":\"a\"}").text("contactId");
        String c2 = client.post("/contact", "CreateContact", "{\"name\":\"b\"}").text("contactId");
        String g = emulator.cloudMonitor2().putContactGroup("{\"name\":\"oncall\",\"contactIds\":[\"" + c1 + "\"],\"workspace\":\"ws\"}");
        assertTrue(g.matches("contactgroup-[0-9a-f]{16}"), g);

        JsonNode listed = client.get("/contactGroups", "ListContactGroups").body;
        assertEquals(1, listed.get("total").asInt());
        JsonNode group = listed.get("contactGroups").get(0);
        assertEquals(g, group.get("contactGroupId").asText());
        assertEquals("oncall", group.get("name").asText());
        assertEquals("ws", group.get("workspace").asText());
        assertEquals(c1, group.get("contactIds").get(0).asText());

        assertEquals(200, client.patch("/contactGroup/" + g, "UpdateContactGroup",
                "{\"name\":\"night\",\"contacts\":[\"" + c2 + "\",\"" + c1 + "\"]}").status);
        group = client.get("/contactGroups", "ListContactGroups", "contactGroupIds", "[\"" + g + "\"]").body.get("contactGroups").get(0);
        assertEquals("night", group.get("name").asText());
        assertEquals(2, group.get("contactIds").size());
        assertEquals(c2, group.get("contactIds").get(0).asText(), "contacts replaces the member list");

        assertError(404, "ResourceNotFound", client.patch("/contactGroup/nope", "UpdateContactGroup", "{\"name\":\"x\"}"));
        assertError(400, "InvalidParameterValue", client.patch("/contactGroup/" + g, "UpdateContactGroup", "{\"contacts\":[\"ghost\"]}"));
        assertError(400, "InvalidParameter", client.patch("/contactGroup/" + g, "UpdateContactGroup", "{\"contactIds\":[\"" + c1 + "\"]}"));
        assertEquals(0, client.get("/contactGroups", "ListContactGroups", "workspace", "other").body.get("total").asInt());

        client.delete("/contacts", "DeleteContacts", "contactIds", "[\"" + c2 + "\"]");
        group = client.get("/contactGroups", "ListContactGroups").body.get("contactGroups").get(0);
        assertEquals(1, group.get("contactIds").size(), "a deleted contact leaves its groups");
        assertThrows(IllegalArgumentException.class, () -> emulator.cloudMonitor2().putContactGroup("{\"contactIds\":[]}"));
    }

    // ---- robots ----------------------------------------------------------------------------------

    @Test
    void robotLifeCycle() {
        RawClient.Answer created = client.post("/robot", "CreateAlertRobot", "{\"type\":\"DING\",\"name\":\"钉钉 bot\","
                + "\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=abc\",\"robotSignKey\":\"SECxyz\",\"lang\":\"zh_CN\"}");
        assertEquals(200, created.status, created.toString());
        String id = created.text("alertRobotId");
        assertTrue(id.matches("robot-[0-9a-f]{16}"), id);
        client.post("/robot", "CreateAlertRobot", "{\"type\":\"FEISHU\",\"name\":\"lark\",\"robotId\":\"r-2\"}");

        JsonNode listed = client.get("/robots", "ListAlertRobots").body;
        assertEquals(2, listed.get("total").asInt());
        JsonNode r = listed.get("robots").get(0);
        assertEquals(id, r.get("robotId").asText());
        assertEquals("DING", r.get("type").asText());
        assertEquals("SECxyz", r.get("robotSignKey").asText());
        assertFalse(listed.get("robots").get(1).has("robotSignKey"), "omitted when no key was set");
        assertEquals(1, client.get("/robots", "ListAlertRobots", "types", "[\"FEISHU\"]").body.get("total").asInt());
        assertEquals(1, client.get("/robots", "ListAlertRobots", "name", "钉").body.get("total").asInt());
        assertEquals(0, client.get("/robots", "ListAlertRobots", "name", "bot").body.get("total").asInt(), "prefix match");

        assertEquals(200, client.patch("/robot/" + id, "UpdateAlertRobot", "{\"type\":\"WEIXIN\",\"name\":\"wecom\"}").status);
        r = client.get("/robots", "ListAlertRobots", "robotIds", "[\"" + id + "\"]").body.get("robots").get(0);
        assertEquals("WEIXIN", r.get("type").asText());
        assertEquals("wecom", r.get("name").asText());

        assertEquals(200, client.delete("/robots", "DeleteAlertRobots", "robotIds", "[\"" + id + "\",\"r-2\"]", "type", "WEIXIN").status);
        listed = client.get("/robots", "ListAlertRobots").body;
        assertEquals(1, listed.get("total").asInt(), "type narrows the deletion");
        assertEquals("r-2", listed.get("robots").get(0).get("robotId").asText());
    }

    @Test
    void robotErrors() {
        assertError(400, "InvalidParameter", client.post("/robot", "CreateAlertRobot", "{\"name\":\"no type\"}"));
        assertError(400, "InvalidParameterValue", client.post("/robot", "CreateAlertRobot", "{\"type\":\"dingtalk\"}"));
        assertError(400, "InvalidParameter", client.post("/robot", "CreateAlertRobot",
                "{\"type\":\"DING\",\"webhook\":\"https://x.example.com\"}"));
        assertError(400, "InvalidParameterValue", client.post("/robot", "CreateAlertRobot", "{\"type\":\"DING\",\"url\":\"ftp://x\"}"));
        client.post("/robot", "CreateAlertRobot", "{\"type\":\"DING\",\"robotId\":\"r-1\"}");
        assertError(400, "ResourceExist", client.post("/robot", "CreateAlertRobot", "{\"type\":\"SLACK\",\"robotId\":\"r-1\"}"));
        assertError(404, "ResourceNotFound", client.patch("/robot/r-9", "UpdateAlertRobot", "{\"name\":\"x\"}"));
        assertError(400, "InvalidParameter", client.delete("/robots", "DeleteAlertRobots"));
        RawClient.Answer refused = client.post("/robot", "CreateAlertRobot", "{\"type\":\"bad\",\"robotSignKey\":\"SECRET-KEY-1\"}");
        assertFalse(refused.body.toString().contains("SECRET-KEY-1"), "a robot's signing key is never echoed");
    }

    // ---- webhooks --------------------------------------------------------------------------------

    @Test
    void webhookLifeCycle() {
        RawClient.Answer created = client.post("/webhook", "CreateAlertWebhook", "{\"name\":\"回调\",\"url\":\"https://hooks.example.com/cb\","
                + "\"method\":\"POST\",\"headers\":{\"X-Token\":\"t\"},\"lang\":\"en_US\",\"workspace\":\"ws\"}");
        assertEquals(200, created.status, created.toString());
        String id = created.text("alertWebhookId");
        assertTrue(id.matches("webhook-[0-9a-f]{16}"), id);

        JsonNode w = client.get("/webhooks", "ListAlertWebhooks", "workspace", "ws").body.get("webhooks").get(0);
        assertEquals(id, w.get("webhookId").asText());
        assertEquals("JSON", w.get("contentType").asText(), "the documented default");
        assertEquals("POST", w.get("method").asText());
        assertEquals("t", w.get("headers").get("X-Token").asText());
        assertEquals("ws", w.get("workspace").asText());

        assertEquals(200, client.patch("/webhook/" + id, "UpdateAlertWebhook", "{\"method\":\"GET\",\"contentType\":\"FORM\"}").status);
        w = client.get("/webhooks", "ListAlertWebhooks", "webhookIds", "[\"" + id + "\"]").body.get("webhooks").get(0);
        assertEquals("GET", w.get("method").asText());
        assertEquals("FORM", w.get("contentType").asText());

        assertEquals(200, client.delete("/webhooks", "DeleteAlertWebhooks", "webhookIds", "[\"" + id + "\"]").status);
        assertEquals(0, client.get("/webhooks", "ListAlertWebhooks").body.get("total").asInt());
    }

    @Test
    void webhookErrorsAndPaging() {
        assertError(400, "InvalidParameter", client.post("/webhook", "CreateAlertWebhook", "{\"url\":\"https://h.example.com\"}"));
        assertError(400, "InvalidParameter", client.post("/webhook", "CreateAlertWebhook", "{\"name\":\"n\"}"));
        assertError(400, "InvalidParameterValue", client.post("/webhook", "CreateAlertWebhook",
                "{\"name\":\"n\",\"url\":\"https://h.example.com\",\"method\":\"PUT\"}"));
        assertError(400, "InvalidParameterValue", client.post("/webhook", "CreateAlertWebhook",
                "{\"name\":\"n\",\"url\":\"https://h.example.com\",\"contentType\":\"XML\"}"));
        client.post("/webhook", "CreateAlertWebhook", "{\"name\":\"n\",\"url\":\"https://h.example.com\",\"webhookId\":\"w-1\"}");
        assertError(400, "ResourceExist", client.post("/webhook", "CreateAlertWebhook",
                "{\"name\":\"n\",\"url\":\"https://h.example.com\",\"webhookId\":\"w-1\"}"));
        assertError(404, "ResourceNotFound", client.patch("/webhook/w-9", "UpdateAlertWebhook", "{\"name\":\"x\"}"));
        assertError(400, "InvalidParameter", client.delete("/webhooks", "DeleteAlertWebhooks"));
        for (int i = 2; i <= 3; i++) {
            client.post("/webhook", "CreateAlertWebhook", "{\"name\":\"n" + i + "\",\"url\":\"https://h.example.com\"}");
        }
        JsonNode page = client.get("/webhooks", "ListAlertWebhooks", "pageNumber", "2", "pageSize", "2").body;
        assertEquals(3, page.get("total").asInt());
        assertEquals(1, page.get("webhooks").size());
        assertEquals("n3", page.get("webhooks").get(0).get("name").asText());
    }

    // ---- on-call reads ---------------------------------------------------------------------------

    @Test
    void oncallReads() {
        String id = emulator.cloudMonitor2().putOncallSchedule("{\"oncallScheduleName\":\"sre week\",\"rotations\":[{"
                + "\"rotationName\":\"day\",\"contacts\":[\"c-1\",\"c-2\"],\"activeDays\":[1,2,3,4,5],"
                + "\"rotationStartTime\":\"09:00\",\"rotationEndTime\":\"18:00\",\"shiftRecurrenceFrequency\":\"WEEKLY\","
                + "\"startDate\":\"2026-01-05\",\"timeZone\":\"Asia/Shanghai\"}]}");
        emulator.cloudMonitor2().putOncallSchedule("{\"oncallScheduleId\":\"s-2\",\"oncallScheduleName\":\"other\",\"workspace\":\"ws\"}");

        JsonNode listed = client.get("/oncallSchedules", "ListOncallSchedules").body;
        assertEquals(2, listed.get("total").asInt());
        assertEquals(id, listed.get("oncallSchedules").get(0).get("oncallScheduleId").asText());
        assertEquals(1, client.get("/oncallSchedules", "ListOncallSchedules", "workspace", "ws").body.get("total").asInt());
        assertEquals(1, client.get("/oncallSchedules", "ListOncallSchedules", "oncallScheduleName", "sre").body.get("total").asInt());
        JsonNode page2 = client.get("/oncallSchedules", "ListOncallSchedules", "pageNumber", "2", "pageSize", "1").body;
        assertEquals("s-2", page2.get("oncallSchedules").get(0).get("oncallScheduleId").asText());

        RawClient.Answer got = client.get("/oncallSchedule/" + id, "GetOncallSchedule");
        assertEquals(200, got.status, got.toString());
        assertEquals("sre week", got.text("oncallScheduleName"));
        assertEquals("WEEKLY", got.body.get("rotations").get(0).get("shiftRecurrenceFrequency").asText());
        assertTrue(got.text("requestId").matches(UUID_UPPER));

        // Monday 2026-01-05 10:00 in Shanghai = 02:00 UTC: week 0, first contact
        assertOnDuty(id, "1767578400000", "c-1");
        // one week later, same hour: the second contact's turn
        assertOnDuty(id, String.valueOf(1767578400000L + 7L * 86_400_000L), "c-2");
        // the same Monday at 20:00 Shanghai: outside the shift
        assertOnDuty(id, String.valueOf(1767578400000L + 10L * 3_600_000L));
        // Sunday 2026-01-11: not an active day
        assertOnDuty(id, String.valueOf(1767578400000L + 6L * 86_400_000L));

        assertError(404, "ResourceNotFound", client.get("/oncallSchedule/nope", "GetOncallSchedule"));
        assertError(404, "ResourceNotFound", client.get("/oncallSchedule/nope/contacts", "ListOncallContacts"));
        assertError(400, "InvalidParameter", client.get("/oncallSchedule/" + id + "/contacts", "ListOncallContacts",
                "timestamp", "yesterday"));
        assertThrows(IllegalArgumentException.class, () -> emulator.cloudMonitor2().putOncallSchedule(
                "{\"oncallScheduleName\":\"x\",\"rotations\":[{\"activeDays\":[8]}]}"));
        assertThrows(IllegalArgumentException.class, () -> emulator.cloudMonitor2().putOncallSchedule("OtherKey?", "{}"));
    }

    private static void assertOnDuty(String scheduleId, String timestamp, String... contactIds) {
        RawClient.Answer a = client.get("/oncallSchedule/" + scheduleId + "/contacts", "ListOncallContacts", "timestamp", timestamp);
        assertEquals(200, a.status, a.toString());
        List<String> actual = new ArrayList<>();
        for (JsonNode id : a.body.get("contactIds")) {
            actual.add(id.asText());
        }
        assertEquals(java.util.Arrays.asList(contactIds), actual, "on duty at " + timestamp);
    }

    /** The service's error shape: HTTP status, camelCase {@code code}, {@code message}, {@code requestId}. */
    static void assertError(int status, String code, RawClient.Answer a) {
        assertEquals(status, a.status, a.toString());
        assertEquals(code, a.body.path("code").asText(), a.toString());
        assertFalse(a.body.path("message").asText("").isEmpty(), a.toString());
        assertTrue(a.body.path("requestId").asText("").matches(UUID_UPPER), a.toString());
    }
}
