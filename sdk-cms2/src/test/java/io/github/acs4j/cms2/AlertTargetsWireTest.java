package io.github.acs4j.cms2;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acs4j.cms2.model.AlertRobot;
import io.github.acs4j.cms2.model.AlertRobotType;
import io.github.acs4j.cms2.model.AlertWebhook;
import io.github.acs4j.cms2.model.ContactGroup;
import io.github.acs4j.cms2.model.CreateAlertWebhookRequest;
import io.github.acs4j.cms2.model.ListAlertRobotsResponse;
import io.github.acs4j.cms2.model.ListAlertWebhooksResponse;
import io.github.acs4j.cms2.model.ListContactGroupsResponse;
import io.github.acs4j.cms2.model.WebhookContentType;
import io.github.acs4j.cms2.model.WebhookMethod;
import io.github.acs4j.core.exception.AcsClientException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contact groups, alert robots and alert webhooks of CloudMonitor 2.0 as they cross the wire. */
class AlertTargetsWireTest extends Cms2WireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Test
    void contactGroupsAreListedAndPatched() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"pageNumber\":1,\"pageSize\":100,\"total\":1,"
                + "\"contactGroups\":[{\"contactGroupId\":\"g-1\",\"name\":\"dba\",\"contactIds\":[\"c-1\"],\"workspace\":\"ws\"}]}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            ListContactGroupsResponse list = cms.listContactGroups(l -> l.contactGroupIds("g-1", "g-2").name("dba"));
            ContactGroup g = list.contactGroups().get(0);
            assertEquals("g-1", g.contactGroupId());
            assertEquals(Collections.singletonList("c-1"), g.contactIds());
            cms.updateContactGroup(u -> u.contactGroupId("g-1").name("dba team").contacts("c-1", "c-2"));
        }
        RecordedRequest list = server.takeRequest();
        assertEquals("GET", list.getMethod());
        assertEquals("/contactGroups", list.getRequestUrl().encodedPath());
        assertEquals("[\"g-1\",\"g-2\"]", list.getRequestUrl().queryParameter("contactGroupIds"));
        Cms2TestSupport.assertSignedAcs3(list, "ListContactGroups");
        RecordedRequest patch = server.takeRequest();
        assertEquals("PATCH", patch.getMethod());
        assertEquals("/contactGroup/g-1", patch.getPath());
        assertEquals(JSON.readTree("{\"name\":\"dba team\",\"contacts\":[\"c-1\",\"c-2\"]}"),
                JSON.readTree(Cms2TestSupport.body(patch)));
        Cms2TestSupport.assertSignedAcs3(patch, "UpdateContactGroup");
    }

    @Test
    void robotsAreCreatedWithTheUrlKeyListedByTypesAndDeleted() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"alertRobotId\":\"r-1\"}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\",\"pageNumber\":1,\"pageSize\":100,\"total\":1,"
                + "\"robots\":[{\"robotId\":\"r-1\",\"name\":\"ops\",\"type\":\"DING\",\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=tok123\","
                + "\"lang\":\"zh_CN\",\"robotSignKey\":\"SECsign\",\"digitalEmployeeName\":\"apsara-ops\",\"workspace\":\"ws\"}]}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-3\"}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-4\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            assertEquals("r-1", cms.createAlertRobot(r -> r.type(AlertRobotType.DING).name("ops")
                    .url("https://oapi.dingtalk.com/robot/send?access_token=tok123").robotSignKey("SECsign").lang("zh_CN"))
                    .alertRobotId());
            ListAlertRobotsResponse list = cms.listAlertRobots(l -> l.types(AlertRobotType.DING, AlertRobotType.FEISHU));
            AlertRobot robot = list.robots().get(0);
            assertEquals("DING", robot.type());
            assertEquals("SECsign", robot.robotSignKey());
            assertFalse(robot.toString().contains("tok123") || robot.toString().contains("SECsign"), robot.toString());
            cms.updateAlertRobot(u -> u.robotId("r-1").name("ops 2"));
            cms.deleteAlertRobots(d -> d.robotIds("r-1").type(AlertRobotType.DING));
        }
        RecordedRequest create = server.takeRequest();
        assertEquals("POST", create.getMethod());
        assertEquals("/robot", create.getPath());
        assertEquals(JSON.readTree("{\"type\":\"DING\",\"name\":\"ops\",\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=tok123\","
                + "\"robotSignKey\":\"SECsign\",\"lang\":\"zh_CN\"}"), JSON.readTree(Cms2TestSupport.body(create)));
        Cms2TestSupport.assertSignedAcs3(create, "CreateAlertRobot");
        RecordedRequest list = server.takeRequest();
        assertEquals("/robots", list.getRequestUrl().encodedPath());
        assertEquals("[\"DING\",\"FEISHU\"]", list.getRequestUrl().queryParameter("types"));
        RecordedRequest update = server.takeRequest();
        assertEquals("PATCH", update.getMethod());
        assertEquals("/robot/r-1", update.getPath());
        RecordedRequest delete = server.takeRequest();
        assertEquals("DELETE", delete.getMethod());
        assertEquals("[\"r-1\"]", delete.getRequestUrl().queryParameter("robotIds"));
        assertEquals("DING", delete.getRequestUrl().queryParameter("type"));
    }

    @Test
    void aRobotNeedsADocumentedType() {
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            AcsClientException missing = assertThrows(AcsClientException.class, () -> cms.createAlertRobot(r -> r.name("x")));
            assertTrue(missing.getMessage().contains("type"), missing.getMessage());
            AcsClientException unknown = assertThrows(AcsClientException.class, () -> cms.createAlertRobot(r -> r.type("ding")));
            assertTrue(unknown.getMessage().contains("DING"), unknown.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void webhooksCarryTheirHeadersAsAJsonObjectAndReadNumbersAsText() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"alertWebhookId\":\"w-1\"}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\",\"pageNumber\":1,\"pageSize\":10,\"total\":1,"
                + "\"webhooks\":[{\"webhookId\":\"w-1\",\"name\":\"ops\",\"url\":\"https://hooks.example.com/a?token=t0k\","
                + "\"method\":\"POST\",\"contentType\":\"JSON\",\"headers\":{\"X-Token\":\"s3cr3t\",\"X-Retry\":3},"
                + "\"lang\":\"en_US\",\"workspace\":\"ws\"}]}"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Token", "s3cr3t");
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            CreateAlertWebhookRequest rq = CreateAlertWebhookRequest.builder().name("ops")
                    .url("https://hooks.example.com/a?token=t0k").method(WebhookMethod.POST)
                    .contentType(WebhookContentType.JSON).headers(headers).lang("en_US").build();
            assertFalse(rq.toString().contains("s3cr3t") || rq.toString().contains("t0k"), rq.toString());
            assertEquals("w-1", cms.createAlertWebhook(rq).alertWebhookId());
            ListAlertWebhooksResponse list = cms.listAlertWebhooks(l -> l.webhookIds("w-1").pageSize(10));
            AlertWebhook w = list.webhooks().get(0);
            Map<String, String> read = new LinkedHashMap<>();
            read.put("X-Token", "s3cr3t");
            read.put("X-Retry", "3");
            assertEquals(read, w.headers());
        }
        RecordedRequest create = server.takeRequest();
        assertEquals("/webhook", create.getPath());
        assertEquals(JSON.readTree("{\"name\":\"ops\",\"url\":\"https://hooks.example.com/a?token=t0k\",\"method\":\"POST\","
                + "\"contentType\":\"JSON\",\"headers\":{\"X-Token\":\"s3cr3t\"},\"lang\":\"en_US\"}"),
                JSON.readTree(Cms2TestSupport.body(create)));
        Cms2TestSupport.assertSignedAcs3(create, "CreateAlertWebhook");
        RecordedRequest list = server.takeRequest();
        assertEquals("/webhooks", list.getRequestUrl().encodedPath());
        assertEquals(Arrays.asList("[\"w-1\"]"), list.getRequestUrl().queryParameterValues("webhookIds"));
    }

    @Test
    void webhookUpdateAndDeleteUseTheirPaths() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\"}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            cms.updateAlertWebhook(u -> u.webhookId("w/1").method("GET"));
            cms.deleteAlertWebhooks(d -> d.webhookIds("w-1", "w-2"));
        }
        RecordedRequest update = server.takeRequest();
        assertEquals("PATCH", update.getMethod());
        assertEquals("/webhook/w%2F1", update.getPath());
        assertEquals("{\"method\":\"GET\"}", Cms2TestSupport.body(update));
        RecordedRequest delete = server.takeRequest();
        assertEquals("DELETE", delete.getMethod());
        assertEquals("[\"w-1\",\"w-2\"]", delete.getRequestUrl().queryParameter("webhookIds"));
        Cms2TestSupport.assertSignedAcs3(delete, "DeleteAlertWebhooks");
    }
}
