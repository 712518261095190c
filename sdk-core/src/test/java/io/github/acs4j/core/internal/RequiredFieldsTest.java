package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fields an operation requires of its success answer, checked on answers from MockWebServer. */
class RequiredFieldsTest {
    static final Operation<Map<String, String>, String> CREATE = op("CreateThing", false);
    static final Operation<Map<String, String>, String> GET = op("GetThing", true);

    MockWebServer server;
    ClientRuntime rt;

    static Operation<Map<String, String>, String> op(String action, boolean idempotent) {
        return Operation.of(PipelineRetryTest.SERVICE, action, idempotent, r -> { }, (r, w) -> r.forEach(w::put),
                (body, meta) -> Json.text(Json.path(body, "Thing"), "Id"), Operation.requires("RequestId", "Thing.Id"));
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryStrategy retries = RetryStrategy.builder().sleeper(ms -> { }).build();
        rt = new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, retries,
                null, null, null, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stop() throws IOException {
        rt.close();
        server.shutdown();
    }

    /** Queues the answer three times, so that any repetition would find another. */
    void answer(String body) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.json(200, body));
        }
    }

    @Test
    void aCompleteAnswerIsRead() {
        answer("{\"RequestId\":\"r\",\"Thing\":{\"Id\":\"t-1\"}}");
        assertEquals("t-1", rt.invoke(CREATE, new TreeMap<>()));
    }

    @Test
    void anEmptyObjectIsIncompleteAndACreateIsSentOnce() {
        answer("{}");
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> rt.invoke(CREATE, new TreeMap<>()));
        assertEquals(Arrays.asList("RequestId", "Thing.Id"), e.missingFields());
        assertNull(e.requestId());
        assertEquals(1, e.attempts());
        assertEquals(1, server.getRequestCount());
        assertTrue(e.getMessage().contains("may have processed the call, so it was not repeated"), e.getMessage());
    }

    @Test
    void anIdempotentCallIsNotRetriedEither() {
        answer("{\"RequestId\":\"r-9\",\"Thing\":{}}");
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> rt.invoke(GET, new TreeMap<>()));
        assertEquals(Collections.singletonList("Thing.Id"), e.missingFields());
        assertEquals("r-9", e.requestId());
        assertEquals(1, server.getRequestCount());
        assertEquals("Incomplete answer to Test GetThing: HTTP 200 without Thing.Id (RequestId r-9), so it is not a"
                + " success. It was not retried.", e.getMessage());
    }

    @Test
    void asyncCallsFailTheSameWay() {
        answer("{\"RequestId\":\"r\",\"Thing\":\"not an object\"}");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> rt.invokeAsync(CREATE, new TreeMap<>()).get(30, TimeUnit.SECONDS));
        IncompleteResponseException cause = assertInstanceOf(IncompleteResponseException.class, e.getCause());
        assertEquals(Collections.singletonList("Thing.Id"), cause.missingFields());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void nullAndBlankAreMissingButZeroFalseAndEmptyContainersArePresent() {
        assertEquals(Arrays.asList("a", "b", "c.d"), RequiredFields.missing(tree("{\"a\":null,\"b\":\" \",\"c\":[]}"),
                Arrays.asList("a", "b", "c.d")));
        assertEquals(Collections.emptyList(), RequiredFields.missing(
                tree("{\"a\":0,\"b\":false,\"c\":[],\"d\":{},\"e\":{\"f\":{\"g\":\"x\"}}}"),
                Arrays.asList("a", "b", "c", "d", "e.f.g")));
    }

    @Test
    void anOperationWithoutDeclarationsReadsAnyObject() {
        answer("{}");
        assertEquals("null/1", rt.invoke(PipelineRetryTest.GET, new TreeMap<>()));
    }

    @Test
    void malformedPathsAreRefusedWhenDeclared() {
        for (String bad : new String[] {"", ".a", "a.", "a..b", null}) {
            assertThrows(IllegalArgumentException.class, () -> Operation.requires("RequestId", bad));
        }
    }

    static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JsonTreeReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
