package io.github.acs4j.arms;

import io.github.acs4j.arms.model.CreateOrUpdateContactGroupResponse;
import io.github.acs4j.arms.model.CreateOrUpdateContactRequest;
import io.github.acs4j.arms.model.CreateOrUpdateContactResponse;
import io.github.acs4j.arms.model.CreateOrUpdateIMRobotResponse;
import io.github.acs4j.arms.model.CreateOrUpdateWebhookContactResponse;
import io.github.acs4j.arms.model.DescribeWebhookContactsResponse;
import io.github.acs4j.arms.model.IMRobotType;
import io.github.acs4j.arms.model.WebhookMethod;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Acs3Request;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.TreeMap;

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notification-center writes (CreateOrUpdate*, SendTTSVerifyLink) and the GET DescribeWebhookContacts on
 * the wire: V1 sends every parameter in the form body (a GET in the URL); V3 puts the body-positioned
 * parameters in the body and the others in the query, as Alibaba's SDK does; a CreateOrUpdate without its ID
 * is never repeated once it may have arrived, with its ID it is. Facts: arms-facts.md C-F.
 */
class NotificationCenterWritesWireTest extends OnMockServer {
    static final String ROBOT_URL = "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789";
    static final String CONTACT_ANSWER = "{\"RequestId\":\"r1\",\"AlertContact\":{\"ContactId\":123.0,"
            + "\"ContactName\":\"Alice\",\"Phone\":\"13800001234\",\"Email\":\"alice@example.com\",\"IsVerify\":false,"
            + "\"ReissueSendNotice\":3,\"DingRobotUrl\":\"" + ROBOT_URL + "\",\"isEmailVerify\":true}}";

    ArmsClient armsV3;

    @BeforeEach
    void startV3() {
        armsV3 = ArmsTestSupport.client(server).signatureVersion(SignatureVersion.V3).build();
    }

    @AfterEach
    void stopV3() {
        armsV3.close();
    }

    private static CreateOrUpdateContactRequest alice(Long id) {
        return CreateOrUpdateContactRequest.builder().contactId(id).contactName("Alice").phone("13800001234")
                .email("alice@example.com").reissueSendNotice(2L).isEmailVerify(true).dingRobotUrl(ROBOT_URL)
                .resourceGroupId("rg-1").build();
    }

    @Test
    void createOrUpdateContactSendsEveryParameterAndReadsTheAnswer() throws Exception {
        server.enqueue(Bodies.json(200, CONTACT_ANSWER));
        CreateOrUpdateContactResponse r = arms.createOrUpdateContact(alice(null));
        assertEquals(params("ContactName", "Alice", "Phone", "13800001234", "Email", "alice@example.com",
                "ReissueSendNotice", "2", "IsEmailVerify", "true", "DingRobotUrl", ROBOT_URL,
                "ResourceGroupId", "rg-1"),
                sent(server, "CreateOrUpdateContact").operationParams());
        assertEquals(123L, r.contactId());
        assertTrue(r.isEmailVerify(), "the answer's lower-case isEmailVerify");
        assertEquals(3L, r.reissueSendNotice());
        assertFalse(r.toString().contains("abcdef0123456789") || r.toString().contains("alice@example.com"), r.toString());
    }

    @Test
    void underV3TheBodyPositionedParametersTravelInTheBody() throws Exception {
        server.enqueue(Bodies.json(200, CONTACT_ANSWER));
        armsV3.createOrUpdateContact(alice(123L));
        Acs3Request rq = Acs3Request.of(server.takeRequest());
        assertTrue(rq.verifies(ArmsTestSupport.SECRET), "ACS3 signature verifies");
        assertEquals(params("ContactId", "123", "ContactName", "Alice", "Phone", "13800001234",
                "Email", "alice@example.com", "ReissueSendNotice", "2", "IsEmailVerify", "true"), rq.body());
        assertEquals(params("DingRobotUrl", ROBOT_URL, "ResourceGroupId", "rg-1"), rq.query());
    }

    @Test
    void aCreateIsNeverRepeatedButAnUpdateIsAfterADrop() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateContact(alice(null)));
        assertEquals(1, server.getRequestCount(), "without ContactId: a create, sent once");

        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, CONTACT_ANSWER));
        assertEquals(123L, arms.createOrUpdateContact(alice(123L)).contactId());
        assertEquals(3, server.getRequestCount(), "with ContactId: an update, repeated");

        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateIMRobot(b -> b.robotName("bot")
                .type(IMRobotType.DINGTALK).robotAddress(ROBOT_URL)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateContactGroup(b -> b.contactGroupName("ops")));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateWebhookContact(b -> b.webhookName("hook")
                .method(WebhookMethod.GET).url(ROBOT_URL)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.sendTTSVerifyLink(b -> b.contactId(123L).phone("13800001234")));
        assertEquals(7, server.getRequestCount(), "the other creates and the message sender: once each");
    }

    @Test
    void theAsyncClientLikewiseNeverRepeatsACreateButRepeatsAnUpdate() throws Exception {
        try (ArmsAsyncClient async = ArmsTestSupport.asyncClient(server).build()) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> async.createOrUpdateContact(alice(null)).get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof AcsClientException, e.toString());
            assertEquals(1, server.getRequestCount());

            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            server.enqueue(Bodies.json(200, CONTACT_ANSWER));
            assertEquals(123L, async.createOrUpdateContact(alice(123L)).get(10, java.util.concurrent.TimeUnit.SECONDS)
                    .contactId());
            assertEquals(3, server.getRequestCount());
        }
    }

    @Test
    void sendTtsVerifyLinkSendsBothInTheBody() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"IsSuccess\":true}"));
        assertTrue(armsV3.sendTTSVerifyLink(b -> b.contactId(123L).phone("13800001234")).isSuccess());
        Acs3Request rq = Acs3Request.of(server.takeRequest());
        assertEquals(params("ContactId", "123", "Phone", "13800001234"), rq.body());
        assertEquals(params(), rq.query());
    }

    @Test
    void contactGroupIdsTravelCommaSeparatedAndTheAnswersListIsKeptAsText() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"AlertContactGroup\":{\"ContactGroupId\":7.0,"
                + "\"ContactGroupName\":\"ops\",\"ContactIds\":[1,2,3]}}"));
        CreateOrUpdateContactGroupResponse r = armsV3.createOrUpdateContactGroup(b -> b.contactGroupName("ops")
                .contactIds(1L, 2L, 3L));
        assertEquals(7L, r.contactGroupId());
        assertEquals("[1,2,3]", r.contactIds());
        assertEquals(params("ContactGroupName", "ops", "ContactIds", "1,2,3"), Acs3Request.of(server.takeRequest()).body());
    }

    @Test
    void webhookContactsWriteInTheBodyAndListWithGet() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"WebhookContact\":{\"WebhookId\":5,\"WebhookName\":\"hook\","
                + "\"Webhook\":{\"Method\":\"Post\",\"Url\":\"" + ROBOT_URL + "\",\"BizHeaders\":\"[{\\\"X\\\":\\\"1\\\"}]\","
                + "\"Body\":\"$content\"}}}"));
        CreateOrUpdateWebhookContactResponse w = arms.createOrUpdateWebhookContact(b -> b.webhookName("hook")
                .method(WebhookMethod.POST).url(ROBOT_URL).bizHeaders("[{\"X\":\"1\"}]").body("$content"));
        assertEquals("[{\"X\":\"1\"}]", w.webhook().bizHeaders());
        assertEquals(params("WebhookName", "hook", "Method", "Post", "Url", ROBOT_URL, "BizHeaders", "[{\"X\":\"1\"}]",
                "Body", "$content"), sent(server, "CreateOrUpdateWebhookContact").operationParams());

        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"Page\":1,\"Size\":10,\"Total\":1,"
                + "\"WebhookContacts\":[{\"WebhookId\":5.0,\"WebhookName\":\"hook\",\"Webhook\":{\"Method\":\"Post\","
                + "\"Url\":\"" + ROBOT_URL + "\",\"BizHeaders\":{\"Authorization\":\"Bearer hdr-secret\"},"
                + "\"BizParams\":{\"a\":\"b\"}}}]}}"));
        DescribeWebhookContactsResponse list = arms.describeWebhookContacts(d -> d.webhookName("hook").contactIds(5L, 6L)
                .page(1).size(10));
        RecordedRequest get = server.takeRequest();
        assertEquals("GET", get.getMethod());
        assertEquals(0, get.getBodySize());
        HttpUrl url = get.getRequestUrl();
        assertEquals("DescribeWebhookContacts", url.queryParameter("Action"));
        assertEquals("5,6", url.queryParameter("ContactIds"));
        assertEquals("hook", url.queryParameter("WebhookName"));
        assertEquals("{\"Authorization\":\"Bearer hdr-secret\"}", list.webhookContacts().get(0).webhook().bizHeaders());
        assertEquals("{\"a\":\"b\"}", list.webhookContacts().get(0).webhook().bizParams());
        assertFalse(list.toString().contains("hdr-secret") || list.toString().contains("abcdef0123456789"),
                list.toString());

        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"Page\":1,\"Size\":10,\"Total\":0}}"));
        armsV3.describeWebhookContacts(d -> d.page(1).size(10));
        Acs3Request v3 = Acs3Request.of(server.takeRequest());
        assertEquals("GET", v3.recorded().getMethod());
        assertTrue(v3.verifies(ArmsTestSupport.SECRET));
        TreeMap<String, String> q = v3.query();
        assertEquals(params("Page", "1", "Size", "10"), q);
    }

    @Test
    void imRobotsCarryTheirSecretsOnlyOnTheWire() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"AlertRobot\":{\"RobotId\":9,\"RobotName\":\"bot\","
                + "\"Type\":\"dingding\",\"RobotAddress\":\"" + ROBOT_URL + "\",\"DailyNoc\":true,\"DailyNocTime\":\"09:30\","
                + "\"Token\":\"outgoing-tok-123456\",\"EnableOutgoing\":true,\"CardTemplate\":\"{}\"}}"));
        CreateOrUpdateIMRobotResponse r = armsV3.createOrUpdateIMRobot(b -> b.robotName("bot").type(IMRobotType.DINGTALK)
                .robotAddress(ROBOT_URL).dailyNoc(true).dailyNocTime("09:30,17:00").dingSignKey("SECsign-123456")
                .token("outgoing-tok-123456").enableOutgoing(true).cardTemplate("{}"));
        assertEquals(9L, r.robotId());
        assertEquals("outgoing-tok-123456", r.token());
        assertFalse(r.toString().contains("outgoing-tok-123456") || r.toString().contains("abcdef0123456789"),
                r.toString());
        Acs3Request rq = Acs3Request.of(server.takeRequest());
        assertEquals(params("RobotName", "bot", "Type", "dingding", "RobotAddress", ROBOT_URL, "DailyNoc", "true",
                "DailyNocTime", "09:30,17:00", "DingSignKey", "SECsign-123456", "Token", "outgoing-tok-123456",
                "EnableOutgoing", "true", "CardTemplate", "{}"), rq.body());
    }

    @Test
    void documentedLimitsAreCheckedBeforeSending() {
        AcsClientException time = assertThrows(AcsClientException.class, () -> arms.createOrUpdateIMRobot(b -> b
                .robotName("bot").type("dingding").robotAddress(ROBOT_URL).dailyNocTime("9:30")));
        assertTrue(time.getMessage().contains("DailyNocTime"), time.getMessage());
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateIMRobot(b -> b.robotName("bot").type("slack")
                .robotAddress(ROBOT_URL)));
        AcsClientException channel = assertThrows(AcsClientException.class,
                () -> arms.createOrUpdateContact(c -> c.contactName("Alice")));
        assertTrue(channel.getMessage().contains("Phone, Email"), channel.getMessage());
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateContact(c -> c.contactName("Alice")
                .email("a@example.com").reissueSendNotice(4L)));
        assertThrows(AcsClientException.class, () -> arms.sendTTSVerifyLink(b -> b.contactId(1L)));
        AcsClientException noTime = assertThrows(AcsClientException.class, () -> arms.createOrUpdateIMRobot(b -> b
                .robotName("bot").type(IMRobotType.LARK).robotAddress(ROBOT_URL).dailyNoc(true)));
        assertTrue(noTime.getMessage().contains("DailyNocTime is required when DailyNoc is true"), noTime.getMessage());
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateWebhookContact(b -> b.webhookName("h")
                .method(WebhookMethod.POST).url(ROBOT_URL)));
        assertThrows(AcsClientException.class, () -> arms.createOrUpdateWebhookContact(b -> b.webhookName("h")
                .method("Put").url(ROBOT_URL)));
        assertEquals(0, server.getRequestCount());
    }
}
