package io.github.acs4j.arms;

import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CreateAlertContact on the wire. Parameters and the sample answer follow the CreateAlertContact API
 * reference (seed {@code arms-CreateAlertContact.txt}); {@code ResourceGroupId} is in Alibaba's API
 * metadata and generated SDK 5.8.0.
 */
class CreateAlertContactWireTest {
    static final String SAMPLE = "{\"RequestId\":\"E9C9DA3D-10FE-472E-9EEF-2D0A3E41****\",\"ContactId\":\"102**\"}";

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
    void sendsEveryDocumentedParameterWithTheClientsRegion() throws Exception {
        server.enqueue(Bodies.json(200, SAMPLE));
        arms.createAlertContact(b -> b.contactName("JohnDoe").phoneNum("13811110000").email("someone@example.com")
                .dingRobotWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd")
                .systemNoc(true).resourceGroupId("rg-acfm2xyz"));
        assertEquals(params("RegionId", "cn-hangzhou", "ContactName", "JohnDoe", "PhoneNum", "13811110000",
                "Email", "someone@example.com",
                "DingRobotWebhookUrl", "https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd",
                "SystemNoc", "true", "ResourceGroupId", "rg-acfm2xyz"),
                sent(server, "CreateAlertContact").operationParams());
    }

    @Test
    void regionIdOnTheRequestWinsOverTheClients() throws Exception {
        server.enqueue(Bodies.json(200, SAMPLE));
        arms.createAlertContact(CreateAlertContactRequest.builder().regionId("ap-southeast-1").email("a@example.com").build());
        assertEquals(params("RegionId", "ap-southeast-1", "Email", "a@example.com"),
                sent(server, "CreateAlertContact").operationParams());
    }

    @Test
    void sampleAnswerIsReadWithTheIdAsAString() {
        server.enqueue(Bodies.json(200, SAMPLE));
        CreateAlertContactResponse r = arms.createAlertContact(b -> b.email("someone@example.com"));
        assertEquals("E9C9DA3D-10FE-472E-9EEF-2D0A3E41****", r.requestId());
        assertEquals("102**", r.contactId());
        assertEquals(200, r.metadata().httpStatus());
        assertEquals(CreateAlertContactResponse.builder().requestId("E9C9DA3D-10FE-472E-9EEF-2D0A3E41****")
                .contactId("102**").build(), r);
    }

    @Test
    void numericContactIdIsReadAsText() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactId\":4242}"));
        assertEquals("4242", arms.createAlertContact(b -> b.email("someone@example.com")).contactId());
    }

    @Test
    void notRepeatedWhenTheConnectionDropsAfterTheRequest() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, SAMPLE));
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> arms.createAlertContact(b -> b.email("someone@example.com")));
        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("CreateAlertContact"), e.getMessage());
    }

    @Test
    void searchIsRepeatedWhenTheConnectionDropsAfterTheRequest() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"R2\",\"PageBean\":{\"TotalCount\":0}}"));
        assertEquals("R2", arms.searchAlertContact(b -> b.contactName("JohnDoe")).requestId());
        assertEquals(2, server.getRequestCount());
    }
}
