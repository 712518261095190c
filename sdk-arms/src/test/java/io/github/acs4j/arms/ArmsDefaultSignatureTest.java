package io.github.acs4j.arms;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: ARMS keeps HMAC-SHA1 (V1) by default, as its official SDK does ({@code signatureAlgorithm = "v2"}):
 * every parameter, {@code Signature} included, in the POST form body, nothing in the URL.
 */
class ArmsDefaultSignatureTest {
    @Test
    void theDefaultClientStillSendsTheV1FormBody() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r-1\",\"ContactId\":\"102\"}"));
            try (ArmsClient arms = ArmsClient.builder().region("cn-hangzhou").endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create(ArmsTestSupport.KEY_ID, ArmsTestSupport.SECRET))
                    .retryStrategy(RetryStrategy.none()).build()) {
                arms.createAlertContact(b -> b.contactName("JohnDoe").email("someone@example.com"));
            }
            RecordedRequest rec = server.takeRequest();
            assertEquals("POST", rec.getMethod());
            assertEquals("/", rec.getPath());
            assertNull(rec.getHeader("Authorization"));
            FormRequest form = FormRequest.of(rec);
            assertEquals("CreateAlertContact", form.param("Action"));
            assertEquals("HMAC-SHA1", form.param("SignatureMethod"));
            assertEquals("someone@example.com", form.param("Email"));
            assertTrue(form.v1SignatureVerifies(ArmsTestSupport.SECRET));
        }
    }
}
