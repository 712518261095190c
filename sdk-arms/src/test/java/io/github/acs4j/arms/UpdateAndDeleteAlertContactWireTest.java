package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * UpdateAlertContact and DeleteAlertContact on the wire. Parameters and answers ({@code IsSuccess}) from
 * Alibaba's API metadata and generated SDK 5.8.0; the update replaces every channel (spec 2.4).
 */
class UpdateAndDeleteAlertContactWireTest {
    MockWebServer server;
    ArmsClient arms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        arms = ArmsTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        arms.close();
        server.shutdown();
    }

    @Test
    void updateSendsEveryParameter() throws Exception {
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":true,\"RequestId\":\"R-U\"}"));
        UpdateAlertContactResponse r = arms.updateAlertContact(b -> b.contactId(48716L).contactName("John Doe")
                .phoneNum("13811110000").email("someone@example.com")
                .dingRobotWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd").systemNoc(false));
        assertEquals(params("ContactId", "48716", "RegionId", "cn-hangzhou", "ContactName", "John Doe",
                "PhoneNum", "13811110000", "Email", "someone@example.com",
                "DingRobotWebhookUrl", "https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd",
                "SystemNoc", "false"), sent(server, "UpdateAlertContact").operationParams());
        assertEquals(UpdateAlertContactResponse.builder().requestId("R-U").isSuccess(true).build(), r);
    }

    @Test
    void updateFromTheCurrentContactResendsEveryChannel() throws Exception {
        AlertContact current = AlertContact.builder().contactId(123L).contactName("John Doe").phone("13811110000")
                .email("old@example.com").dingRobot("https://oapi.dingtalk.com/robot/send?access_token=t")
                .systemNoc(true).userId("u").build();
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":true,\"RequestId\":\"R-U\"}"));
        arms.updateAlertContact(UpdateAlertContactRequest.builderFrom(current).email("new@example.com").build());
        assertEquals(params("ContactId", "123", "RegionId", "cn-hangzhou", "ContactName", "John Doe",
                "PhoneNum", "13811110000", "Email", "new@example.com",
                "DingRobotWebhookUrl", "https://oapi.dingtalk.com/robot/send?access_token=t", "SystemNoc", "true"),
                sent(server, "UpdateAlertContact").operationParams());
    }

    @Test
    void updateReadsAFailedChange() {
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":false,\"RequestId\":\"R-F\"}"));
        assertEquals(Boolean.FALSE, arms.updateAlertContact(b -> b.contactId(1L).email("a@example.com")).isSuccess());
    }

    @Test
    void deleteSendsTheIdAndRegion() throws Exception {
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":true,\"RequestId\":\"R-D\"}"));
        DeleteAlertContactResponse r = arms.deleteAlertContact(b -> b.contactId(48716L).regionId("cn-shanghai"));
        assertEquals(params("ContactId", "48716", "RegionId", "cn-shanghai"),
                sent(server, "DeleteAlertContact").operationParams());
        assertEquals("R-D", r.requestId());
        assertEquals(Boolean.TRUE, r.isSuccess());
    }

    @Test
    void deleteWithoutIsSuccessIsIncomplete() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"R-D\"}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> arms.deleteAlertContact(b -> b.contactId(1L)));
        assertEquals(Collections.singletonList("IsSuccess"), e.missingFields());
        assertEquals("R-D", e.requestId());
    }

    @Test
    void updateAndDeleteAreRepeatedAfterADroppedConnection() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":true,\"RequestId\":\"R2\"}"));
        assertEquals("R2", arms.updateAlertContact(b -> b.contactId(1L).email("a@example.com")).requestId());
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"IsSuccess\":true,\"RequestId\":\"R4\"}"));
        assertEquals("R4", arms.deleteAlertContact(b -> b.contactId(1L)).requestId());
        assertEquals(4, server.getRequestCount());
    }
}
