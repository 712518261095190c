package io.github.acs4j.arms;

import io.github.acs4j.arms.model.CreateWebhookRequest;
import io.github.acs4j.arms.model.WebhookMethod;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;


import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Legacy webhook contacts (CreateWebhook, UpdateWebhook) on the wire. Facts: arms-facts.md B. */
class LegacyWebhookWireTest extends OnMockServer {
    static final String URL = "https://hooks.example.com/alert?access_token=0123456789abcdef";

    @Test
    void createSendsEveryParameterAndReadsTheIdAsText() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\",\"ContactId\":\"4461\"}"));
        assertEquals("4461", arms.createWebhook(w -> w.contactName("hook").method(WebhookMethod.POST).url(URL)
                .httpParams("[{\"name\":\"mike\"}]").httpHeaders("[{\"Authorization\":\"Bearer x\"}]")
                .body("{\"text\":\"$content\"}").recoverBody("{\"text\":\"ok\"}")).contactId());
        assertEquals(params("RegionId", "cn-hangzhou", "ContactName", "hook", "Method", "Post", "Url", URL,
                "HttpParams", "[{\"name\":\"mike\"}]", "HttpHeaders", "[{\"Authorization\":\"Bearer x\"}]",
                "Body", "{\"text\":\"$content\"}", "RecoverBody", "{\"text\":\"ok\"}"),
                sent(server, "CreateWebhook").operationParams());
    }

    @Test
    void createIsNotRepeatedButUpdateIsAfterADrop() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThrows(AcsClientException.class, () -> arms.createWebhook(w -> w.contactName("hook").method("Get").url(URL)));
        assertEquals(1, server.getRequestCount());
        sent(server, "CreateWebhook");

        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r2\",\"IsSuccess\":true}"));
        assertTrue(arms.updateWebhook(w -> w.contactId(4461L).contactName("hook").method(WebhookMethod.GET).url(URL))
                .isSuccess());
        assertEquals(3, server.getRequestCount());
        sent(server, "UpdateWebhook");
        assertEquals(params("RegionId", "cn-hangzhou", "ContactId", "4461", "ContactName", "hook", "Method", "Get",
                "Url", URL), sent(server, "UpdateWebhook").operationParams());
    }

    @Test
    void documentedLimitsAreCheckedBeforeSending() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            body.append('x');
        }
        AcsClientException tooLong = assertThrows(AcsClientException.class, () -> arms.createWebhook(w -> w
                .contactName("hook").method(WebhookMethod.POST).url(URL).body(body.toString())));
        assertTrue(tooLong.getMessage().contains("Body"), tooLong.getMessage());
        AcsClientException method = assertThrows(AcsClientException.class,
                () -> arms.createWebhook(w -> w.contactName("hook").method("Put").url(URL)));
        assertTrue(method.getMessage().contains("Method"), method.getMessage());
        assertThrows(AcsClientException.class, () -> arms.createWebhook(w -> w.contactName("hook").method("Post")));
        AcsClientException noBody = assertThrows(AcsClientException.class,
                () -> arms.createWebhook(w -> w.contactName("hook").method(WebhookMethod.POST).url(URL)));
        assertTrue(noBody.getMessage().contains("Body is required when Method is Post"), noBody.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void toStringHidesTheUrlTokenAndTheHeaders() {
        String s = CreateWebhookRequest.builder().contactName("hook").method(WebhookMethod.POST).url(URL)
                .httpHeaders("[{\"Authorization\":\"Bearer secret-value\"}]").build().toString();
        assertFalse(s.contains("0123456789abcdef") || s.contains("secret-value"), s);
    }
}
