package io.github.acs4j.cms;

import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.Acs3Request;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PutContact and PutContactGroup as they cross the wire, and their success bodies. */
class PutContactWireTest {
    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void putContactSendsEveryDocumentedParameterSigned() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Message\":\"\",\"RequestId\":\"BC8C4B7E-1\",\"Success\":true}"));
        try (CmsClient cms = CmsTestSupport.client(server).build()) {
            PutContactResponse r = cms.putContact(b -> b.contactName("王五").describe("db oncall *~/&=+")
                    .channelsMail("a.b+c@example.com").channelsSms("13800000000")
                    .channelsDingWebHook("https://oapi.dingtalk.com/robot/send?access_token=abc123")
                    .channelsAliIm("ww-user").lang("zh-cn"));
            assertEquals("BC8C4B7E-1", r.requestId());
            assertEquals("200", r.code());
            assertEquals(Boolean.TRUE, r.success());
            assertEquals(200, r.metadata().httpStatus());
            assertEquals(1, r.metadata().attempts());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("POST", rec.getMethod());
        assertEquals("/", rec.getPath());
        assertEquals("application/x-www-form-urlencoded", rec.getHeader("Content-Type"));
        assertTrue(rec.getHeader("User-Agent").startsWith("acs4j/"), rec.getHeader("User-Agent"));
        FormRequest form = FormRequest.of(rec);
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("ContactName", "王五");
        expected.put("Describe", "db oncall *~/&=+");
        expected.put("Channels.Mail", "a.b+c@example.com");
        expected.put("Channels.SMS", "13800000000");
        expected.put("Channels.DingWebHook", "https://oapi.dingtalk.com/robot/send?access_token=abc123");
        expected.put("Channels.AliIM", "ww-user");
        expected.put("Lang", "zh-cn");
        assertEquals(expected, form.operationParams());
        assertEquals("PutContact", form.param("Action"));
        assertEquals("2019-01-01", form.param("Version"));
        assertEquals("JSON", form.param("Format"));
        assertEquals(CmsTestSupport.KEY_ID, form.param("AccessKeyId"));
        assertEquals("HMAC-SHA1", form.param("SignatureMethod"));
        assertEquals("1.0", form.param("SignatureVersion"));
        assertEquals("2024-05-06T07:08:10Z", form.param("Timestamp"));
        assertNotNull(form.param("SignatureNonce"));
        assertEquals(null, form.param("SecurityToken"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET), "signature verifies independently");
        // one encoder: the body spells a space %20 and '*' %2A, and keeps '~'
        assertTrue(form.rawBody().contains("Describe=db%20oncall%20%2A~%2F%26%3D%2B"), form.rawBody());
    }

    @Test
    void omittedOptionalParametersAreNotSent() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}"));
        try (CmsClient cms = CmsTestSupport.client(server).build()) {
            cms.putContact(PutContactRequest.builder().contactName("Alice").describe("dba")
                    .channelsMail("alice@example.com").build());
        }
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("ContactName", "Alice");
        expected.put("Describe", "dba");
        expected.put("Channels.Mail", "alice@example.com");
        assertEquals(expected, FormRequest.of(server.takeRequest()).operationParams());
    }

    @Test
    void putContactGroupFlattensContactNames() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Message\":\"success\",\"RequestId\":\"r-g\",\"Success\":true}"));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            names.add("c" + i);
        }
        try (CmsClient cms = CmsTestSupport.client(server).build()) {
            PutContactGroupResponse r = cms.putContactGroup(b -> b.contactGroupName("ops team").contactNames(names)
                    .describe("on-call").enableSubscribed(true));
            assertEquals("r-g", r.requestId());
            assertEquals("success", r.message());
        }
        FormRequest form = FormRequest.of(server.takeRequest());
        assertEquals("PutContactGroup", form.param("Action"));
        assertEquals("ops team", form.param("ContactGroupName"));
        assertEquals("c1", form.param("ContactNames.1"));
        assertEquals("c10", form.param("ContactNames.10"));
        assertEquals("c12", form.param("ContactNames.12"));
        assertEquals(null, form.param("ContactNames.13"));
        assertEquals("on-call", form.param("Describe"));
        assertEquals("true", form.param("EnableSubscribed"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
    }

    @Test
    void numericCode200IsSuccess() {
        server.enqueue(Bodies.json(200, "{\"Code\":200,\"RequestId\":\"r\",\"Success\":true,\"Extra\":{\"x\":1}}"));
        try (CmsClient cms = CmsTestSupport.client(server).build()) {
            assertEquals("200", cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")).code());
        }
    }

    @Test
    void v3SigningSendsAuthorizationHeaderAndNoSignatureParameter() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}"));
        try (CmsClient cms = CmsTestSupport.client(server).signatureVersion(SignatureVersion.V3).build()) {
            cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co"));
        }
        RecordedRequest rec = server.takeRequest();
        String auth = rec.getHeader("Authorization");
        // issue 12: ACS3 sends the business parameters in the query with an empty body, so content-type is not sent
        assertTrue(auth.startsWith("ACS3-HMAC-SHA256 Credential=" + CmsTestSupport.KEY_ID
                + ",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="), auth);
        assertEquals("PutContact", rec.getHeader("x-acs-action"));
        assertEquals("2019-01-01", rec.getHeader("x-acs-version"));
        assertEquals("2024-05-06T07:08:10Z", rec.getHeader("x-acs-date"));
        Acs3Request v3 = Acs3Request.of(rec);
        assertEquals(null, v3.query().get("Signature"));
        assertEquals("a", v3.query().get("ContactName"));
        assertEquals("", v3.rawBody());
        assertTrue(v3.verifies(CmsTestSupport.SECRET));
    }

    @Test
    void unknownRegionFailsFastListingKnownOnes() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> CmsClient.builder().region("mars-north-1").build());
        assertTrue(e.getMessage().contains("Unknown region 'mars-north-1'"), e.getMessage());
        assertTrue(e.getMessage().contains("cn-hangzhou"), e.getMessage());
    }

    @Test
    void regionPicksTheDocumentedHttpsEndpoint() {
        try (CmsClient cms = CmsClient.builder().region("cn-hangzhou").build()) {
            assertNotNull(cms);
        }
        assertEquals("https://metrics.cn-shanghai.aliyuncs.com",
                io.github.acs4j.core.endpoint.Endpoints.CMS.resolve("cn-shanghai").toString());
    }
}
