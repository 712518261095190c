package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.acs4j.emulator.ArmsCalls.names;
import static io.github.acs4j.emulator.ArmsCalls.ok;
import static io.github.acs4j.emulator.ArmsCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's notification-center webhook contacts and IM robots, over raw HTTP: create without an ID and update
 * with one, every parameter of the create in the body, DescribeWebhookContacts by GET with its parameters in
 * the query, headers as text in one answer and as objects in the other, the robot's documented checks.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ArmsWebhookAndRobotEmulationTest {
    private static final String HOOK = "https://hooks.example.com/alert";
    private ArmsCalls arms;

    @BeforeEach
    void forget(AcsEmulator shared) {
        shared.reset();
        arms = new ArmsCalls(shared);
    }

    @Test
    void webhookContactLifeCycleWithDescribeByGet() {
        RawClient.Answer created = ok(arms.split("CreateOrUpdateWebhookContact", names(), "WebhookName", "hook",
                "Method", "Post", "Url", HOOK, "Body", "{\"text\":\"$content\"}", "RecoverBody", "{\"text\":\"ok\"}",
                "BizHeaders", "[{\"Content-Type\":\"application/json\"}]", "BizParams", "[{\"content\":\"mike\"}]"));
        JsonNode w = created.body.path("WebhookContact");
        assertTrue(w.path("WebhookId").isIntegralNumber(), created.toString());
        assertEquals("[{\"Content-Type\":\"application/json\"}]", w.path("Webhook").path("BizHeaders").asText(),
                "the create answer gives the headers as text: " + w);
        long id = w.path("WebhookId").asLong();

        JsonNode listed = ok(arms.get("DescribeWebhookContacts", "Page", "1", "Size", "10", "ContactIds", String.valueOf(id)))
                .body.path("PageBean");
        assertEquals(1, listed.path("Total").asInt());
        JsonNode hook = listed.path("WebhookContacts").get(0).path("Webhook");
        assertEquals("application/json", hook.path("BizHeaders").path("Content-Type").asText(),
                "Describe gives the headers as an object: " + hook);
        assertEquals("mike", hook.path("BizParams").path("content").asText());
        assertEquals("Post", hook.path("Method").asText());
        assertEquals("{\"text\":\"ok\"}", hook.path("RecoverBody").asText());

        JsonNode updated = ok(arms.post("CreateOrUpdateWebhookContact", "WebhookId", String.valueOf(id),
                "WebhookName", "hook2", "Method", "Get", "Url", HOOK + "?v=2")).body.path("WebhookContact");
        assertEquals(id, updated.path("WebhookId").asLong());
        JsonNode byName = ok(arms.get("DescribeWebhookContacts", "WebhookName", "hook2")).body.path("PageBean");
        assertEquals(1, byName.path("Total").asInt());
        assertEquals("Get", byName.path("WebhookContacts").get(0).path("Webhook").path("Method").asText());

        assertTrue(ok(arms.post("DeleteWebhookContact", "WebhookId", String.valueOf(id))).body.path("IsSuccess").asBoolean());
        assertEquals(0, ok(arms.get("DescribeWebhookContacts")).body.path("PageBean").path("Total").asInt());
        refused(404, "WebhookNotExists", arms.post("DeleteWebhookContact", "WebhookId", String.valueOf(id)));
        refused(404, "WebhookNotExists", arms.post("CreateOrUpdateWebhookContact", "WebhookId", String.valueOf(id),
                "WebhookName", "x", "Method", "Get", "Url", HOOK));
    }

    @Test
    void webhookContactsValidateAsDocumented() {
        refused(400, "MissingParameter", arms.post("CreateOrUpdateWebhookContact", "Method", "Get", "Url", HOOK));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Url", HOOK));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Method", "Get"));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Method", "Post",
                "Url", HOOK));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Method", "Post",
                "Url", HOOK, "Body", ArmsAlertGroupEmulationTest.repeat('b', 501)));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Method", "Get",
                "Url", "ftp://hooks.example.com"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h", "Method", "Get",
                "Url", HOOK, "BizHeaders", "Content-Type: application/json"));
        refused(400, "MissingParameter", arms.post("DeleteWebhookContact"));
        assertEquals(0, ok(arms.get("DescribeWebhookContacts")).body.path("PageBean").path("Total").asInt());
    }

    @Test
    void webhookContactsPage() {
        for (int i = 0; i < 3; i++) {
            ok(arms.post("CreateOrUpdateWebhookContact", "WebhookName", "h" + i, "Method", "Get", "Url", HOOK));
        }
        JsonNode first = ok(arms.get("DescribeWebhookContacts", "Page", "1", "Size", "2")).body.path("PageBean");
        assertEquals(2, first.path("WebhookContacts").size());
        assertEquals(3, first.path("Total").asInt());
        JsonNode second = ok(arms.get("DescribeWebhookContacts", "Page", "2", "Size", "2")).body.path("PageBean");
        assertEquals("h2", second.path("WebhookContacts").get(0).path("WebhookName").asText());
        JsonNode byDefault = ok(arms.get("DescribeWebhookContacts")).body.path("PageBean");
        assertEquals(1, byDefault.path("Page").asInt());
        assertEquals(ArmsPaging.DEFAULT_SIZE, byDefault.path("Size").asInt());
        refused(400, "InvalidParameter", arms.get("DescribeWebhookContacts", "Size", "0"));
    }

    @Test
    void robotLifeCycle() {
        JsonNode created = ok(arms.split("CreateOrUpdateIMRobot", names(), "RobotName", "ding", "Type", "dingding",
                "RobotAddress", "https://oapi.dingtalk.com/robot/send?access_token=t", "DailyNoc", "true",
                "DailyNocTime", "09:30,17:00", "DingSignKey", "SECsign", "Token", "tok", "EnableOutgoing", "true",
                "CardTemplate", "{\"button\":[\"claim\"]}")).body.path("AlertRobot");
        assertTrue(created.path("RobotId").isIntegralNumber(), created.toString());
        assertEquals("https://oapi.dingtalk.com/robot/send?access_token=t", created.path("RobotAddress").asText());
        assertEquals("tok", created.path("Token").asText());
        assertTrue(created.path("EnableOutgoing").asBoolean());
        long id = created.path("RobotId").asLong();

        JsonNode listed = ok(arms.post("DescribeIMRobots", "Page", "1", "Size", "10")).body.path("PageBean");
        assertEquals(1, listed.path("Total").asInt());
        JsonNode r = listed.path("AlertIMRobots").get(0);
        assertEquals("https://oapi.dingtalk.com/robot/send?access_token=t", r.path("RobotAddr").asText(),
                "Describe names the address RobotAddr: " + r);
        assertTrue(r.path("CreateTime").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
                "CreateTime is text like 2023-01-16 17:21:48: " + r);
        assertTrue(r.path("DispatchRules").isArray());
        assertEquals("09:30,17:00", r.path("DailyNocTime").asText());

        JsonNode updated = ok(arms.post("CreateOrUpdateIMRobot", "RobotId", String.valueOf(id), "RobotName", "lark",
                "Type", "feishu", "RobotAddress", "https://open.feishu.cn/open-apis/bot/v2/hook/x")).body.path("AlertRobot");
        assertEquals(id, updated.path("RobotId").asLong());
        assertTrue(updated.path("DailyNoc").asBoolean(), "what the update leaves out is kept");
        ok(arms.post("CreateOrUpdateIMRobot", "RobotName", "wecom", "Type", "wechat",
                "RobotAddress", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"));
        assertEquals(1, ok(arms.post("DescribeIMRobots", "RobotIds", String.valueOf(id))).body.path("PageBean").path("Total").asInt());
        assertEquals("wecom", ok(arms.post("DescribeIMRobots", "RobotName", "wec")).body.path("PageBean")
                .path("AlertIMRobots").get(0).path("RobotName").asText());
        JsonNode second = ok(arms.post("DescribeIMRobots", "Page", "2", "Size", "1")).body.path("PageBean");
        assertEquals(2, second.path("Total").asInt());
        assertEquals(1, second.path("AlertIMRobots").size());

        assertTrue(ok(arms.post("DeleteIMRobot", "RobotId", String.valueOf(id))).body.path("IsSuccess").asBoolean());
        refused(404, "IMRobotNotExists", arms.post("DeleteIMRobot", "RobotId", String.valueOf(id)));
        refused(404, "IMRobotNotExists", arms.post("CreateOrUpdateIMRobot", "RobotId", String.valueOf(id), "RobotName", "x",
                "Type", "dingding", "RobotAddress", "https://oapi.dingtalk.com/robot/send"));
    }

    @Test
    void robotsValidateAsDocumented() {
        String addr = "https://oapi.dingtalk.com/robot/send?access_token=t";
        refused(400, "MissingParameter", arms.post("CreateOrUpdateIMRobot", "Type", "dingding", "RobotAddress", addr));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "RobotAddress", addr));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "Type", "dingding"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "Type", "slack",
                "RobotAddress", addr));
        refused(400, "MissingParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "Type", "dingding",
                "RobotAddress", addr, "DailyNoc", "true"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "Type", "dingding",
                "RobotAddress", addr, "DailyNoc", "true", "DailyNocTime", "9am"));
        refused(400, "InvalidParameter", arms.post("CreateOrUpdateIMRobot", "RobotName", "r", "Type", "dingding",
                "RobotAddress", "oapi.dingtalk.com"));
        refused(400, "MissingParameter", arms.post("DeleteIMRobot"));
        assertEquals(0, ok(arms.post("DescribeIMRobots")).body.path("PageBean").path("Total").asInt(),
                "a refused create leaves nothing behind");
    }

    @Test
    void acs3SignedRequestsReachTheNewOperationsToo(AcsEmulator emulator) {
        RawClient.Answer created = ok(RawClient.of(emulator).postV3("CreateOrUpdateIMRobot", ArmsCalls.V, RawClient.params(
                "RobotName", "v3", "Type", "wechat", "RobotAddress", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")));
        assertEquals("v3", created.body.path("AlertRobot").path("RobotName").asText());
        assertEquals(1, ok(arms.get("DescribeIMRobots")).body.path("PageBean").path("Total").asInt());
    }
}
