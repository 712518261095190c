package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two readers CloudMonitor 2.0's answers need: an object of texts ({@code imUserIds}, webhook
 * {@code headers}, whose documented example mixes strings and numbers) and a list of integers (an on-call
 * rotation's {@code activeDays}).
 */
class JsonMapsAndNumberListsTest {
    private static JsonNode parse(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    @Test
    void anObjectOfTextsKeepsOrderAndReadsNumbersAsText() throws IOException {
        JsonNode body = parse("{\"headers\":{\"X-Token\":\"abc\",\"X-Retry\":3,\"X-On\":true,\"nested\":{\"a\":1},"
                + "\"list\":[1],\"gone\":null}}");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("X-Token", "abc");
        expected.put("X-Retry", "3");
        expected.put("X-On", "true");
        expected.put("gone", null);
        Map<String, String> read = Json.stringMap(Json.path(body, "headers"));
        assertEquals(expected, read);
        assertEquals(Arrays.asList("X-Token", "X-Retry", "X-On", "gone"), Arrays.asList(read.keySet().toArray()));
        assertThrows(UnsupportedOperationException.class, () -> read.put("x", "y"));
    }

    @Test
    void aMissingNullOrNonObjectMapReadsAsEmpty() throws IOException {
        JsonNode body = parse("{\"a\":null,\"b\":\"text\",\"c\":[1]}");
        for (String field : new String[] {"a", "b", "c", "missing"}) {
            assertTrue(Json.stringMap(Json.path(body, field)).isEmpty(), field);
        }
    }

    @Test
    void integersReadFromNumbersAndNumericText() throws IOException {
        JsonNode body = parse("{\"activeDays\":[1,\"2\",\" 7 \",null,\"x\",{},3.0]}");
        List<Integer> read = Json.integers(Json.path(body, "activeDays"));
        assertEquals(Arrays.asList(1, 2, 7, null, null, null, null), read);
        assertEquals(Collections.emptyList(), Json.integers(Json.path(body, "missing")));
    }
}
