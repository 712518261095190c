package io.github.acs4j.reliability;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every non-idempotent operation (the creates and the verification senders) under every fault after
 * which the request may have been processed: the server must see it exactly once. Under faults that
 * prove it was not processed (throttling answers), it is retried to success.
 */
@Order(6)
class NonIdempotentFaultsTest {
    Harness h;
    ArmsClient arms;
    ResourceDirectoryClient rd;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        arms = ArmsClient.builder().endpointOverride(h.server.url("/").uri()).region("cn-hangzhou")
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                        Secrets.SECURITY_TOKEN))
                .retryStrategy(h.retry()).readTimeout(Duration.ofMillis(300)).build();
        rd = ResourceDirectoryClient.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                        Secrets.SECURITY_TOKEN))
                .retryStrategy(h.retry()).readTimeout(Duration.ofMillis(300)).build();
    }

    @AfterEach
    void stop() throws IOException {
        arms.close();
        rd.close();
        h.close();
    }

    enum Call {
        CREATE_ALERT_CONTACT, ADD_MESSAGE_CONTACT, SEND_EMAIL_VERIFICATION, SEND_PHONE_VERIFICATION,
        CREATE_ALERT_CONTACT_GROUP, CREATE_WEBHOOK, CREATE_CONTACT, CREATE_CONTACT_GROUP, CREATE_WEBHOOK_CONTACT,
        CREATE_IM_ROBOT, SEND_TTS_VERIFY_LINK
    }

    enum Fault {
        DROP_AFTER_REQUEST(() -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST)),
        DROP_AT_START(() -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START)),
        NO_RESPONSE(() -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE)),
        HTTP_500(() -> Bodies.error(500, "InternalError", "oops", "e500")),
        HTTP_502(() -> new MockResponse().setResponseCode(502).setBody("<html>Bad Gateway</html>")),
        HTTP_503(() -> Bodies.error(503, "ServiceUnavailable", "busy", "e503")),
        HTTP_504(() -> Bodies.error(504, "GatewayTimeout", "slow", "e504"));

        final Supplier<MockResponse> response;

        Fault(Supplier<MockResponse> response) {
            this.response = response;
        }
    }

    static Stream<Arguments> mayHaveBeenProcessed() {
        List<Arguments> all = new ArrayList<>();
        for (Call c : Call.values()) {
            for (Fault f : Fault.values()) {
                all.add(Arguments.of(c, f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("mayHaveBeenProcessed")
    void sentAtMostOnceWhenTheRequestMayHaveBeenProcessed(Call call, Fault fault) {
        h.server.enqueue(fault.response.get());
        h.server.enqueue(success(call));
        AcsException e = Leaks.record(assertThrows(AcsException.class, () -> invoke(call)));
        int seen = h.server.getRequestCount();
        // MockWebServer counts a connection it dropped at the start as one request too: never more than one
        assertEquals(1, seen, e.getMessage());
        Figures.record("non-idempotent " + call + " under " + fault, "fails, never repeated", seen);
    }

    static Stream<Arguments> throttled() {
        List<Arguments> all = new ArrayList<>();
        for (Call c : Call.values()) {
            all.add(Arguments.of(c, "Throttling.User", 429));
            all.add(Arguments.of(c, "ConcurrentCallNotSupported", 429));
            all.add(Arguments.of(c, "Throttling", 400));
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("throttled")
    void retriedWhenTheServiceSaysItThrottledTheCall(Call call, String code, int status) {
        h.server.enqueue(Bodies.error(status, code, "try again later", "thr"));
        h.server.enqueue(success(call));
        invoke(call);
        assertEquals(2, h.server.getRequestCount());
        Figures.record("non-idempotent " + call + " throttled (" + status + " " + code + ")", "success on attempt 2", 2);
    }

    @ParameterizedTest
    @MethodSource("updateFaults")
    void aCreateOrUpdateWithItsIdIsAnUpdateAndRetried(Fault fault) {
        h.server.enqueue(fault.response.get());
        h.server.enqueue(success(Call.CREATE_IM_ROBOT));
        Leaks.record(arms.createOrUpdateIMRobot(r -> r.robotId(4L).robotName("oncall").type("dingding")
                .robotAddress(Secrets.WEBHOOK).token(Secrets.ROBOT_TOKEN)));
        assertEquals(2, h.server.getRequestCount());
        Figures.record("CreateOrUpdateIMRobot with RobotId (an update) under " + fault, "retried to success", 2);
    }

    static Stream<Fault> updateFaults() {
        return Stream.of(Fault.DROP_AFTER_REQUEST, Fault.HTTP_503);
    }

    MockResponse success(Call call) {
        switch (call) {
            case CREATE_ALERT_CONTACT:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"ContactId\":\"123\"}");
            case ADD_MESSAGE_CONTACT:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"Contact\":{\"ContactId\":\"c-1\",\"CreateDate\":\"2024-01-01 00:00:00\"}}");
            case CREATE_ALERT_CONTACT_GROUP:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"ContactGroupId\":\"446\"}");
            case CREATE_WEBHOOK:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"ContactId\":\"447\"}");
            case CREATE_CONTACT:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"AlertContact\":{\"ContactId\":1,\"Phone\":\""
                        + Secrets.PHONE + "\",\"Email\":\"" + Secrets.EMAIL + "\"}}");
            case CREATE_CONTACT_GROUP:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"AlertContactGroup\":{\"ContactGroupId\":2}}");
            case CREATE_WEBHOOK_CONTACT:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"WebhookContact\":{\"WebhookId\":3,\"Webhook\":{\"Url\":\""
                        + Secrets.WEBHOOK + "\",\"BizHeaders\":" + Secrets.WEBHOOK_HEADERS + "}}}");
            case CREATE_IM_ROBOT:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"AlertRobot\":{\"RobotId\":4,\"RobotAddress\":\""
                        + Secrets.WEBHOOK + "\",\"Token\":\"" + Secrets.ROBOT_TOKEN + "\"}}");
            case SEND_TTS_VERIFY_LINK:
                return Bodies.json(200, "{\"RequestId\":\"ok\",\"IsSuccess\":true}");
            default:
                return Bodies.json(200, "{\"RequestId\":\"ok\"}");
        }
    }

    void invoke(Call call) {
        switch (call) {
            case CREATE_ALERT_CONTACT:
                Leaks.record(arms.createAlertContact(r -> r.contactName("oncall").email(Secrets.EMAIL)
                        .phoneNum(Secrets.PHONE).dingRobotWebhookUrl(Secrets.WEBHOOK)));
                break;
            case ADD_MESSAGE_CONTACT:
                Leaks.record(rd.addMessageContact(r -> r.name("Oncall").emailAddress(Secrets.EMAIL)
                        .phoneNumber(Secrets.RD_PHONE).title("TechnicalDirector").messageTypes("FaultMessage")));
                break;
            case SEND_EMAIL_VERIFICATION:
                Leaks.record(rd.sendEmailVerificationForMessageContact(r -> r.contactId("c-1").emailAddress(Secrets.EMAIL)));
                break;
            case CREATE_ALERT_CONTACT_GROUP:
                Leaks.record(arms.createAlertContactGroup(r -> r.contactGroupName("oncall").contactIds(12L, 34L)));
                break;
            case CREATE_WEBHOOK:
                Leaks.record(arms.createWebhook(r -> r.contactName("oncall").method("Post").url(Secrets.WEBHOOK)
                        .httpHeaders(Secrets.WEBHOOK_HEADERS).body("$content")));
                break;
            case CREATE_CONTACT:
                Leaks.record(arms.createOrUpdateContact(r -> r.contactName("oncall").phone(Secrets.PHONE)
                        .email(Secrets.EMAIL).dingRobotUrl(Secrets.WEBHOOK)));
                break;
            case CREATE_CONTACT_GROUP:
                Leaks.record(arms.createOrUpdateContactGroup(r -> r.contactGroupName("oncall").contactIds(1L, 2L)));
                break;
            case CREATE_WEBHOOK_CONTACT:
                Leaks.record(arms.createOrUpdateWebhookContact(r -> r.webhookName("oncall").method("Post")
                        .url(Secrets.WEBHOOK).bizHeaders(Secrets.WEBHOOK_HEADERS).body("$content")));
                break;
            case CREATE_IM_ROBOT:
                Leaks.record(arms.createOrUpdateIMRobot(r -> r.robotName("oncall").type("dingding")
                        .robotAddress(Secrets.WEBHOOK).token(Secrets.ROBOT_TOKEN).dingSignKey(Secrets.DING_SIGN_KEY)));
                break;
            case SEND_TTS_VERIFY_LINK:
                Leaks.record(arms.sendTTSVerifyLink(r -> r.contactId(1L).phone(Secrets.PHONE)));
                break;
            default:
                Leaks.record(rd.sendPhoneVerificationForMessageContact(r -> r.contactId("c-1").phoneNumber(Secrets.RD_PHONE)));
        }
    }
}
