package io.github.acs4j.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's refusals of REST-style requests, on the wire: a wrong signature, a body that is not the one
 * hashed, a path signed or sent with the wrong encoding, an unknown key, a missing or unsigned header, a
 * replayed nonce, the wrong action or version for a path. Each refusal is the gateway's PascalCase body and
 * changes nothing; a path parameter that needs encoding works when encoded right.
 */
class RoaAuthenticationTest {
    private static AcsEmulator emulator;
    private static RoaClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
        client = RoaClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    @Test
    void aPathParameterNeedingEncodingWorksWhenEncodedRight() {
        String id = "robot/01 ü+&=?#%~*";
        assertEquals(200, client.post("/robot", "CreateAlertRobot", "{\"type\":\"DING\",\"robotId\":\"" + id + "\"}").status);
        RawClient.Answer updated = client.patch("/robot/" + RawClient.percent(id), "UpdateAlertRobot", "{\"name\":\"n\"}");
        assertEquals(200, updated.status, updated.toString());
        assertEquals("n", client.get("/robots", "ListAlertRobots").body.get("robots").get(0).get("name").asText());
    }

    @Test
    void aWrongSignatureIsRefusedWithTheStringToSign() {
        RoaClient.Call call = client.call("POST", "/contact", "CreateContact").json("{\"name\":\"a\"}");
        call.signingSecret = "not-the-secret";
        RawClient.Answer a = call.send();
        assertGateway(400, "SignatureDoesNotMatch", a);
        assertTrue(a.text("Message").startsWith(RoaSignatureVerifier.MISMATCH + "ACS3-HMAC-SHA256\n"), a.toString());
        assertNothingCreated();
    }

    @Test
    void aBodyThatIsNotTheOneHashedIsRefused() {
        RoaClient.Call call = client.call("POST", "/contact", "CreateContact").json("{\"name\":\"a\"}");
        call.declaredHash = RawClient.sha256Hex("{\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        RawClient.Answer a = call.send();
        assertGateway(400, "SignatureDoesNotMatch", a);
        assertTrue(a.text("Message").contains("x-acs-content-sha256"), a.toString());
        assertNothingCreated();
    }

    @Test
    void aPathSignedDecodedButSentEncodedIsRefused() {
        client.post("/webhook", "CreateAlertWebhook", "{\"name\":\"n\",\"url\":\"https://h.example.com\",\"webhookId\":\"w 1\"}");
        RoaClient.Call call = client.call("PATCH", "/webhook/w%201", "UpdateAlertWebhook").json("{\"name\":\"x\"}");
        call.signedPath = "/webhook/w 1";
        assertGateway(400, "SignatureDoesNotMatch", call.send());
        assertEquals("n", client.get("/webhooks", "ListAlertWebhooks").body.get("webhooks").get(0).get("name").asText());
    }

    @Test
    void aPathThatIsNotPercentEncodedIsRefused() {
        client.post("/robot", "CreateAlertRobot", "{\"type\":\"DING\",\"robotId\":\"a(1)\"}");
        // correctly signed, but "(" and ")" must be %28 and %29 in Alibaba's encoding
        assertGateway(400, "InvalidParameter", client.patch("/robot/a(1)", "UpdateAlertRobot", "{\"name\":\"x\"}"));
        // "%zz" is not even a URI: the JDK's HTTP server drops it before any handler, so the router is asked directly
        for (String bad : new String[] {"a%zz", "a%2", "a%"}) {
            assertEquals("InvalidParameter", assertThrows(ApiError.class, () -> RoaRouter.decodeSegment(bad)).code(), bad);
        }
        assertGateway(400, "InvalidParameter", client.patch("/robot/%C3%28", "UpdateAlertRobot", "{\"name\":\"x\"}"));
        assertEquals(200, client.patch("/robot/a%281%29", "UpdateAlertRobot", "{\"name\":\"x\"}").status);
    }

    @Test
    void anUnknownKeyOrAMissingAuthorizationIsRefused() {
        assertGateway(404, "InvalidAccessKeyId.NotFound",
                new RoaClient(emulator, "NoSuchKey", "s").get("/contact", "ListContacts"));
        Map<String, String> unsigned = new LinkedHashMap<>();
        unsigned.put("x-acs-action", "ListContacts");
        unsigned.put("x-acs-version", RoaClient.VERSION);
        assertGateway(400, "MissingParameter", client.exchange("GET", "/contact", unsigned, new byte[0]));
    }

    @Test
    void aReplayedRequestIsRefused() {
        Map<String, String> headers = signedHeadersOf(client.call("GET", "/contact", "ListContacts"));
        assertEquals(200, client.exchange("GET", "/contact", headers, new byte[0]).status);
        assertGateway(400, "SignatureNonceUsed", client.exchange("GET", "/contact", headers, new byte[0]));
    }

    @Test
    void anUnsignedAcsHeaderIsRefused() {
        Map<String, String> headers = signedHeadersOf(client.call("GET", "/contact", "ListContacts"));
        headers.put("x-acs-extra", "smuggled");
        assertGateway(400, "IncompleteSignature", client.exchange("GET", "/contact", headers, new byte[0]));
    }

    @Test
    void theActionAndVersionMustBeThePathsOwn() {
        assertGateway(404, "InvalidAction.NotFound", client.get("/contact", "ListAlertRobots"));
        assertGateway(404, "InvalidAction.NotFound", client.call("PUT", "/contact", "ListContacts").send());
        assertGateway(404, "InvalidAction.NotFound", client.get("/contacts/extra", "ListContacts"));
        RoaClient.Call old = client.call("GET", "/contact", "ListContacts");
        old.version = "2019-01-01";
        assertGateway(400, "InvalidVersion", old.send());
    }

    private static Map<String, String> signedHeadersOf(RoaClient.Call call) {
        return new LinkedHashMap<>(call.headers());
    }

    private static void assertNothingCreated() {
        assertEquals(0, client.get("/contact", "ListContacts").body.get("total").asInt());
    }

    /** The gateway's refusal: PascalCase {@code Code}, {@code Message}, {@code RequestId}. */
    private static void assertGateway(int status, String code, RawClient.Answer a) {
        assertEquals(status, a.status, a.toString());
        assertEquals(code, a.text("Code"), a.toString());
        assertEquals(a.text("RequestId"), a.headers.get("x-acs-request-id"));
    }
}
