package io.github.acs4j.emulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * One ROA operation's input: path parameters, query parameters (an array is one value holding JSON text,
 * {@code ["a","b"]}) and the JSON body, with typed readers that refuse what the documentation does not allow.
 * Unknown query parameters and body fields are refused too ({@code InvalidParameter}): the emulator is there
 * to catch a client that sends a field under the wrong name. Errors use the service's documented codes and
 * message forms ({@code "%s is missing or invalid"}, {@code "Invalid request: %s"}).
 */
final class RoaCall {
    private static final ObjectReader STRICT_JSON = Replies.MAPPER.reader()
            .withFeatures(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<String, String> path;
    private final SortedMap<String, String> query;
    private final ObjectNode body;

    private RoaCall(Map<String, String> path, SortedMap<String, String> query, ObjectNode body) {
        this.path = path;
        this.query = query;
        this.body = body;
    }

    /**
     * @throws ApiError {@code InvalidParameter} when the body is not one JSON object sent as
     *     {@code application/json}
     */
    static RoaCall of(Map<String, String> path, ReceivedRequest r) {
        byte[] bytes = r.body();
        ObjectNode body = Replies.MAPPER.createObjectNode();
        if (bytes.length > 0) {
            String type = r.header("content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw invalidParameter("body", "a body must be sent as application/json");
            }
            JsonNode parsed;
            try {
                parsed = STRICT_JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw invalidParameter("body", "not valid JSON (" + e.getOriginalMessage() + ")");
            } catch (IOException e) {
                throw invalidParameter("body", "not readable");
            }
            if (parsed == null || !parsed.isObject()) {
                throw invalidParameter("body", "must be one JSON object");
            }
            body = (ObjectNode) parsed;
        }
        return new RoaCall(path, r.query(), body);
    }

    // ---- errors, as the service documents them ---------------------------------------------------

    static ApiError invalidParameter(String name, String why) {
        return new ApiError(400, "InvalidParameter", name + " is missing or invalid: " + why);
    }

    static ApiError invalidValue(String why) {
        return new ApiError(400, "InvalidParameterValue", "Invalid request: " + why);
    }

    static ApiError notFound(String kind, String id) {
        return new ApiError(404, "ResourceNotFound", "The " + kind + " \"" + id + "\" does not exist.");
    }

    static ApiError exists(String kind, String id) {
        return new ApiError(400, "ResourceExist", "Resource already exist: " + kind + " \"" + id + "\".");
    }

    // ---- what may be sent ------------------------------------------------------------------------

    /** Refuses any query parameter or body field not named here. */
    RoaCall allow(List<String> queryNames, List<String> bodyFields) {
        for (String name : query.keySet()) {
            if (!queryNames.contains(name)) {
                throw invalidParameter(name, "not a query parameter of this operation (it takes " + queryNames + ")");
            }
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!bodyFields.contains(name)) {
                throw invalidParameter(name, "not a body field of this operation (it takes " + bodyFields + ")");
            }
        }
        return this;
    }

    static List<String> names(String... names) {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    // ---- path and query --------------------------------------------------------------------------

    String path(String name) {
        String v = path.get(name);
        if (v == null || v.isEmpty()) {
            throw invalidParameter(name, "the path parameter is empty");
        }
        return v;
    }

    /** @return the query value, or null when absent or empty */
    String query(String name) {
        String v = query.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** @return a page number or size: an integer of at least 1, {@code fallback} when absent */
    int queryPositive(String name, int fallback) {
        String v = query(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalidParameter(name, "must be an integer of at least 1, was \"" + v + "\"");
    }

    /** @return true/false, or null when absent */
    Boolean queryBoolean(String name) {
        String v = query(name);
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw invalidParameter(name, "must be true or false, was \"" + v + "\"");
    }

    /**
     * @return the items of an array query parameter, sent as one value holding a JSON array of strings;
     *     null when absent
     */
    List<String> queryList(String name) {
        String v = query(name);
        if (v == null) {
            return null;
        }
        JsonNode parsed;
        try {
            parsed = Replies.MAPPER.readTree(v);
        } catch (IOException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isArray()) {
            throw invalidParameter(name, "must be a JSON array of strings such as [\"a\",\"b\"]");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : parsed) {
            if (!item.isTextual() || item.asText().isEmpty()) {
                throw invalidParameter(name, "must be a JSON array of non-empty strings");
            }
            items.add(item.asText());
        }
        return items;
    }

    // ---- body ------------------------------------------------------------------------------------

    boolean has(String field) {
        return body.has(field) && !body.get(field).isNull();
    }

    /** @return the string field, or null when absent; a present field must be a non-empty string */
    String string(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw invalidParameter(field, "must be a non-empty string");
        }
        return v.asText();
    }

    /** @return the string field, refused when absent */
    String requiredString(String field) {
        String v = string(field);
        if (v == null) {
            throw invalidParameter(field, "a value is required");
        }
        return v;
    }

    /** @return the string field when it is one of {@code allowed}; null when absent */
    String oneOf(String field, List<String> allowed) {
        String v = string(field);
        if (v != null && !allowed.contains(v)) {
            throw invalidValue(field + " must be one of " + allowed + ", was \"" + v + "\"");
        }
        return v;
    }

    /** @return a JSON object whose values are all strings (an IM-id map, webhook headers); null when absent */
    Map<String, String> stringMap(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw invalidParameter(field, "must be a JSON object of strings");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isEmpty() || !e.getValue().isTextual()) {
                throw invalidParameter(field, "must be a JSON object whose keys are non-empty and values strings");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** @return a JSON array of non-empty strings; null when absent */
    List<String> stringList(String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw invalidParameter(field, "must be a JSON array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isEmpty()) {
                throw invalidParameter(field, "must be a JSON array of non-empty strings");
            }
            out.add(item.asText());
        }
        return out;
    }
}
