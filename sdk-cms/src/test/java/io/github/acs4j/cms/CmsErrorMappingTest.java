package io.github.acs4j.cms;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documented CloudMonitor errors become CmsException with every field; bad input sends nothing. */
class CmsErrorMappingTest {
    MockWebServer server;
    CmsClient cms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        cms = CmsTestSupport.client(server).retryStrategy(RetryStrategy.none()).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        server.shutdown();
    }

    @ParameterizedTest
    @CsvSource({
            "400, InvalidParameterValue, The parameter is invalid.",
            "403, InvalidAuthorization, Permission denied",
            "404, ContactGroup.NotExists, ContactGroup not exists",
            "500, InternalError, The request processing has failed due to some unknown error."
    })
    void documentedErrorsMapToCmsException(int status, String code, String message) {
        server.enqueue(Bodies.error(status, code, message, "REQ-" + status));
        CmsException e = assertThrows(CmsException.class,
                () -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames("a")));
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(message, e.errorMessage());
        assertEquals("REQ-" + status, e.requestId());
        assertEquals("metrics.example", e.hostId());
        assertTrue(e.recommend().contains(code));
        assertEquals(1, e.attempts());
        assertEquals("Cms", e.serviceName());
        assertEquals("PutContactGroup", e.action());
        assertEquals(message + " (Service: Cms, Action: PutContactGroup, Status: " + status + ", Code: " + code
                + ", RequestId: REQ-" + status + ")", e.getMessage());
    }

    @Test
    void http200WithSuccessFalseIsAFailure() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"400\",\"Message\":\"Illegal parameters.\",\"RequestId\":\"R-200\",\"Success\":false}"));
        CmsException e = assertThrows(CmsException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")));
        assertEquals(200, e.httpStatus());
        assertEquals("400", e.errorCode());
        assertEquals("Illegal parameters.", e.errorMessage());
        assertEquals("R-200", e.requestId());
    }

    @Test
    void http200WithNon200CodeIsAFailureEvenWithoutSuccessField() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"ContactNotExists\",\"Message\":\"ContactName does not exist.\",\"RequestId\":\"R\"}"));
        CmsException e = assertThrows(CmsException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")));
        assertEquals(CmsErrorCodes.CONTACT_NOT_EXISTS, e.errorCode());
    }

    @Test
    void throttlingCodeWithHttp400IsThrottlingAndRetried() {
        server.enqueue(Bodies.error(400, "Throttling.User", "Request was denied due to user flow control.", "R1"));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"R2\",\"Success\":true}"));
        try (CmsClient retrying = CmsTestSupport.client(server).build()) {
            assertEquals("R2", retrying.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")).requestId());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void signatureMismatchWithSameStringToSignBlamesTheSecret() throws Exception {
        // answer the first request with the string to sign an independent implementation computes from it
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"R1\",\"Success\":true}"));
        cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co"));
        String theirs = FormRequest.of(server.takeRequest()).expectedStringToSign("POST");
        assertTrue(theirs.startsWith("POST&%2F&AccessKeyId"));
        server.enqueue(Bodies.error(400, "SignatureDoesNotMatch",
                "Specified signature is not matched with our calculation. server string to sign is:" + theirs, "R-SIG"));
        AcsServiceException e = assertThrows(AcsServiceException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")));
        assertTrue(e.isAuthFailure());
        // same parameters but a new nonce and so a different string: the diagnosis says it differs
        assertTrue(e.getMessage().contains("differs from ours"), e.getMessage());
        assertFalse(e.getMessage().contains("AccessKeyId%3D"), "the echoed string to sign is not repeated: " + e.getMessage());
    }

    @Test
    void signatureMismatchEchoingOurStringBlamesTheSecret() {
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                String sts = FormRequest.of(request).expectedStringToSign(request.getMethod());
                return Bodies.error(400, "SignatureDoesNotMatch",
                        "Specified signature is not matched with our calculation. server string to sign is:" + sts, "R-SIG");
            }
        });
        AcsServiceException e = assertThrows(CmsException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co")));
        assertTrue(e.getMessage().contains("equals ours, so the AccessKey secret is wrong"), e.getMessage());
        assertTrue(e.getMessage().contains("[not shown]"), e.getMessage());
    }

    @Test
    void missingRequiredFieldSendsNothing() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> cms.putContact(b -> b.describe("d").channelsMail("a@b.co")));
        assertEquals("Invalid PutContact request: ContactName is required; got null. Nothing was sent.", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void noChannelSendsNothing() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d")));
        assertTrue(e.getMessage().contains("at least one of Channels.SMS, Channels.Mail"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void langOutsideItsValueSetSendsNothing() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> cms.putContact(b -> b.contactName("a").describe("d").channelsMail("a@b.co").lang("fr")));
        assertEquals("Invalid PutContact request: Lang must be one of [zh-cn, en]; got 'fr'. Nothing was sent.",
                e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void contactNamesBoundsAreEnforced() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            names.add("c" + i);
        }
        AcsClientException tooMany = assertThrows(AcsClientException.class,
                () -> cms.putContactGroup(b -> b.contactGroupName("g").contactNames(names)));
        assertTrue(tooMany.getMessage().contains("ContactNames must have 1 to 100 entries (had 101)"), tooMany.getMessage());
        AcsClientException none = assertThrows(AcsClientException.class,
                () -> cms.putContactGroup(b -> b.contactGroupName("g")));
        assertTrue(none.getMessage().contains("ContactNames is required"), none.getMessage());
        assertEquals(0, server.getRequestCount());
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}"));
        cms.putContactGroup(b -> b.contactGroupName("g").contactNames(names.subList(0, 100)));
        assertEquals(1, server.getRequestCount());
    }
}
