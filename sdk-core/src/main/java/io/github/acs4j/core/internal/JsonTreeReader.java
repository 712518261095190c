package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Reads a response body into the same tree {@code ObjectMapper.readTree} builds (object, array, text,
 * int/long/big-integer, double, boolean and null nodes; a repeated name keeps its last value; content
 * after the root value is ignored), straight from jackson-core's streaming parser. The call path so never
 * builds an {@code ObjectMapper}: constructing one costs a few hundred milliseconds of class loading in
 * a fresh JVM (most of acs4j's time to the first call), and its per-call deserialization context costs
 * more than parsing an answer of a few hundred bytes.
 */
final class JsonTreeReader {
    /** Nesting is bounded so that a hostile body cannot overflow the stack (the reader recurses). */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTreeReader() {
    }

    /**
     * @param bytes the JSON text
     * @return the root value, or null for empty content
     * @throws IOException when the text is not JSON or is nested too deeply
     */
    static JsonNode read(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            return t == null ? null : value(p, t);
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        switch (t) {
            case START_OBJECT:
                ObjectNode o = NODES.objectNode();
                for (String name; (name = p.nextFieldName()) != null; ) {
                    o.replace(name, value(p, p.nextToken()));
                }
                if (p.currentToken() != JsonToken.END_OBJECT) {
                    throw new JsonParseException(p, "unexpected end of input in an object");
                }
                return o;
            case START_ARRAY:
                ArrayNode a = NODES.arrayNode();
                for (JsonToken e; (e = p.nextToken()) != JsonToken.END_ARRAY; ) {
                    a.add(value(p, e));
                }
                return a;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(p, "unexpected token " + t);
        }
    }
}
