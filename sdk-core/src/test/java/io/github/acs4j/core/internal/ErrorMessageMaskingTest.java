package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.PercentEncoder;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an error answer quotes reaches the exception with the request's personal values masked (plain and
 * percent-encoded) and its numbers readable; a body echoed by an intermediary loses every secret.
 */
class ErrorMessageMaskingTest {
    static final String SECRET = "mask-secret-8c1d";
    static final String TOKEN = "CAISmask+token/77==";
    static final String PHONE = "86-13912345678";
    static final String EMAIL = "oncall.person@example.com";
    static final String WEBHOOK_TOKEN = "f00dfeed12345678";
    static final Operation<Map<String, String>, String> ADD = Operation.<Map<String, String>, String>of(
            PipelineRetryTest.SERVICE, "AddThing", false, r -> { }, (r, w) -> r.forEach(w::put),
            (body, meta) -> Json.text(body, "RequestId"))
            .withSensitiveMembers(Operation.sensitive("EmailAddress", "email", "PhoneNumber", "phone",
                    "DingRobotWebhookUrl", "webhook"));

    static Map<String, String> request() {
        Map<String, String> m = new TreeMap<>();
        m.put("AccountId", "1234567890123456");
        m.put("EmailAddress", EMAIL);
        m.put("PhoneNumber", PHONE);
        m.put("DingRobotWebhookUrl", "https://oapi.example/robot/send?access_token=" + WEBHOOK_TOKEN);
        return m;
    }

    static <T extends Throwable> T callFails(MockWebServer server, Class<T> type) {
        ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("LTAImaskKeyId", SECRET, TOKEN), SignatureVersion.V1,
                RetryStrategy.none(), null, null, null, null, null, null, Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
            return assertThrows(type, () -> rt.invoke(ADD, request()));
        }
    }

    @Test
    void idsAndCountsStayReadableWhileTheRequestsPhoneAndEmailAreMasked() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(400, "InvalidParameter", "The member account 1234567890123456 does not exist;"
                    + " limit 8388608 bytes; phone " + PHONE + " / 13912345678; mail " + EMAIL
                    + " / oncall.person%40example.com", "mask-r1"));
            server.start();
            AcsServiceException e = callFails(server, AcsServiceException.class);
            assertEquals("The member account 1234567890123456 does not exist; limit 8388608 bytes; phone ***78"
                    + " / ***78; mail o***@example.com / o***%40example.com", e.errorMessage());
            assertTrue(e.getMessage().startsWith(e.errorMessage()), e.getMessage());
            assertTrue(e.getMessage().contains("RequestId: mask-r1"), e.getMessage());
            assertEquals(EMAIL, FormRequest.of(server.takeRequest()).param("EmailAddress"));
        }
    }

    @Test
    void aFormBodyEchoedByAProxyLosesEverySecretAndPersonalValue() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    String form = r.getBody().clone().readUtf8();
                    // the echo starts with the webhook so that it falls within the 160 characters quoted
                    return new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html")
                            .setBody("<html>Bad request: " + form.substring(form.indexOf("DingRobotWebhookUrl"))
                                    + "&" + form + "</html>");
                }
            });
            server.start();
            AcsClientException e = callFails(server, AcsClientException.class);
            String all = Thrown.allText(e);
            String signature = FormRequest.of(server.takeRequest()).param("Signature");
            for (String s : new String[] {SECRET, "CAISmask", WEBHOOK_TOKEN, "oncall.person", "13912345678",
                    signature, PercentEncoder.encode(signature)}) {
                assertFalse(all.contains(s), "leaked " + s + " in " + all);
            }
            assertTrue(e.getMessage().contains("starting '<html>Bad request: DingRobotWebhookUrl=https://oapi.example/robot/send?***"
                    + "&EmailAddress=o***%40example.com&Format=JSON&PhoneNumber=***78&SecurityToken=***&"),
                    e.getMessage());
        }
    }
}
