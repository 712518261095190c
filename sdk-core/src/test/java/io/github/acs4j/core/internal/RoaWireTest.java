package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * REST-style (ROA) calls through the whole pipeline against MockWebServer, judged by what crossed the wire:
 * five derived signing cases (GET with JSON-array query values, POST with a non-ASCII JSON body, PATCH with a
 * path parameter that needs encoding, DELETE with a query list, an STS token) each recomputed by the
 * independent verifier from the raw request; error bodies in either key casing; retries by idempotency;
 * refused redirects; masked echoes; hostile answers; bad path parameters refused before sending.
 */
class RoaWireTest {
    static final String ID = "LTAI5tRoaWireTestKey01";
    static final String SECRET = "roa/wire+test=secret";
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Cms2Test", "2024-03-30", Endpoints.CMS_2,
            AcsServiceException::new, false, false);
    static final ResponseReader<String> READER = (body, meta) -> Json.text(body, "requestId") + "/" + meta.attempts();

    static final Operation<Map<String, Object>, String> LIST = Operation.roa(SERVICE, "ListContacts", true, r -> { },
            RoaRoute.<Map<String, Object>>of("GET", "/contact", (r, w) -> w.query("workspace", r.get("workspace"))
                    .queryJson("contactIds", (List<?>) r.get("contactIds")).query("pageNumber", r.get("pageNumber"))),
            READER, Operation.requires("requestId"));
    static final Operation<Map<String, Object>, String> CREATE = Operation.roa(SERVICE, "CreateContact", false, r -> { },
            RoaRoute.<Map<String, Object>>of("POST", "/contact", (r, w) -> {
                w.body().field("name", r.get("name")).field("email", r.get("email")).field("phone", r.get("phone"))
                        .field("enabled", r.get("enabled")).field("weight", r.get("weight"))
                        .list("tags", (List<?>) r.get("tags"));
                if (r.get("imUserId") != null) {
                    w.body().startObject("imAccount").field("type", "DING").field("userId", r.get("imUserId")).endObject();
                }
                // as generated for the members a model marks sensitive
                w.personal(r.get("email")).personal(r.get("phone")).personal(r.get("robotUrl"))
                        .body().field("robotUrl", r.get("robotUrl"));
            }),
            READER, Operation.requires("requestId"));
    static final Operation<Map<String, Object>, String> UPDATE = Operation.roa(SERVICE, "UpdateAlertRobot", true, r -> { },
            RoaRoute.<Map<String, Object>>of("PATCH", "/robot/{robotId}", (r, w) -> {
                w.path("robotId", r.get("robotId"));
                w.body().field("name", r.get("name")).field("lang", "zh_CN");
            }),
            READER, Operation.requires("requestId"));
    static final Operation<Map<String, Object>, String> DELETE = Operation.roa(SERVICE, "DeleteAlertRobots", true, r -> { },
            RoaRoute.<Map<String, Object>>of("DELETE", "/robots",
                    (r, w) -> w.queryJson("robotIds", (List<?>) r.get("robotIds")).query("type", "DING")),
            READER, Operation.requires("requestId"));

    static final Operation<Map<String, Object>, String> WITH_HEADER = Operation.roa(SERVICE, "GetThing", true, r -> { },
            RoaRoute.<Map<String, Object>>of("GET", "/thing", (r, w) -> w.header((String) r.get("name"), r.get("value"))),
            READER, Operation.requires("requestId"));

    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    ClientRuntime runtime(CredentialsProvider credentials, int maxResponseBytes) {
        return new ClientRuntime(SERVICE, new ClientConfiguration(null, server.url("/").uri(), credentials,
                SignatureVersion.V1, RetryStrategy.builder().sleeper(ms -> { }).build(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), null, null, null, null, Clock.systemUTC(), maxResponseBytes));
    }

    ClientRuntime runtime() {
        return runtime(StaticCredentialsProvider.create(ID, SECRET), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
    }

    static Map<String, Object> req(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static MockResponse ok() {
        return Bodies.json(200, "{\"requestId\":\"r-ok\",\"total\":0}");
    }

    /** The request as it arrived, re-signed by the independent verifier; the signature must be the one sent. */
    static RecordedRequest verified(RecordedRequest r, String accessKeyId) {
        Map<String, String> headers = new HashMap<>();
        for (String name : r.getHeaders().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), r.getHeader(name));
        }
        IndependentAcs3Verifier x = new IndependentAcs3Verifier(r.getMethod(), r.getPath(), headers,
                r.getBody().clone().readByteArray(), SECRET);
        assertEquals(x.authorization(accessKeyId), r.getHeader("Authorization"), r.getMethod() + " " + r.getPath());
        assertEquals("2024-03-30", r.getHeader("x-acs-version"));
        assertTrue(r.getHeader("x-acs-date").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), r.getHeader("x-acs-date"));
        assertTrue(r.getHeader("x-acs-signature-nonce").matches("[0-9a-f]{32}"));
        return r;
    }

    @Test
    void derivedGetWithJsonArrayQuery() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            assertEquals("r-ok/1", rt.invoke(LIST, req("workspace", "ws 1/ü", "pageNumber", 2,
                    "contactIds", Arrays.asList("c-001", "联系人-2", "c 3+&=/\"q\""))));
        }
        RecordedRequest r = verified(server.takeRequest(), ID);
        assertEquals("GET", r.getMethod());
        assertEquals("/contact?contactIds=%5B%22c-001%22%2C%22%E8%81%94%E7%B3%BB%E4%BA%BA-2%22%2C%22c%203%2B%26%3D%2F%5C%22q%5C%22%22%5D"
                + "&pageNumber=2&workspace=ws%201%2F%C3%BC", r.getPath());
        assertEquals(0, r.getBodySize());
        assertNull(r.getHeader("Content-Type"));
        assertEquals("ListContacts", r.getHeader("x-acs-action"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", r.getHeader("x-acs-content-sha256"));
    }

    @Test
    void derivedPostWithNonAsciiJsonBody() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            rt.invoke(CREATE, req("name", "张三 & Co+=ü 😀", "email", "a+b@例え.jp", "enabled", true, "weight", 7,
                    "tags", Arrays.asList("运维", "on\"call"), "imUserId", "dt-0001"));
        }
        RecordedRequest r = verified(server.takeRequest(), ID);
        assertEquals("POST", r.getMethod());
        assertEquals("/contact", r.getPath());
        assertEquals("application/json; charset=utf-8", r.getHeader("Content-Type"));
        assertEquals("{\"name\":\"张三 & Co+=ü 😀\",\"email\":\"a+b@例え.jp\",\"enabled\":true,\"weight\":7,"
                + "\"tags\":[\"运维\",\"on\\\"call\"],\"imAccount\":{\"type\":\"DING\",\"userId\":\"dt-0001\"}}",
                r.getBody().readString(StandardCharsets.UTF_8));
        assertTrue(r.getHeader("Authorization").contains("SignedHeaders=content-type;host;x-acs-action;"));
    }

    @Test
    void derivedPatchWithPathParameterNeedingEncoding() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            rt.invoke(UPDATE, req("robotId", "r/01 ü+&=?#%~*", "name", "机器人"));
        }
        RecordedRequest r = verified(server.takeRequest(), ID);
        assertEquals("PATCH", r.getMethod());
        assertEquals("/robot/r%2F01%20%C3%BC%2B%26%3D%3F%23%25~%2A", r.getPath());
        assertEquals("{\"name\":\"机器人\",\"lang\":\"zh_CN\"}", r.getBody().readString(StandardCharsets.UTF_8));
    }

    @Test
    void derivedDeleteWithQueryList() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            rt.invoke(DELETE, req("robotIds", Arrays.asList("robot-01 ü", "robot/02", "r+&=3")));
        }
        RecordedRequest r = verified(server.takeRequest(), ID);
        assertEquals("DELETE", r.getMethod());
        assertEquals("/robots?robotIds=%5B%22robot-01%20%C3%BC%22%2C%22robot%2F02%22%2C%22r%2B%26%3D3%22%5D&type=DING",
                r.getPath());
        assertEquals(0, r.getBodySize());
        assertNull(r.getHeader("Content-Type"));
    }

    @Test
    void derivedStsTokenIsSentAndSigned() throws Exception {
        server.enqueue(ok());
        String token = "CAIS/sts+token=long.valueÅbc";
        token = token.replace("Å", "A"); // headers take printable ASCII
        try (ClientRuntime rt = runtime(StaticCredentialsProvider.create("STS.roa-key", SECRET, token),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES)) {
            rt.invoke(LIST, req("workspace", "w"));
        }
        RecordedRequest r = verified(server.takeRequest(), "STS.roa-key");
        assertEquals(token, r.getHeader("x-acs-security-token"));
        assertEquals("STS.roa-key", r.getHeader("x-acs-accesskey-id"));
        assertTrue(r.getHeader("Authorization").contains(";x-acs-accesskey-id;") 
                && r.getHeader("Authorization").contains(";x-acs-security-token;"), r.getHeader("Authorization"));
    }

    @Test
    void aTokenHeadersCannotCarryFailsBeforeSendingWithoutShowingIt() {
        String token = "CAIS-t\u00f6ken-secret-part";
        try (ClientRuntime rt = runtime(StaticCredentialsProvider.create("STS.roa-key", SECRET, token),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES)) {
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(LIST, req("workspace", "w")));
            assertTrue(e.getMessage().contains("the security token from ") && e.getMessage().contains(
                    "cannot travel in the x-acs-security-token header (a non-ASCII character at index 6"), e.getMessage());
            assertFalse(Thrown.allText(e).contains("secret-part"), Thrown.allText(e));
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void asyncCallsTakeTheSamePath() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            assertEquals("r-ok/1", rt.invokeAsync(DELETE, req("robotIds", Arrays.asList("a"))).get(10, TimeUnit.SECONDS));
        }
        verified(server.takeRequest(), ID);
    }

    @Test
    void errorBodiesInEitherCasingMapToTheServiceException() throws Exception {
        server.enqueue(Bodies.json(400, "{\"code\":\"InvalidParameter\",\"message\":\"name is missing or invalid\","
                + "\"requestId\":\"r-400\"}"));
        server.enqueue(Bodies.json(404, "{\"Code\":\"ResourceNotFound\",\"Message\":\"robot not found\",\"RequestId\":\"r-404\"}"));
        try (ClientRuntime rt = runtime()) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertEquals("InvalidParameter", e.errorCode());
            assertEquals("name is missing or invalid", e.errorMessage());
            assertEquals("r-400", e.requestId());
            assertEquals(400, e.httpStatus());
            e = assertThrows(AcsServiceException.class, () -> rt.invoke(UPDATE, req("robotId", "r1", "name", "n")));
            assertEquals("ResourceNotFound", e.errorCode());
            assertEquals("r-404", e.requestId());
            assertEquals(404, e.httpStatus());
            assertFalse(e.isRetryable());
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void throttlingIsRetriedEvenForACreate() throws Exception {
        server.enqueue(Bodies.json(429, "{\"code\":\"Throttling.User\",\"message\":\"slow down\",\"requestId\":\"r-t\"}"));
        server.enqueue(Bodies.json(200, "{\"requestId\":\"r-2\",\"contactId\":\"c-1\"}"));
        try (ClientRuntime rt = runtime()) {
            assertEquals("r-2/2", rt.invoke(CREATE, req("name", "x")));
        }
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aCreateThatMayHaveBeenProcessedIsNotRepeatedButIdempotentCallsAre() throws Exception {
        MockResponse unavailable = Bodies.json(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r-5\"}");
        MockResponse html = new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
        try (ClientRuntime rt = runtime()) {
            server.enqueue(unavailable);
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertEquals(503, e.httpStatus());
            assertEquals(1, server.getRequestCount());
            server.enqueue(html);
            AcsClientException c = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertTrue(c.getMessage().contains("Unreadable response to Cms2Test CreateContact: HTTP 502"), c.getMessage());
            assertTrue(c.getMessage().contains("<html>"), c.getMessage());
            assertEquals(2, server.getRequestCount());
            for (Operation<Map<String, Object>, String> op : Arrays.asList(UPDATE, DELETE, LIST)) {
                server.enqueue(unavailable);
                server.enqueue(html);
                server.enqueue(ok());
                assertEquals("r-ok/3", rt.invoke(op, req("robotId", "r1", "robotIds", Arrays.asList("r1"))), op.action());
            }
        }
        assertEquals(11, server.getRequestCount());
    }

    @Test
    void hostileAnswersFailClearly() throws Exception {
        try (ClientRuntime rt = runtime(StaticCredentialsProvider.create(ID, SECRET), 4096)) {
            server.enqueue(new MockResponse().setResponseCode(200));
            AcsClientException e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertTrue(e.getMessage().contains("HTTP 200") && e.getMessage().contains("0 bytes"), e.getMessage());
            server.enqueue(Bodies.json(200, "not json {"));
            e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertTrue(e.getMessage().contains("Unreadable response"), e.getMessage());
            server.enqueue(Bodies.json(200, "{\"total\":1}"));
            IncompleteResponseException i = assertThrows(IncompleteResponseException.class,
                    () -> rt.invoke(CREATE, req("name", "x")));
            assertTrue(i.getMessage().contains("without requestId"), i.getMessage());
            StringBuilder huge = new StringBuilder("{\"requestId\":\"r\",\"pad\":\"");
            while (huge.length() < 10_000) {
                huge.append("0123456789");
            }
            server.enqueue(Bodies.json(200, huge.append("\"}").toString()));
            e = assertThrows(AcsClientException.class, () -> rt.invoke(CREATE, req("name", "x")));
            assertTrue(e.getMessage().contains("larger than 4096 bytes"), e.getMessage());
        }
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void redirectsAreRefused() throws Exception {
        MockResponse redirect = new MockResponse().setResponseCode(307).setHeader("Location", server.url("/elsewhere"));
        server.enqueue(redirect);
        server.enqueue(redirect);
        server.enqueue(ok()); // what following a redirect would get
        try (ClientRuntime rt = runtime()) {
            AcsClientException e = assertThrows(AcsClientException.class,
                    () -> rt.invoke(DELETE, req("robotIds", Arrays.asList("r1"))));
            assertTrue(e.getMessage().contains("redirected (HTTP 307"), e.getMessage());
            ExecutionException ee = assertThrows(ExecutionException.class,
                    () -> rt.invokeAsync(UPDATE, req("robotId", "r1")).get(10, TimeUnit.SECONDS));
            assertInstanceOf(AcsClientException.class, ee.getCause());
        }
        assertEquals(2, server.getRequestCount());
        assertEquals("/robots?robotIds=%5B%22r1%22%5D&type=DING", server.takeRequest().getPath());
        assertEquals("/robot/r1", server.takeRequest().getPath());
    }

    @Test
    void echoedBodiesAreMasked() throws Exception {
        String email = "alice.zhang@example.com";
        String phone = "+86 13800001234";
        String robot = "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789";
        String echoed = "{\\\"name\\\":\\\"a\\\",\\\"email\\\":\\\"" + email + "\\\",\\\"phone\\\":\\\"" + phone
                + "\\\",\\\"robotUrl\\\":\\\"" + robot + "\\\"}";
        server.enqueue(Bodies.json(400, "{\"code\":\"InvalidParameter\",\"message\":\"bad body: " + echoed
                + "\",\"requestId\":\"r-m\"}"));
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>upstream got " + echoed + "</html>"));
        try (ClientRuntime rt = runtime()) {
            for (int i = 0; i < 2; i++) {
                RuntimeException e = assertThrows(RuntimeException.class,
                        () -> rt.invoke(CREATE, req("name", "a", "email", email, "phone", phone, "robotUrl", robot)));
                String all = Thrown.allText(e);
                assertFalse(all.contains("alice.zhang"), all);
                assertFalse(all.contains("13800001234"), all);
                assertFalse(all.contains("abcdef0123456789"), all);
                assertFalse(all.contains(SECRET), all);
            }
        }
    }

    @Test
    void badPathParametersAreRefusedBeforeSending() {
        try (ClientRuntime rt = runtime()) {
            for (String bad : new String[] {null, "", ".", ".."}) {
                AcsClientException e = assertThrows(AcsClientException.class,
                        () -> rt.invoke(UPDATE, req("robotId", bad, "name", "n")), String.valueOf(bad));
                assertTrue(e.getMessage().startsWith("Invalid UpdateAlertRobot request: the path parameter robotId of"
                        + " PATCH /robot/{robotId} "), e.getMessage());
                assertTrue(e.getMessage().endsWith("Nothing was sent."), e.getMessage());
            }
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void valuesThatCannotTravelAreRefusedBeforeSending() {
        // inside JSON (the body, a JSON-array query value) an unpaired surrogate travels as a valid \\uD800 escape
        String unpaired = "ab\uD800cd";
        Object[][] cases = {
            {LIST, req("workspace", unpaired), "ListContacts", "unpaired surrogate U+D800 at index 2"},
            {UPDATE, req("robotId", unpaired), "UpdateAlertRobot", "unpaired surrogate U+D800 at index 2"},
            {WITH_HEADER, req("name", "x-acs-trace", "value", "trace ü"), "GetThing",
                "the header x-acs-trace cannot carry its value (a non-ASCII character at index 6"},
            {WITH_HEADER, req("name", "X-Acs-Action", "value", "Other"), "GetThing",
                "the header X-Acs-Action is set by the signer"},
        };
        try (ClientRuntime rt = runtime()) {
            for (Object[] c : cases) {
                @SuppressWarnings("unchecked")
                Operation<Map<String, Object>, String> op = (Operation<Map<String, Object>, String>) c[0];
                AcsClientException e = assertThrows(AcsClientException.class,
                        () -> rt.invoke(op, (Map<String, Object>) c[1]), String.valueOf(c[3]));
                assertTrue(e.getMessage().startsWith("Invalid " + c[2] + " request: "), e.getMessage());
                assertTrue(e.getMessage().contains((String) c[3]), e.getMessage());
                assertTrue(e.getMessage().endsWith("Nothing was sent."), e.getMessage());
                assertFalse(e.getMessage().contains("trace ü"), e.getMessage());
            }
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aValueCannotStepOutOfItsSegment() throws Exception {
        server.enqueue(ok());
        try (ClientRuntime rt = runtime()) {
            rt.invoke(UPDATE, req("robotId", "../contacts?x=1#f", "name", "n"));
        }
        assertEquals("/robot/..%2Fcontacts%3Fx%3D1%23f", verified(server.takeRequest(), ID).getPath());
    }
}
