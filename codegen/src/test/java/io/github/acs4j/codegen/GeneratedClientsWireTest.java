package io.github.acs4j.codegen;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clients generated from the three product models work on the wire: a driver compiled beside them
 * ({@code src/test/resources/wire}) calls them against a MockWebServer, and the test checks the parameters
 * that arrived (list flattening, the JSON-array parameter, enum values, the client's RegionId), the typed
 * answer read back (wrapped lists, a numeric {@code Code}, epoch times) and that invalid input sends nothing.
 */
class GeneratedClientsWireTest {
    private static ClassLoader generated;
    private MockWebServer server;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        List<File> models = new ArrayList<>();
        for (String m : ProductModelsShadowTest.MODELS) {
            models.add(new File(m));
        }
        generated = Compiled.generatedAndLoaded(new File("target/wire"), models, new File("src/test/resources/wire"));
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void cmsPutContactGroupFlattensTheNamesAndReadsTheCode() throws Exception {
        server.enqueue(json("{\"RequestId\":\"r-1\",\"Code\":\"200\",\"Success\":true,\"Message\":\"ok\"}"));
        assertEquals("200", drive("cmsPutContactGroup"));
        Map<String, String> p = params(server.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("PutContactGroup", p.get("Action"));
        assertEquals("2019-01-01", p.get("Version"));
        assertEquals("ops", p.get("ContactGroupName"));
        assertEquals("alice", p.get("ContactNames.1"));
        assertEquals("bob", p.get("ContactNames.2"));
        assertEquals("on call", p.get("Describe"));
        assertNull(p.get("EnableSubscribed"), "a parameter with no value is not sent");
        assertNull(p.get("RegionId"), "CloudMonitor calls carry no RegionId");
    }

    @Test
    void cmsDescribeContactListReadsWrappedListsNumericCodeAndTimes() throws Exception {
        server.enqueue(json("{\"RequestId\":\"r-2\",\"Code\":200,\"Success\":true,\"Total\":11,"
                + "\"Contacts\":{\"Contact\":[{\"Name\":\"Alice\",\"CreateTime\":1700000000000,"
                + "\"Channels\":{\"Mail\":\"alice@example.com\"},\"ContactGroups\":{\"ContactGroup\":[\"ops\",\"dba\"]}}]}}"));
        assertEquals("200|11|Alice|alice@example.com|[ops, dba]|2023-11-14T22:13:20Z", drive("cmsDescribeContactList"));
        Map<String, String> p = params(server.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("DescribeContactList", p.get("Action"));
        assertEquals("2", p.get("PageNumber"));
        assertEquals("10", p.get("PageSize"));
    }

    @Test
    void invalidInputFailsBeforeAnythingIsSent() throws Exception {
        String message = drive("cmsPutContactGroupWithoutNames");
        assertTrue(message.contains("PutContactGroup") && message.contains("ContactNames"), message);
        assertEquals(0, server.getRequestCount());
    }

    /** The messages the hand-written modules' validation tests assert, word for word. */
    @Test
    void validationMessagesMatchTheHandWrittenOnes() throws Exception {
        String[][] cases = {
            {"PutContact without name", "Invalid PutContact request: ContactName is required; got null. Nothing was sent."},
            {"PutContactGroup with 101 names", "ContactNames must have 1 to 100 entries (had 101)"},
            {"DescribeContactListByContactGroup blank",
                "Invalid DescribeContactListByContactGroup request: ContactGroupName is required; got ' '. Nothing was sent."},
            {"SearchAlertContact page 0",
                "Invalid SearchAlertContact request: CurrentPage must be at least 1; got 0. Nothing was sent."},
            {"SearchAlertContact null id",
                "Invalid SearchAlertContact request: ContactIds must not contain null. Nothing was sent."},
            {"UpdateAlertContact no channel", "Invalid UpdateAlertContact request: at least one of PhoneNum, Email,"
                + " DingRobotWebhookUrl is required. Nothing was sent."},
            {"AddMessageContact short name",
                "Invalid AddMessageContact request: Name must be 2 to 12 characters long; got 'a'. Nothing was sent."},
            {"AddMessageContact name with digit",
                "Invalid AddMessageContact request: Name must be letters (A-Z, a-z) or Chinese characters only;"},
            {"UpdateMessageContact nothing", "Invalid UpdateMessageContact request: at least one of Name, EmailAddress,"
                + " PhoneNumber, Title, MessageTypes.N is required (there is nothing to change). Nothing was sent."},
            {"AssociateMembers twice",
                "Invalid AssociateMembers request: Members must not list an ID twice; got [fd-1, fd-1]."},
        };
        Method m = generated.loadClass("io.github.acs4j.codegen.wire.GeneratedClientsDriver")
                .getMethod("refused", URI.class, String.class);
        for (String[] c : cases) {
            String message = (String) m.invoke(null, server.url("/").uri(), c[0]);
            assertTrue(message.contains(c[1]), c[0] + ": expected \"" + c[1] + "\" in: " + message);
        }
        assertEquals(0, server.getRequestCount(), "nothing was sent");
    }

    @Test
    void armsSearchSendsTheIdsAsOneJsonArrayAndTheClientsRegion() throws Exception {
        server.enqueue(json("{\"RequestId\":\"r-3\",\"PageBean\":{\"PageNumber\":1,\"PageSize\":10,\"TotalCount\":1,"
                + "\"Contacts\":[{\"ContactId\":12,\"ContactName\":\"Alice\",\"Email\":\"alice@example.com\"}]}}"));
        assertEquals("1|12|alice@example.com", drive("armsSearchAlertContact"));
        Map<String, String> p = params(server.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("SearchAlertContact", p.get("Action"));
        assertEquals("[12,34]", p.get("ContactIds"));
        assertNull(p.get("ContactIds.1"));
        assertEquals("1", p.get("CurrentPage"));
        assertEquals("cn-hangzhou", p.get("RegionId"));
    }

    @Test
    void rdAddMessageContactSendsEnumValuesAndReadsTheNewId() throws Exception {
        server.enqueue(json("{\"RequestId\":\"r-4\",\"Contact\":{\"ContactId\":\"c-abc\",\"CreateDate\":\"2023-03-27 17:19:21\"}}"));
        assertEquals("c-abc", drive("rdAddMessageContact"));
        Map<String, String> p = params(server.takeRequest(5, TimeUnit.SECONDS));
        assertEquals("AddMessageContact", p.get("Action"));
        assertEquals("2022-04-19", p.get("Version"));
        assertEquals("TechnicalDirector", p.get("Title"));
        assertEquals("FaultMessage", p.get("MessageTypes.1"));
        assertEquals("SecurityMessage", p.get("MessageTypes.2"));
        assertEquals("alice@example.com", p.get("EmailAddress"));
    }

    private String drive(String method) throws Exception {
        Method m = generated.loadClass("io.github.acs4j.codegen.wire.GeneratedClientsDriver").getMethod(method, URI.class);
        try {
            return (String) m.invoke(null, server.url("/").uri());
        } catch (InvocationTargetException e) {
            throw new AssertionError("the generated client failed", e.getCause());
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    /** The request's parameters, from the query string and the form body alike. */
    private static Map<String, String> params(RecordedRequest r) throws UnsupportedEncodingException {
        Map<String, String> out = new TreeMap<>();
        String query = r.getRequestUrl().encodedQuery();
        for (String part : ((query == null ? "" : query) + "&" + r.getBody().readUtf8()).split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(part.substring(0, eq), "UTF-8"), URLDecoder.decode(part.substring(eq + 1), "UTF-8"));
            }
        }
        return out;
    }
}
