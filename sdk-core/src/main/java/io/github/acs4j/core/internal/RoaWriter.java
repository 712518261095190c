package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a REST-style (ROA) request's members go: path parameters, query parameters, headers and the JSON
 * body. Null values are skipped everywhere. It also collects the personal values (e-mail addresses, phone
 * numbers, webhook URLs, secrets) that an error message echoing the request must mask: the values of the
 * members the API model marks {@code sensitive}, which the generated writers pass to {@link #personal}.
 */
public final class RoaWriter {
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final SortedMap<String, String> query = new TreeMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> personal = new ArrayList<>(2);
    private ByteArrayOutputStream bodyBytes;
    private JsonBody body;

    /**
     * @param name the parameter's name in the path template
     * @param value its value, percent-encoded as one segment when sent
     * @return this
     */
    public RoaWriter path(String name, Object value) {
        if (value != null) {
            pathValues.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * @param name query parameter name
     * @param value its value; skipped when null
     * @return this
     */
    public RoaWriter query(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * Writes a list as one query parameter holding a JSON array ({@code ids=["a","b"]}), as ROA APIs take
     * their array-valued query parameters.
     *
     * @param name query parameter name
     * @param values strings, numbers or booleans; nothing when null or empty
     * @return this
     */
    public RoaWriter queryJson(String name, List<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * values.size());
        try (JsonGenerator g = JsonBody.FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Object v : values) {
                JsonBody.scalar(g, v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("the query parameter " + name + " cannot be written as JSON: "
                    + e.getMessage(), e);
        }
        query.put(name, new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /**
     * @param name header name; an {@code x-acs-*} header is signed
     * @param value its value; skipped when null
     * @return this
     */
    public RoaWriter header(String name, Object value) {
        if (value != null) {
            headers.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * The JSON body, a flat object whose fields the caller writes in order; started on first use.
     *
     * @return the body writer
     */
    public JsonBody body() {
        if (body == null) {
            bodyBytes = new ByteArrayOutputStream(256);
            body = new JsonBody(bodyBytes, personal);
        }
        return body;
    }

    /**
     * Marks a value that messages must mask: a member the API model marks {@code sensitive} (an e-mail
     * address, a phone number, a robot's URL, a signing key).
     *
     * @param value the value; ignored when null
     * @return this
     */
    public RoaWriter personal(Object value) {
        if (value != null) {
            personal.add(String.valueOf(value));
        }
        return this;
    }


    Map<String, String> pathValues() {
        return pathValues;
    }

    SortedMap<String, String> query() {
        return query;
    }

    Map<String, String> headers() {
        return headers;
    }

    List<String> personalValues() {
        return personal;
    }

    /** @return the finished body's bytes, or null when nothing was written to it */
    byte[] bodyBytes() {
        if (body == null) {
            return null;
        }
        body.finish();
        return bodyBytes.toByteArray();
    }
}
