package io.github.acs4j.cms;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Acs3Request;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a CloudMonitor client signs with ACS3 unless told otherwise, as the official SDK does, and
 * places the parameters as the official core does: all in the URL's query, an empty body, no content type.
 * The signature is recomputed from what arrived by the test's own code. {@code signatureVersion(null)} goes
 * back to that default; {@code V1} still sends today's form body.
 */
class CmsDefaultSignatureTest {
    static final String OK = "{\"RequestId\":\"r-1\",\"Code\":\"200\",\"Success\":true,\"Message\":\"\"}";

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

    CmsClient.Builder builder() {
        return CmsClient.builder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(CmsTestSupport.KEY_ID, CmsTestSupport.SECRET))
                .retryStrategy(RetryStrategy.none());
    }

    RecordedRequest putContact(CmsClient.Builder b) throws InterruptedException {
        server.enqueue(Bodies.json(200, OK));
        try (CmsClient cms = b.build()) {
            cms.putContact(r -> r.contactName("王五").describe("db oncall *~/&=+").channelsMail("a.b+c@example.com")
                    .channelsSms("13800000000"));
        }
        return server.takeRequest();
    }

    @Test
    void theDefaultClientSendsAcs3WithItsParametersInTheQueryAndAnEmptyBody() throws Exception {
        Acs3Request r = Acs3Request.of(putContact(builder()));
        assertEquals("POST", r.recorded().getMethod());
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("ContactName", "王五");
        expected.put("Describe", "db oncall *~/&=+");
        expected.put("Channels.Mail", "a.b+c@example.com");
        expected.put("Channels.SMS", "13800000000");
        assertEquals(expected, r.query());
        assertEquals("", r.rawBody());
        assertNull(r.recorded().getHeader("Content-Type"));
        assertEquals(Acs3Request.emptyBodyHash(), r.recorded().getHeader("x-acs-content-sha256"));
        assertTrue(r.recorded().getHeader("Authorization").startsWith("ACS3-HMAC-SHA256 Credential="
                + CmsTestSupport.KEY_ID + ",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                + "x-acs-signature-nonce;x-acs-version,Signature="));
        assertEquals("PutContact", r.recorded().getHeader("x-acs-action"));
        assertEquals("2019-01-01", r.recorded().getHeader("x-acs-version"));
        assertTrue(r.verifies(CmsTestSupport.SECRET), r.stringToSign());
    }

    @Test
    void signatureVersionNullGoesBackToTheProductsDefault() throws Exception {
        Acs3Request r = Acs3Request.of(putContact(builder().signatureVersion(SignatureVersion.V1).signatureVersion(null)));
        assertTrue(r.recorded().getHeader("Authorization").startsWith("ACS3-HMAC-SHA256 "));
        assertTrue(r.verifies(CmsTestSupport.SECRET));
    }

    @Test
    void v1NamedExplicitlyStillSendsTheFormBody() throws Exception {
        RecordedRequest rec = putContact(builder().signatureVersion(SignatureVersion.V1));
        assertEquals("/", rec.getPath());
        assertNull(rec.getHeader("Authorization"));
        FormRequest form = FormRequest.of(rec);
        assertEquals("PutContact", form.param("Action"));
        assertEquals("王五", form.param("ContactName"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
    }
}
