package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The two readers CloudMonitor 2.0's answers need: an object of texts ({@code imUserIds}, webhook
 * {@code headers}, whose documented example mixes strings and numbers) and a list of integers (an on-call
 * rotation's {@code activeDays}); each leaves the parser where the next field starts.
 */
class JsonMapsAndNumberListsTest {
    /** A parser at the value of {@code v} in {@code {"v": <json>, "after": 1}}. */
    private static JsonParser at(String json) throws IOException {
        JsonParser p = Json.mapper().getFactory().createParser("{\"v\":" + json + ",\"after\":1}");
        p.nextToken();
        JsonValues.nextField(p);
        return p;
    }

    private static void assertNextFieldIsAfter(JsonParser p) throws IOException {
        assertEquals("after", JsonValues.nextField(p));
    }

    @Test
    void anObjectOfTextsKeepsOrderReadsNumbersAsTextAndSkipsContainers() throws IOException {
        JsonParser p = at("{\"X-Token\":\"abc\",\"X-Retry\":3,\"X-On\":true,\"nested\":{\"a\":[1]},\"list\":[1],\"gone\":null}");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("X-Token", "abc");
        expected.put("X-Retry", "3");
        expected.put("X-On", "true");
        expected.put("gone", null);
        Map<String, String> read = JsonValues.stringMap(p);
        assertEquals(expected, read);
        assertEquals(Arrays.asList("X-Token", "X-Retry", "X-On", "gone"), Arrays.asList(read.keySet().toArray()));
        assertNextFieldIsAfter(p);
    }

    @Test
    void aNullTextOrArrayIsNoMap() throws IOException {
        for (String json : new String[] {"null", "\"text\"", "[1,{\"a\":2}]"}) {
            JsonParser p = at(json);
            assertNull(JsonValues.stringMap(p), json);
            assertNextFieldIsAfter(p);
        }
    }

    @Test
    void integersReadFromNumbersAndNumericText() throws IOException {
        JsonParser p = at("[1,\"2\",\" 7 \",null,\"x\",{\"a\":1},[2]]");
        List<Integer> read = JsonValues.integers(p);
        assertEquals(Arrays.asList(1, 2, 7, null, null, null, null), read);
        assertNextFieldIsAfter(p);
        assertNull(JsonValues.integers(at("null")));
        assertEquals(Arrays.asList(5), JsonValues.integers(at("5")));
    }
}
