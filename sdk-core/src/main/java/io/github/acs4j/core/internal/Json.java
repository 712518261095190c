package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The one shared {@link ObjectMapper} (built lazily) and lenient readers for the shapes Alibaba's APIs use: numbers sent
 * as strings and back, {@code Wrapper.Item[]} lists, missing lists (read as empty).
 */
public final class Json {
    private Json() {
    }

    /**
     * The shared mapper, built on first use: building one costs a few hundred milliseconds of class loading
     * in a fresh JVM, and calls do not need it (responses are read by {@link JsonTreeReader}).
     *
     * @return the mapper, configured once; thread-safe. Nesting is bounded so a hostile body cannot
     *     overflow the stack
     */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    /** Initialised by the JVM on the first {@link #mapper()} call, once, thread-safely. */
    private static final class MapperHolder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        static {
            MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
        }
    }

    /**
     * @param node parent
     * @param field name
     * @return text of a scalar field, or null when absent/null
     */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    /**
     * @param node parent
     * @param field name
     * @return the number (also from a numeric string), or null
     */
    public static Long longValue(JsonNode node, String field) {
        String t = text(node, field);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return integral(t.trim());
        }
    }

    /** An integral number written as a decimal ({@code 123.0}: ARMS types some IDs as Float), else null. */
    private static Long integral(String t) {
        try {
            return new java.math.BigDecimal(t).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A field that is text in some answers and a JSON object or array in others (ARMS webhook headers).
     *
     * @param node parent
     * @param field name
     * @return the text, or the compact JSON of an object or array; null when absent or JSON null
     */
    public static String jsonText(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isContainerNode() ? v.toString() : v.asText();
    }

    /**
     * @param node parent
     * @param field name
     * @return the number as an Integer, or null
     */
    public static Integer intValue(JsonNode node, String field) {
        Long l = longValue(node, field);
        return l == null ? null : (int) (long) l;
    }

    /**
     * @param node parent
     * @param field name
     * @return the boolean (also from "true"/"false"), or null
     */
    public static Boolean bool(JsonNode node, String field) {
        String t = text(node, field);
        return t == null ? null : Boolean.valueOf(t.trim());
    }

    /**
     * A time given as epoch milliseconds or as an ISO-8601 string (CloudMonitor documents both).
     *
     * @param node parent
     * @param field name
     * @return the instant, or null when absent or unreadable
     */
    public static Instant instant(JsonNode node, String field) {
        Long ms = longValue(node, field);
        if (ms != null) {
            return Instant.ofEpochMilli(ms);
        }
        String t = text(node, field);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(t.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Follows a path of object fields.
     *
     * @param node start
     * @param path field names
     * @return the node at the path, or null
     */
    public static JsonNode path(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || n.isNull()) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() ? null : n;
    }

    /**
     * Reads an array (a single object is read as a one-element list).
     *
     * @param array the array node, or null
     * @param reader reads one element
     * @param <T> element type
     * @return the elements, never null
     */
    public static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader) {
        if (array == null || array.isNull()) {
            return Collections.emptyList();
        }
        List<T> out = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode n : array) {
                out.add(reader.apply(n));
            }
        } else {
            out.add(reader.apply(array));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param array an array of strings, or null
     * @return the strings, never null
     */
    public static List<String> strings(JsonNode array) {
        return list(array, n -> n.isNull() ? null : n.asText());
    }

    static String writeArray(List<?> values) {
        try {
            return mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON array", e);
        }
    }
}
