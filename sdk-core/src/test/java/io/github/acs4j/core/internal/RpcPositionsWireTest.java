package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Acs3Request;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where parameters travel, by signature, HTTP method and the model's positions (issue 12), checked on what
 * MockWebServer received: ACS3 puts query parameters in the URL and body parameters in a form body, with an
 * empty body and no content type when there are none; V1 POST keeps every parameter in the form body
 * whatever the positions say; GET has no body; {@code RegionId} is filled from the client's region only for an
 * operation that takes it. Signatures are recomputed by the test's own code.
 */
class RpcPositionsWireTest {
    static final String SECRET = "positions-secret-9f1e";
    static final String TOKEN = "positions-token-4c2a";
    static final String PHONE = "13900001234";
    static final String EMAIL = "alice.smith@example.com";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final Operation<Map<String, String>, String> QUERY_ONLY = op("PutThing");
    static final Operation<Map<String, String>, String> MIXED = op("MixThing").withBodyParameters("Notes", "Tags");
    static final Operation<Map<String, String>, String> BY_GET = op("ListThings").withHttpMethod("GET");

    MockWebServer server;

    static Operation<Map<String, String>, String> op(String action) {
        return Operation.<Map<String, String>, String>of(PipelineRetryTest.SERVICE, action, true, r -> { },
                (r, w) -> r.forEach(w::put),
                (body, meta) -> Json.text(body, "RequestId"))
                // what a product's model declares; the redaction follows the declaration (issue 12)
                .withSensitiveMembers(Operation.sensitive("Channels.SMS", "phone", "Channels.Mail", "email"));
    }

    static Map<String, String> params() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Name", "a b*c~d+é");
        m.put("Notes", "line one\nline two & more");
        m.put("Tags.1", "x");
        m.put("Tags.2", "y/z");
        m.put("Channels.SMS", PHONE);
        return m;
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    ClientRuntime runtime(SignatureVersion version, String token, List<ExecutionInterceptor> interceptors) {
        return runtime(null, version, token, interceptors);
    }

    ClientRuntime runtime(String region, SignatureVersion version, String token, List<ExecutionInterceptor> interceptors) {
        ClientConfiguration c = new ClientConfiguration(region, server.url("/").uri(),
                StaticCredentialsProvider.create("PosKeyId01", SECRET, token), version, RetryStrategy.none(),
                null, null, null, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES,
                interceptors, null, null);
        return new ClientRuntime(PipelineRetryTest.SERVICE, c);
    }

    RecordedRequest call(SignatureVersion version, Operation<Map<String, String>, String> op, String token)
            throws InterruptedException {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"pos-1\"}"));
        try (ClientRuntime rt = runtime(version, token, Collections.<ExecutionInterceptor>emptyList())) {
            assertEquals("pos-1", rt.invoke(op, params()));
        }
        return server.takeRequest();
    }

    @Test
    void acs3SendsQueryParametersInTheUrlAndAnEmptyBodyWithoutContentType() throws Exception {
        Acs3Request r = Acs3Request.of(call(SignatureVersion.V3, QUERY_ONLY, null));
        assertEquals("POST", r.recorded().getMethod());
        assertEquals(new TreeMap<>(params()), r.query());
        assertEquals("Channels.SMS=" + PHONE + "&Name=a%20b%2Ac~d%2B%C3%A9&Notes=line%20one%0Aline%20two%20%26%20more"
                + "&Tags.1=x&Tags.2=y%2Fz", r.rawQuery());
        assertEquals("", r.rawBody());
        assertNull(r.recorded().getHeader("Content-Type"));
        assertEquals(EMPTY_SHA256, r.recorded().getHeader("x-acs-content-sha256"));
        assertEquals("host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
                r.signedHeaders());
        assertEquals("PutThing", r.recorded().getHeader("x-acs-action"));
        assertEquals("2020-01-01", r.recorded().getHeader("x-acs-version"));
        assertTrue(r.verifies(SECRET), r.stringToSign());
        assertFalse(r.verifies(SECRET + "x"));
    }

    @Test
    void acs3SendsBodyParametersInASignedFormAndTheRestInTheQuery() throws Exception {
        Acs3Request r = Acs3Request.of(call(SignatureVersion.V3, MIXED, null));
        Map<String, String> query = new TreeMap<>();
        query.put("Channels.SMS", PHONE);
        query.put("Name", "a b*c~d+é");
        Map<String, String> body = new TreeMap<>();
        body.put("Notes", "line one\nline two & more");
        body.put("Tags.1", "x");
        body.put("Tags.2", "y/z");
        assertEquals(query, r.query());
        assertEquals(body, r.body());
        assertEquals("Notes=line%20one%0Aline%20two%20%26%20more&Tags.1=x&Tags.2=y%2Fz", r.rawBody());
        assertEquals("application/x-www-form-urlencoded", r.recorded().getHeader("Content-Type"));
        assertEquals("content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                + "x-acs-version", r.signedHeaders());
        assertTrue(r.bodyHashMatches());
        assertTrue(r.verifies(SECRET), r.stringToSign());
    }

    @Test
    void acs3ByGetHasNoBodyAndEverythingInTheQuery() throws Exception {
        Acs3Request r = Acs3Request.of(call(SignatureVersion.V3, BY_GET, null));
        assertEquals("GET", r.recorded().getMethod());
        assertEquals(new TreeMap<>(params()), r.query());
        assertEquals(0, r.recorded().getBodySize());
        assertNull(r.recorded().getHeader("Content-Type"));
        assertEquals(EMPTY_SHA256, r.recorded().getHeader("x-acs-content-sha256"));
        assertTrue(r.verifies(SECRET), r.stringToSign());
    }

    @Test
    void acs3WithASecurityTokenAlsoSendsTheKeyIdHeaderAndSignsBoth() throws Exception {
        Acs3Request r = Acs3Request.of(call(SignatureVersion.V3, QUERY_ONLY, TOKEN));
        assertEquals(TOKEN, r.recorded().getHeader("x-acs-security-token"));
        assertEquals("PosKeyId01", r.recorded().getHeader("x-acs-accesskey-id"));
        assertEquals("host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
                + "x-acs-signature-nonce;x-acs-version", r.signedHeaders());
        assertTrue(r.verifies(SECRET), r.stringToSign());
    }

    @Test
    void v1PostKeepsEveryParameterInTheFormBodyWhateverThePositions() throws Exception {
        for (Operation<Map<String, String>, String> op : new ArrayList<>(java.util.Arrays.asList(QUERY_ONLY, MIXED))) {
            RecordedRequest rec = call(SignatureVersion.V1, op, TOKEN);
            assertEquals("POST", rec.getMethod());
            assertEquals("/", rec.getPath());
            FormRequest form = FormRequest.of(rec);
            assertEquals(new TreeMap<>(params()), form.operationParams());
            assertEquals(TOKEN, form.param("SecurityToken"));
            assertTrue(form.v1SignatureVerifies(SECRET));
        }
    }

    @Test
    void v1GetPutsEveryParameterInTheUrl() throws Exception {
        RecordedRequest rec = call(SignatureVersion.V1, BY_GET, null);
        assertEquals("GET", rec.getMethod());
        assertEquals(0, rec.getBodySize());
        Acs3Request view = Acs3Request.of(rec);
        Map<String, String> all = view.query();
        for (Map.Entry<String, String> p : params().entrySet()) {
            assertEquals(p.getValue(), all.get(p.getKey()), p.getKey());
        }
        assertEquals("ListThings", all.get("Action"));
        // the same independent V1 check as for a form, fed the query
        String canonical = view.rawQuery().substring(0, view.rawQuery().lastIndexOf("&Signature="));
        assertEquals(io.github.acs4j.core.signing.RpcV1Signer.signature(SECRET,
                io.github.acs4j.core.signing.RpcV1Signer.stringToSign("GET", canonical)), all.get("Signature"));
        assertTrue(v1Verifies("GET", all));
    }

    /** V1 recomputed with the JDK encoder and javax.crypto (FormRequest's method), from decoded parameters. */
    private static boolean v1Verifies(String method, Map<String, String> params) throws Exception {
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (!e.getKey().equals("Signature")) {
                canonical.append(canonical.length() == 0 ? "" : "&").append(enc(e.getKey())).append('=')
                        .append(enc(e.getValue()));
            }
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String expected = java.util.Base64.getEncoder().encodeToString(mac.doFinal(
                (method + "&%2F&" + enc(canonical.toString())).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(params.get("Signature"));
    }

    private static String enc(String s) throws Exception {
        return java.net.URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    @Test
    void badPlacementsAreRefusedWhenTheOperationIsDeclared() {
        IllegalArgumentException get = assertThrows(IllegalArgumentException.class,
                () -> op("X").withBodyParameters("Notes").withHttpMethod("GET"));
        assertTrue(get.getMessage().contains("GET operation has no body") && get.getMessage().contains("Notes"),
                get.getMessage());
        assertThrows(IllegalArgumentException.class, () -> op("X").withHttpMethod("GET").withBodyParameters("Notes"));
        assertThrows(IllegalArgumentException.class, () -> op("X").withHttpMethod("PUT"));
        assertThrows(IllegalArgumentException.class, () -> op("X").withBodyParameters("Tags.1"));
        assertEquals("POST", op("X").httpMethod());
        assertTrue(MIXED.inBody("Tags.7") && MIXED.inBody("Notes") && !MIXED.inBody("Name") && !MIXED.inBody("TagsX"));
        assertEquals("GET", BY_GET.unsigned().httpMethod());
    }

    /**
     * With ACS3 the URL carries the business parameters (phones, e-mails): no message, cause, log line or
     * interceptor context may show them, whatever fails.
     */
    @Test
    void personalValuesInTheV3QueryAppearNowhere() throws Exception {
        Map<String, String> p = params();
        p.put("Channels.Mail", EMAIL);
        List<String> seen = new ArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext c) {
                seen.add(c.toString() + " " + c.endpoint());
            }

            @Override
            public void afterReceive(AttemptContext c) {
                seen.add(c.toString() + " " + c.endpoint());
            }

            @Override
            public void onFailure(AttemptContext c, AcsException failure, boolean retrying) {
                seen.add(c.toString() + " " + c.endpoint() + " " + stackOf(failure));
            }
        };
        String echo = "<html><body>Bad request GET /?Channels.Mail=alice.smith%40example.com&Channels.SMS=" + PHONE
                + " from " + EMAIL + "</body></html>";
        server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html").setBody(echo));
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location",
                "http://127.0.0.1:1/?Channels.SMS=" + PHONE));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.error(400, "InvalidParameter", "The phone " + PHONE + " or mail " + EMAIL + " is bad",
                "pos-err"));
        List<String> failures = new ArrayList<>();
        try (ClientRuntime rt = runtime(SignatureVersion.V3, TOKEN,
                Collections.<ExecutionInterceptor>singletonList(recorder))) {
            for (Operation<Map<String, String>, String> op : java.util.Arrays.asList(QUERY_ONLY, BY_GET, QUERY_ONLY,
                    MIXED)) {
                AcsException e = assertThrows(AcsException.class, () -> rt.invoke(op, p));
                failures.add(e.toString() + " " + stackOf(e));
            }
        }
        for (int i = 0; i < 4; i++) {
            String path = server.takeRequest().getPath();
            assertTrue(path.contains(PHONE), "the query carries the parameters: " + path);
        }
        assertTrue(failures.get(0).contains("AcsClientException") || failures.get(0).contains("AcsServiceException"));
        assertTrue(failures.get(3).contains("InvalidParameter"), failures.get(3));
        String file = System.getProperty("acs4j.test.logFile");
        String log = file == null ? "" : String.join("\n", Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8));
        for (String text : new String[] {String.join("\n", failures), String.join("\n", seen), log}) {
            for (String value : new String[] {PHONE, EMAIL, "alice.smith%40example.com", TOKEN, SECRET}) {
                int at = text.indexOf(value);
                assertTrue(at < 0, () -> value + " shown: " + text.substring(Math.max(0, at - 300), at + 40));
            }
        }
        assertTrue(seen.size() >= 8, seen.toString());
    }

    private static String stackOf(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    // --- RegionId where the operation takes it (clientDefault: region), nowhere else ---

    /** V1 call through a client of region cn-shanghai; the signature is checked, the form returned. */
    FormRequest regionCall(Operation<Map<String, String>, String> op, Map<String, String> request) throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"reg-1\"}"));
        try (ClientRuntime rt = runtime("cn-shanghai", SignatureVersion.V1, null,
                Collections.<ExecutionInterceptor>emptyList())) {
            assertEquals("reg-1", rt.invoke(op, request));
        }
        FormRequest form = FormRequest.of(server.takeRequest());
        assertTrue(form.v1SignatureVerifies(SECRET));
        return form;
    }

    @Test
    void anOperationThatTakesRegionIdGetsTheClientsRegion() throws Exception {
        Operation<Map<String, String>, String> takesRegion = op("DescribeThings").withClientRegion();
        assertEquals("cn-shanghai", regionCall(takesRegion, Collections.singletonMap("Name", "a")).param("RegionId"));
        assertEquals("eu-central-1", regionCall(takesRegion, Collections.singletonMap("RegionId", "eu-central-1"))
                .param("RegionId"), "the request's own RegionId wins");
    }

    @Test
    void anOperationThatTakesNoRegionIdSendsNoneInAProductThatDoesNotSendItEverywhere() throws Exception {
        // ARMS's notification-center calls: the official SDK's request models have no RegionId
        FormRequest form = regionCall(op("DeleteThing"), Collections.singletonMap("ThingId", "7"));
        assertNull(form.param("RegionId"), form.rawBody());
        assertEquals(Collections.singletonMap("ThingId", "7"), form.operationParams());
    }
}
