package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.CmsException;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults in the answer: error statuses alone and in bursts, broken bodies, huge bodies, error codes. */
@Order(2)
class AnswerFaultsTest {
    static final String OK = "{\"Code\":\"200\",\"RequestId\":\"ok\",\"Success\":true}";
    Harness h;
    CmsClient cms;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
        cms = h.cms().build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        h.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void transientStatusAloneIsRetriedToSuccess(int status) {
        h.server.enqueue(Bodies.error(status, status == 429 ? "Throttling" : "ServiceUnavailable", "try later", "e1"));
        h.server.enqueue(Bodies.json(200, OK));
        Harness.putContact(cms);
        assertEquals(2, h.server.getRequestCount());
        Figures.record("HTTP " + status + " then 200 (idempotent)", "success on attempt 2", 2);
    }

    @Test
    void burstOfServerErrorsExhaustsTheAttempts() {
        for (int i = 0; i < 3; i++) {
            h.server.enqueue(Bodies.error(503, "ServiceUnavailable", "busy", "burst-" + i));
        }
        h.server.enqueue(Bodies.json(200, OK));
        AcsServiceException e = Leaks.record(assertThrows(CmsException.class, () -> Harness.putContact(cms)));
        assertEquals(3, e.attempts());
        assertEquals("burst-2", e.requestId());
        assertEquals(3, h.server.getRequestCount());
        Figures.record("burst of 3 x HTTP 503", "CmsException after 3 attempts", 3);
    }

    @Test
    void burstOfThrottlingThenSuccessUsesTheThrottledBackoff() {
        h.server.enqueue(Bodies.error(429, "Throttling.User", "flow control", "t1"));
        h.server.enqueue(Bodies.error(429, "Throttling.User", "flow control", "t2"));
        h.server.enqueue(Bodies.json(200, OK));
        Harness.putContact(cms);
        assertEquals(3, h.server.getRequestCount());
        assertEquals(2, h.sleeps.size());
        assertTrue(h.sleeps.get(0) <= 1000 && h.sleeps.get(1) <= 2000, h.sleeps.toString());
        Figures.record("burst of 2 x HTTP 429 then 200", "success on attempt 3", 3);
    }

    @Test
    void retryAfterHeaderIsHonoured() {
        h.server.enqueue(Bodies.error(429, "Throttling", "wait", "t").setHeader("x-acs-retry-after", "750"));
        h.server.enqueue(Bodies.json(200, OK));
        Harness.putContact(cms);
        assertEquals(Collections.singletonList(750L), h.sleeps);
        Figures.record("429 with x-acs-retry-after: 750", "waited exactly 750 ms, success", 2);
    }

    @Test
    void truncatedJsonIsAClientException() {
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"tr"));
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        assertTrue(e.getMessage().startsWith("Unreadable response to Cms PutContact: HTTP 200"), e.getMessage());
        Figures.record("truncated JSON", "AcsClientException naming status and first bytes", 1);
    }

    @Test
    void htmlErrorPageIsAClientExceptionSayingWhatCameBack() {
        for (int i = 0; i < 3; i++) {
            h.server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                    .setBody("<html><head><title>502 Bad Gateway</title></head></html>"));
        }
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        assertTrue(e.getMessage().contains("HTTP 502, Content-Type text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
        assertEquals(3, h.server.getRequestCount());
        Figures.record("HTML 502 page from a proxy", "AcsClientException after 3 attempts", 3);
    }

    @Test
    void emptyBodyIsAClientException() {
        h.server.enqueue(new MockResponse().setResponseCode(200));
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        assertTrue(e.getMessage().contains("0 bytes"), e.getMessage());
        Figures.record("empty body", "AcsClientException", 1);
    }

    @Test
    void fiftyMegabyteBodyIsRefusedWithBoundedMemory() {
        Buffer huge = new Buffer();
        huge.writeUtf8("{\"Code\":\"200\",\"RequestId\":\"big\",\"Pad\":\"");
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 50 * 16; i++) {
            huge.write(chunk);
        }
        huge.writeUtf8("\"}");
        h.server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(huge));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        AcsClientException e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(e.getMessage().contains("larger than 8388608 bytes"), e.getMessage());
        assertFalse(e.isRetryable());
        // the body is 50 MiB; reading stops at the 8 MiB limit
        assertTrue(allocated < 32L * 1024 * 1024, "allocated " + allocated + " bytes");
        Figures.record("50 MiB body", "AcsClientException at the 8 MiB limit, < 32 MiB allocated", 1);
    }

    @Test
    void wrongContentTypeWithAJsonBodyIsStillRead() {
        h.server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(OK));
        Harness.putContact(cms); // throws unless the body was read as the success it is
        assertEquals(1, h.server.getRequestCount());
        Figures.record("JSON body labelled text/plain", "success (body is what counts)", 1);
    }

    @Test
    void clockSkewAnswerIsNotRetriedAndSaysSo() {
        h.server.enqueue(Bodies.error(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", "cs"));
        AcsServiceException e = Leaks.record(assertThrows(CmsException.class, () -> Harness.putContact(cms)));
        assertTrue(e.isClockSkew());
        assertEquals(1, h.server.getRequestCount());
        Figures.record("clock skew (InvalidTimeStamp.Expired)", "CmsException, isClockSkew, not retried", 1);
    }

    @Test
    void expiredStsTokenAnswerIsAnAuthFailure() {
        h.server.enqueue(Bodies.error(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.", "st"));
        AcsServiceException e = Leaks.record(assertThrows(CmsException.class, () -> Harness.putContact(cms)));
        assertTrue(e.isAuthFailure());
        assertFalse(e.isRetryable());
        assertEquals(1, h.server.getRequestCount());
        Figures.record("expired STS token", "CmsException, isAuthFailure, not retried", 1);
    }

    @Test
    void http200WithSuccessFalseIsAFailure() {
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"403\",\"Message\":\"Permission denied\",\"RequestId\":\"f\",\"Success\":false}"));
        CmsException e = Leaks.record(assertThrows(CmsException.class, () -> Harness.putContact(cms)));
        assertEquals("403", e.errorCode());
        Figures.record("HTTP 200 with Success=false", "CmsException with the body's code", 1);
    }

    @Test
    void throttlingCodeUnderHttp400IsRetried() {
        h.server.enqueue(Bodies.error(400, "Throttling.User", "flow control", "t"));
        h.server.enqueue(Bodies.json(200, OK));
        Harness.putContact(cms);
        assertEquals(2, h.server.getRequestCount());
        Figures.record("Throttling.User with HTTP 400", "success on attempt 2", 2);
    }
}
