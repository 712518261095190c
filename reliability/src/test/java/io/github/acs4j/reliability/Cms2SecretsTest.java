package io.github.acs4j.reliability;

import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.cms2.Cms2Exception;
import io.github.acs4j.cms2.model.AlertRobotType;
import io.github.acs4j.cms2.model.CreateAlertRobotRequest;
import io.github.acs4j.cms2.model.CreateAlertWebhookRequest;
import io.github.acs4j.cms2.model.CreateContactRequest;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST-style (ROA) path in the secrets sweep: CloudMonitor 2.0 calls carrying an e-mail address, a phone
 * number, a robot's webhook URL and signing key and a webhook's header token, answered by a server that echoes
 * the whole JSON body in its error message, and answered with lists that hold those values. Each exception,
 * request and response is recorded for {@link SecretsNeverLeakTest}, and checked here too.
 */
@Order(11)
class Cms2SecretsTest {
    Harness h;
    Cms2Client cms2;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        cms2 = Cms2Client.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET,
                        Secrets.SECURITY_TOKEN))
                .retryStrategy(h.retry()).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms2.close();
        h.close();
    }

    @Test
    void anErrorEchoingTheJsonBodyMasksEverySecretAndPersonalValue() {
        h.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String echoed = request.getBody().readString(StandardCharsets.UTF_8).replace("\"", "'");
                return Bodies.json(400, "{\"requestId\":\"echo\",\"code\":\"InvalidParameter\",\"message\":\"body "
                        + echoed + " is missing or invalid\"}");
            }
        });
        CreateContactRequest contact = Leaks.record(CreateContactRequest.builder().name("oncall").email(Secrets.EMAIL)
                .phone(Secrets.PHONE).imUserIds(Collections.singletonMap("DING", "oncall-ding")).build());
        CreateAlertRobotRequest robot = Leaks.record(CreateAlertRobotRequest.builder().type(AlertRobotType.DING)
                .name("oncall").url(Secrets.WEBHOOK).robotSignKey(Secrets.ROBOT_SIGN_KEY).build());
        CreateAlertWebhookRequest webhook = Leaks.record(CreateAlertWebhookRequest.builder().name("oncall")
                .url(Secrets.WEBHOOK).headers(Collections.singletonMap("Authorization", "Bearer " + Secrets.SECURITY_TOKEN))
                .build());
        echoed("CreateContact", () -> cms2.createContact(contact));
        echoed("CreateAlertRobot", () -> cms2.createAlertRobot(robot));
        echoed("CreateAlertWebhook", () -> cms2.createAlertWebhook(webhook));
        echoed("UpdateAlertRobot", () -> cms2.updateAlertRobot(u -> u.robotId("r-1").url(Secrets.WEBHOOK)
                .robotSignKey(Secrets.ROBOT_SIGN_KEY)));
        echoed("UpdateContact", () -> cms2.updateContact(u -> u.contactId("c-1").email(Secrets.EMAIL).phone(Secrets.PHONE)));
    }

    private void echoed(String action, Supplier<Object> call) {
        int before = h.server.getRequestCount();
        Cms2Exception e = Leaks.record(assertThrows(Cms2Exception.class, call::get));
        String all = Thrown.allText(e);
        for (String secret : Secrets.ALL) {
            assertFalse(all.contains(secret), action + " leaked " + secret + ": " + all);
        }
        assertTrue(all.contains("InvalidParameter"), all);
        assertEquals(before + 1, h.server.getRequestCount());
        Figures.record("ROA " + action + " answered with its JSON body echoed", "Cms2Exception, secrets masked", 1);
    }

    @Test
    void listsHoldingSecretsDoNotShowThemInToString() {
        h.server.enqueue(Bodies.json(200, "{\"requestId\":\"l1\",\"total\":1,\"contacts\":[{\"contactId\":\"c-1\","
                + "\"email\":\"" + Secrets.EMAIL + "\",\"phone\":\"" + Secrets.PHONE + "\"}]}"));
        h.server.enqueue(Bodies.json(200, "{\"requestId\":\"l2\",\"total\":1,\"robots\":[{\"robotId\":\"r-1\","
                + "\"url\":\"" + Secrets.WEBHOOK + "\",\"robotSignKey\":\"" + Secrets.ROBOT_SIGN_KEY + "\"}]}"));
        h.server.enqueue(Bodies.json(200, "{\"requestId\":\"l3\",\"total\":1,\"webhooks\":[{\"webhookId\":\"w-1\","
                + "\"url\":\"" + Secrets.WEBHOOK + "\",\"headers\":{\"Authorization\":\"" + Secrets.SECURITY_TOKEN + "\"}}]}"));
        assertEquals(Secrets.EMAIL, Leaks.record(cms2.listContacts(l -> l.pageSize(1))).contacts().get(0).email());
        assertEquals(Secrets.ROBOT_SIGN_KEY, Leaks.record(cms2.listAlertRobots(l -> l.pageSize(1))).robots().get(0).robotSignKey());
        assertEquals(Secrets.SECURITY_TOKEN,
                Leaks.record(cms2.listAlertWebhooks(l -> l.pageSize(1))).webhooks().get(0).headers().get("Authorization"));
        Figures.record("ROA lists holding e-mail, phone, robot URL and key, webhook header token", "read; toString hides them", 3);
    }
}
