package io.github.acs4j.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's checks, driven by hand-built requests from a client that is not acs4j (RawClient):
 * correct V1 (GET query, POST form) and ACS3 requests pass; a wrong secret, an unknown key, a replayed
 * nonce, a stale timestamp, a missing parameter, a body that does not match its hash, an unknown action
 * or version get the service's code, status and standard error body.
 */
class AuthenticationTest {
    private static AcsEmulator emulator;
    private static RawClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
        client = RawClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void acceptsACorrectV1GetWithTheParametersInTheQuery() {
        RawClient.Answer a = client.get("DescribeContactList", "2019-01-01", params());
        assertEquals(200, a.status, a.toString());
        assertEquals("200", a.code());
        assertTrue(a.body.path("Success").asBoolean());
        assertNotNull(a.text("RequestId"));
        assertEquals(a.text("RequestId"), a.headers.get("x-acs-request-id"));
    }

    @Test
    void acceptsACorrectV1PostWithTheParametersInAFormBody() {
        RawClient.Answer a = client.post("PutContact", "2019-01-01", params("ContactName", "Ann Lee *~",
                "Describe", "on call + 中文", "Channels.Mail", "ann@example.com"));
        assertEquals(200, a.status, a.toString());
        RawClient.Answer list = client.get("DescribeContactList", "2019-01-01", params("ContactName", "Ann Lee *~"));
        assertEquals("on call + 中文", list.body.path("Contacts").path("Contact").get(0).path("Desc").asText());
    }

    @Test
    void everyAnswerHasItsOwnRequestId() {
        String first = client.get("DescribeContactGroupList", "2019-01-01", params()).text("RequestId");
        String second = client.get("DescribeContactGroupList", "2019-01-01", params()).text("RequestId");
        assertNotEquals(first, second);
    }

    @Test
    void refusesAWrongSecretEchoingTheServersStringToSign() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params("PageSize", "5"));
        RawClient.Answer a = client.sendV1("POST", p, "not-the-secret");
        assertEquals(400, a.status);
        assertEquals("SignatureDoesNotMatch", a.code());
        assertEquals("Specified signature is not matched with our calculation. server string to sign is:"
                + RawClient.v1StringToSign("POST", p), a.text("Message"));
        assertStandardErrorBody(a);
        assertFalse(a.body.has("Success"), "a gateway error carries no Success flag, even for Cms");
    }

    @Test
    void refusesASignatureComputedForAnotherMethod() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        p.put("Signature", RawClient.v1Signature("GET", p, emulator.accessKeySecret()));
        String encoded = RawClient.formEncode(p);
        RawClient.Answer a = client.http("POST", "/", RawClient.form(), encoded.getBytes(StandardCharsets.UTF_8));
        assertEquals("SignatureDoesNotMatch", a.code());
        assertTrue(a.text("Message").endsWith(RawClient.v1StringToSign("POST", p)));
    }

    @Test
    void refusesAnUnknownAccessKey() {
        RawClient stranger = new RawClient(emulator.endpoint(), "NoSuchKey", "whatever");
        RawClient.Answer a = stranger.post("DescribeContactList", "2019-01-01", params());
        assertEquals(404, a.status);
        assertEquals("InvalidAccessKeyId.NotFound", a.code());
        assertStandardErrorBody(a);
    }

    @Test
    void refusesAReplayedNonce() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        assertEquals(200, client.sendV1("POST", new TreeMap<>(p), emulator.accessKeySecret()).status);
        RawClient.Answer replay = client.sendV1("POST", new TreeMap<>(p), emulator.accessKeySecret());
        assertEquals(400, replay.status);
        assertEquals("SignatureNonceUsed", replay.code());
    }

    @Test
    void refusesATimestampOlderThanFifteenMinutes() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        p.put("Timestamp", Instant.now().minus(16, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        RawClient.Answer a = client.sendV1("POST", p, emulator.accessKeySecret());
        assertEquals(400, a.status);
        assertEquals("InvalidTimeStamp.Expired", a.code());
    }

    @Test
    void acceptsATimestampFourteenMinutesOld() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        p.put("Timestamp", Instant.now().minus(14, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        assertEquals(200, client.sendV1("POST", p, emulator.accessKeySecret()).status);
    }

    @Test
    void refusesAMalformedTimestamp() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        p.put("Timestamp", "yesterday");
        assertEquals("InvalidTimeStamp.Format", client.sendV1("POST", p, emulator.accessKeySecret()).code());
    }

    @Test
    void refusesARequestWithoutSignatureNonce() {
        SortedMap<String, String> p = client.v1Params("DescribeContactList", "2019-01-01", params());
        p.remove("SignatureNonce");
        RawClient.Answer a = client.sendV1("POST", p, emulator.accessKeySecret());
        assertEquals(400, a.status);
        assertEquals("MissingParameter", a.code());
        assertTrue(a.text("Message").contains("\"SignatureNonce\""), a.text("Message"));
    }

    @Test
    void refusesAnUnsignedRequest() {
        RawClient.Answer a = client.http("GET", "/?Action=DescribeContactList&Version=2019-01-01", new TreeMap<>(), null);
        assertEquals(400, a.status);
        assertEquals("MissingParameter", a.code());
    }

    @Test
    void answersAnUnknownActionAndVersionLikeTheGateway() {
        RawClient.Answer action = client.post("DescribeNothing", "2019-01-01", params());
        assertEquals(404, action.status);
        assertEquals("InvalidAction.NotFound", action.code());
        RawClient.Answer version = client.post("PutContact", "2018-03-08", params());
        assertEquals(400, version.status);
        assertEquals("InvalidVersion", version.code());
    }

    @Test
    void acceptsACorrectAcs3RequestWithAFormBody() {
        RawClient.Answer a = client.postV3("CreateAlertContact", "2019-08-08", params("RegionId", "cn-hangzhou",
                "ContactName", "v3 person", "Email", "v3@example.com"));
        assertEquals(200, a.status, a.toString());
        assertTrue(a.text("ContactId").matches("\\d+"));
    }

    @Test
    void refusesAnAcs3BodyThatDoesNotMatchItsHash() {
        byte[] signedBody = "RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = "RegionId=cn-beijing".getBytes(StandardCharsets.UTF_8);
        RawClient.Answer a = client.sendV3("SearchAlertContact", "2019-08-08", sentBody, RawClient.sha256Hex(signedBody),
                UUID.randomUUID().toString(), emulator.accessKeySecret());
        assertEquals(400, a.status);
        assertEquals("SignatureDoesNotMatch", a.code());
        assertTrue(a.text("Message").startsWith("Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n"));
    }

    @Test
    void refusesAnAcs3RequestSignedWithAnotherSecret() {
        byte[] body = "RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8);
        RawClient.Answer a = client.sendV3("SearchAlertContact", "2019-08-08", body, RawClient.sha256Hex(body),
                UUID.randomUUID().toString(), "wrong");
        assertEquals("SignatureDoesNotMatch", a.code());
    }

    @Test
    void refusesAReplayedAcs3Nonce() {
        byte[] body = "RegionId=cn-hangzhou".getBytes(StandardCharsets.UTF_8);
        String nonce = UUID.randomUUID().toString();
        assertEquals(200, client.sendV3("SearchAlertContact", "2019-08-08", body, RawClient.sha256Hex(body), nonce,
                emulator.accessKeySecret()).status);
        assertEquals("SignatureNonceUsed", client.sendV3("SearchAlertContact", "2019-08-08", body,
                RawClient.sha256Hex(body), nonce, emulator.accessKeySecret()).code());
    }

    @Test
    void refusesAMalformedAuthorizationHeader() {
        RawClient.Answer a = client.http("POST", "/", RawClient.params("Authorization", "Bearer abc",
                "x-acs-action", "SearchAlertContact", "x-acs-version", "2019-08-08"), new byte[0]);
        assertEquals(400, a.status);
        assertEquals("IncompleteSignature", a.code());
    }

    private static void assertStandardErrorBody(RawClient.Answer a) {
        for (String field : new String[] {"RequestId", "HostId", "Code", "Message", "Recommend"}) {
            assertTrue(a.body.hasNonNull(field), "error body lacks " + field + ": " + a.body);
        }
    }
}
