package io.github.acs4j.cms;

import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets and personal data never show in toString() or exception messages. */
class RedactionTest {
    static final String SECRET = "SuperSecretValue0123456789";
    static final String TOKEN = "CAIS-sts-token+abc/def==";
    static final String PHONE = "13812345678";
    static final String EMAIL = "alice.wang@example.com";
    static final String WEBHOOK_TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    static void assertClean(String text) {
        for (String s : new String[]{SECRET, TOKEN, PHONE, EMAIL, WEBHOOK_TOKEN, "alice.wang"}) {
            assertFalse(text.contains(s), "leaked '" + s + "' in: " + text);
        }
    }

    @Test
    void requestToStringMasksPhoneEmailAndWebhookToken() {
        PutContactRequest r = PutContactRequest.builder().contactName("Alice").describe("dba").channelsSms(PHONE)
                .channelsMail(EMAIL).channelsDingWebHook("https://oapi.dingtalk.com/robot/send?access_token=" + WEBHOOK_TOKEN)
                .build();
        String s = r.toString();
        assertClean(s);
        assertTrue(s.contains("a***@example.com"), s);
        assertTrue(s.contains("***78"), s);
        assertTrue(s.contains("https://oapi.dingtalk.com/robot/send?***"), s);
    }

    @Test
    void credentialsToStringHidesSecretAndToken() {
        Credentials c = Credentials.of("LTAI5tExampleId", SECRET, TOKEN, Instant.parse("2030-01-01T00:00:00Z"));
        assertClean(c.toString());
        assertClean(StaticCredentialsProvider.create(c).toString());
        assertFalse(c.toString().contains("LTAI5tExampleId"), c.toString());
    }

    @Test
    void errorsThatEchoPersonalDataAreMasked() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(400, "InvalidParameterValue",
                    "Channels.Mail " + EMAIL + " or Channels.SMS " + PHONE + " is invalid; webhook ?access_token=" + WEBHOOK_TOKEN,
                    "R1"));
            server.enqueue(Bodies.json(200, "<html>" + EMAIL + "</html>"));
            try (CmsClient cms = CmsTestSupport.client(server)
                    .credentialsProvider(StaticCredentialsProvider.create("LTAI5tExampleId", SECRET, TOKEN))
                    .retryStrategy(RetryStrategy.none()).build()) {
                AcsException service = assertThrows(CmsException.class, () -> cms.putContact(b -> b.contactName("Alice")
                        .describe("dba").channelsMail(EMAIL).channelsSms(PHONE)));
                assertClean(service.getMessage());
                assertClean(((CmsException) service).errorMessage());
                AcsException client = assertThrows(AcsException.class, () -> cms.putContact(b -> b.contactName("Alice")
                        .describe("dba").channelsMail(EMAIL)));
                assertClean(client.getMessage());
                AcsException invalid = assertThrows(AcsException.class, () -> cms.putContact(b -> b.contactName("Alice")
                        .describe("dba").channelsMail("not-an-email-" + PHONE)));
                assertClean(invalid.getMessage());
            }
        }
    }
}
