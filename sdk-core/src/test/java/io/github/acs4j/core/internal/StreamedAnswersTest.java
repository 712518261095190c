package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.acs4j.core.ResponseMetadata;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Success answers read by a {@link StreamingResponseReader} (what the generated readers are), from
 * MockWebServer: the reader sees the parser, not a tree, and the pipeline still classifies the answer,
 * applies the completeness rule while streaming, and leaves error and unreadable answers to the tree path.
 */
class StreamedAnswersTest {
    /** Like Cms: a failure code inside HTTP 200 is a failure. */
    static final ServiceDescriptor CMS_LIKE = new ServiceDescriptor("Test", "2020-01-01", Endpoints.CMS,
            AcsServiceException::new, true, false);
    static final Operation<Map<String, String>, String> CREATE = Operation.of(CMS_LIKE, "CreateThing", false,
            r -> { }, (r, w) -> r.forEach(w::put), StreamingResponseReader.of(StreamedAnswersTest::readThing),
            Operation.requires("RequestId", "Thing.Id"));

    MockWebServer server;
    ClientRuntime rt;

    /** As the generator writes it: top-level fields through the answer, {@code Thing.Id} marked where it is met. */
    static String readThing(JsonParser p, StreamedAnswer a) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "RequestId":
                    a.mark(0, p);
                    b.append("request ").append(a.text(f, p)).append(';');
                    break;
                case "Thing":
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        break;
                    }
                    for (String g; (g = JsonValues.nextField(p)) != null; ) {
                        if (g.equals("Id")) {
                            a.mark(1, p);
                            b.append("id ").append(JsonValues.text(p)).append(';');
                        } else {
                            p.skipChildren();
                        }
                    }
                    break;
                default:
                    a.other(f, p);
            }
        }
        ResponseMetadata m = a.metadata();
        return b.append("meta ").append(m.requestId()).append('/').append(m.httpStatus()).toString();
    }

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        RetryStrategy retries = RetryStrategy.builder().sleeper(ms -> { }).build();
        rt = new ClientRuntime(CMS_LIKE, new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, retries,
                null, null, null, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stop() throws IOException {
        rt.close();
        server.shutdown();
    }

    String invoke(String body) {
        server.enqueue(Bodies.json(200, body));
        return rt.invoke(CREATE, new TreeMap<>());
    }

    @Test
    void aSuccessIsReadInOnePassWithUnknownFieldsSkipped() {
        assertEquals("request r-1;id t-1;meta r-1/200", invoke("{\"Extra\":{\"Deep\":[1,{\"X\":[]}]},\"RequestId\":\"r-1\","
                + "\"Code\":200,\"Success\":true,\"Thing\":{\"Skip\":[{}],\"Id\":\"t-1\"},\"Tail\":null}"));
    }

    @Test
    void requiredFieldsAreCheckedWhileStreamingNullAndBlankMissingNumbersPresent() {
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> invoke("{\"RequestId\":\" \",\"Thing\":{\"Id\":null}}"));
        assertEquals(Arrays.asList("RequestId", "Thing.Id"), e.missingFields());
        assertEquals(1, server.getRequestCount()); // a create is not repeated
        assertEquals("request r;id 7;meta r/200", invoke("{\"RequestId\":\"r\",\"Thing\":{\"Id\":7}}"));
        IncompleteResponseException last = assertThrows(IncompleteResponseException.class,
                () -> invoke("{\"RequestId\":\"r\",\"Thing\":{\"Id\":\"x\"},\"RequestId\":null}"));
        assertEquals(Collections.singletonList("RequestId"), last.missingFields()); // a repeated name keeps its last value
    }

    @Test
    void theLowerCaseRequestIdServesWhenTheUsualOneIsAbsent() {
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> invoke("{\"requestId\":\"lower\",\"RequestId\":null,\"Thing\":{\"Id\":\"t\"}}"));
        assertEquals(Collections.singletonList("RequestId"), e.missingFields());
        assertEquals("lower", e.requestId());
    }

    @Test
    void aFailureInsideHttp200IsAServiceErrorFromTheTreePath() {
        AcsServiceException e = assertThrows(AcsServiceException.class,
                () -> invoke("{\"RequestId\":\"r-2\",\"Code\":400,\"Message\":\"bad thing\",\"Thing\":{\"Id\":\"t\"}}"));
        assertEquals("400", e.errorCode());
        assertEquals("r-2", e.requestId());
        AcsServiceException f = assertThrows(AcsServiceException.class,
                () -> invoke("{\"RequestId\":\"r-3\",\"Success\":\"false\",\"Code\":\"200\",\"Thing\":{\"Id\":\"t\"}}"));
        assertEquals("r-3", f.requestId());
    }

    @Test
    void aBodyCutShortIsUnreadableNotAPartialSuccess() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> invoke("{\"RequestId\":\"r\",\"Thing\":{\"Id\":\"t\""));
        assertTrue(e.getMessage().startsWith("Unreadable response to Test CreateThing: HTTP 200"), e.getMessage());
        assertThrows(AcsClientException.class, () -> invoke("[\"RequestId\"]"));
    }

    @Test
    void givenATreeTheSameReaderReadsTheTreesTokens() throws IOException {
        String r = CREATE.reader().read(JsonTreeReader.read("{\"RequestId\":\"r\",\"Thing\":{\"Id\":\"t\"}}"
                .getBytes("UTF-8")), new ResponseMetadata("r", 200, 1));
        assertEquals("request r;id t;meta r/200", r);
    }
}
