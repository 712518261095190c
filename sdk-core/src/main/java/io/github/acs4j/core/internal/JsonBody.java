package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a REST-style request, written field by field with Jackson's streaming generator (no
 * data binding, no reflection): the generated marshallers call it in the model's member order, so the
 * bytes sent, hashed and signed are exactly these. Null values are skipped. Values of the members the API
 * model marks {@code sensitive} are noted for masking through {@link #personal}.
 */
public final class JsonBody {
    /** Characters outside the BMP (emoji) are written as UTF-8, as Alibaba's SDKs send them, not as escapes. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final JsonGenerator g;
    private final List<String> personal;
    private boolean finished;

    JsonBody(OutputStream out, List<String> personal) {
        this.personal = personal;
        try {
            this.g = FACTORY.createGenerator(out);
            g.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name field name
     * @param value a string, number, boolean or any value written as its text; skipped when null
     * @return this
     */
    public JsonBody field(String name, Object value) {
        if (value != null) {
            write(() -> {
                g.writeFieldName(name);
                scalar(g, value);
            });
        }
        return this;
    }

    /**
     * @param name field name
     * @param values a list of scalars, written as a JSON array; skipped when null or empty (as unset)
     * @return this
     */
    public JsonBody list(String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            startArray(name);
            for (Object v : values) {
                item(v);
            }
            endArray();
        }
        return this;
    }

    /**
     * @param name field name
     * @param values a map of scalars, written as a JSON object in the map's order; skipped when null
     * @return this
     */
    public JsonBody map(String name, Map<String, ?> values) {
        if (values != null) {
            startObject(name);
            for (Map.Entry<String, ?> e : values.entrySet()) {
                field(e.getKey(), e.getValue());
            }
            endObject();
        }
        return this;
    }

    /**
     * Marks a value that messages must mask (a member the API model marks {@code sensitive}).
     *
     * @param value the value; ignored when null
     * @return this
     */
    public JsonBody personal(Object value) {
        if (value != null) {
            personal.add(String.valueOf(value));
        }
        return this;
    }

    /**
     * Opens a nested object; the caller writes its fields and closes it with {@link #endObject()}.
     *
     * @param name field name, or null for an object inside an array
     * @return this
     */
    public JsonBody startObject(String name) {
        return write(() -> {
            if (name != null) {
                g.writeFieldName(name);
            }
            g.writeStartObject();
        });
    }

    /** @return this, the nested object closed */
    public JsonBody endObject() {
        return write(g::writeEndObject);
    }

    /**
     * Opens an array; the caller writes its items ({@link #item(Object)} or {@link #startObject(String)}
     * with a null name) and closes it with {@link #endArray()}.
     *
     * @param name field name
     * @return this
     */
    public JsonBody startArray(String name) {
        return write(() -> {
            g.writeFieldName(name);
            g.writeStartArray();
        });
    }

    /** @return this, the array closed */
    public JsonBody endArray() {
        return write(g::writeEndArray);
    }

    /**
     * @param value an array item: a scalar, or JSON null when null
     * @return this
     */
    public JsonBody item(Object value) {
        return write(() -> scalar(g, value));
    }

    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        write(() -> {
            g.writeEndObject();
            g.close();
        });
    }

    /**
     * Writing to memory fails only for text that has no UTF-8 form (an unpaired surrogate): bad input, so an
     * {@code IllegalArgumentException} that the pipeline reports before anything is sent.
     */
    private JsonBody write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new IllegalArgumentException("the JSON body cannot be written: " + e.getMessage(), e);
        }
        return this;
    }

    /** One generator call. */
    private interface Step {
        void run() throws IOException;
    }

    static void scalar(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof BigInteger) {
            g.writeNumber((BigInteger) v);
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
