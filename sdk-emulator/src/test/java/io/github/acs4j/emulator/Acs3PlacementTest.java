package io.github.acs4j.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Map;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ACS3 RPC requests placed as Alibaba's openapi core places them (issue 12), from a client that is not acs4j
 * (RawClient): parameters in the query with an empty body and no content type, in a form body, or split
 * between both, and by GET, are accepted; a wrong signature, a query changed after signing, a signed content
 * type changed, or a content type sent with a body but not signed are refused.
 */
class Acs3PlacementTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Map<String, String> NONE = Collections.emptyMap();
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
    void acceptsQueryParametersWithAnEmptyBodyAndNoContentType() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", params("ContactName", "Query Only",
                "Describe", "in the URL * ~ + 中文", "Channels.Mail", "q@example.com"), NONE);
        assertEquals(200, a.status, a.toString());
        assertEquals("in the URL * ~ + 中文", contact("Query Only").path("Desc").asText());
    }

    @Test
    void acceptsParametersInAFormBodyOnly() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", NONE, params("ContactName", "Body Only",
                "Describe", "in the body", "Channels.Mail", "b@example.com"));
        assertEquals(200, a.status, a.toString());
        assertEquals("in the body", contact("Body Only").path("Desc").asText());
    }

    @Test
    void acceptsParametersSplitBetweenQueryAndBody() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", params("ContactName", "Split Both",
                "Describe", "query half"), params("Channels.Mail", "split@example.com"));
        assertEquals(200, a.status, a.toString());
        com.fasterxml.jackson.databind.JsonNode c = contact("Split Both");
        assertEquals("query half", c.path("Desc").asText());
        assertEquals("split@example.com", c.path("Channels").path("Mail").asText());
    }

    @Test
    void acceptsAGet() {
        RawClient.Answer a = client.v3("GET", "DescribeContactList", "2019-01-01", params("PageSize", "5"), NONE);
        assertEquals(200, a.status, a.toString());
        assertTrue(a.body.path("Success").asBoolean());
    }

    @Test
    void refusesAQueryChangedAfterSigning() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", params("ContactName", "Signed Name",
                "Channels.Mail", "t@example.com"), NONE, FORM, FORM, params("ContactName", "Other Name",
                "Channels.Mail", "t@example.com"));
        assertEquals(400, a.status);
        assertEquals("SignatureDoesNotMatch", a.code());
    }

    @Test
    void refusesASignedContentTypeThatWasChanged() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", NONE, params("ContactName", "Typed",
                "Channels.Mail", "c@example.com"), FORM, "text/plain", null);
        assertEquals(400, a.status);
        assertEquals("SignatureDoesNotMatch", a.code());
    }

    @Test
    void refusesAContentTypeSentWithABodyButNotSigned() {
        RawClient.Answer a = client.v3("POST", "PutContact", "2019-01-01", NONE, params("ContactName", "Unsigned",
                "Channels.Mail", "u@example.com"), null, FORM, null);
        assertEquals(400, a.status);
        assertEquals("IncompleteSignature", a.code());
        assertTrue(a.text("Message").contains("content-type"), a.toString());
    }

    private static com.fasterxml.jackson.databind.JsonNode contact(String name) {
        RawClient.Answer list = client.v3("GET", "DescribeContactList", "2019-01-01", params("ContactName", name), NONE);
        assertEquals(200, list.status, list.toString());
        return list.body.path("Contacts").path("Contact").get(0);
    }
}
