package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The streaming readers give what the tree readers gave for the same text (the lenient rules: numbers as
 * text and back, times as epoch or ISO text, containers where scalars belong), and leave the parser where
 * the next field can be read.
 */
class JsonValuesParityTest {
    static final String[] VALUES = {"\"abc\"", "\"  \"", "\"\"", "12", "-0", "12345678901", "-12345678901",
        "123456789012345678901234567890", "1.5", "1e3", "-2.0E-3", "true", "false", "null", "{}", "{\"a\":[1,{}]}",
        "[]", "[1,\"x\",null,{},[2],true]", "\" 42 \"", "\"+7\"", "\"-7\"", "\"2026-01-02T03:04:05Z\"",
        "\" 2026-01-02T03:04:05Z \"", "\"1764000000000\"", "1764000000000", "\"abc1\"", "\"\u0661\u0662\u0663\"",
        "\"99999999999999999999\"", "\" true \"", "\"TRUE\"", "\"yes\"", "\"张伟\"", "\"2026-01-02 03:04:05\"",
        "2147483648", "-2147483649", "4294967297", "\"1.0\"", "123.0", "\" 7.00 \"", "1e300",
        "{\"k\":\"v\",\"n\":[1,2.5,\"\u00e9\"]}", "[{\"Content-Type\":\"json\"}]"};

    interface Streamed {
        Object read(JsonParser p) throws IOException;
    }

    interface Tree {
        Object read(JsonNode body);
    }

    static void same(String what, Tree tree, Streamed streamed) throws IOException {
        for (String v : VALUES) {
            String text = "{\"v\":" + v + ",\"after\":1}";
            JsonNode body = JsonTreeReader.read(text.getBytes(StandardCharsets.UTF_8));
            try (JsonParser p = JsonTreeReader.FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8))) {
                p.nextToken();
                assertEquals("v", JsonValues.nextField(p));
                Object got = streamed.read(p);
                assertEquals(tree.read(body), got, what + " of " + v);
                assertEquals("after", JsonValues.nextField(p), what + " of " + v + " left the parser elsewhere");
                assertEquals(1, p.getIntValue());
                assertEquals(null, JsonValues.nextField(p));
            }
        }
    }

    @Test
    void text() throws IOException {
        same("text", b -> Json.text(b, "v"), JsonValues::text);
    }

    @Test
    void jsonText() throws IOException {
        same("jsonText", b -> Json.jsonText(b, "v"), JsonValues::jsonText);
    }

    @Test
    void longValue() throws IOException {
        same("longValue", b -> Json.longValue(b, "v"), JsonValues::longValue);
    }

    @Test
    void intValue() throws IOException {
        same("intValue", b -> Json.intValue(b, "v"), JsonValues::intValue);
    }

    @Test
    void bool() throws IOException {
        same("bool", b -> Json.bool(b, "v"), JsonValues::bool);
    }

    @Test
    void instant() throws IOException {
        same("instant", b -> Json.instant(b, "v"), JsonValues::instant);
    }

    @Test
    void strings() throws IOException {
        same("strings", b -> Json.strings(Json.path(b, "v")), p -> {
            List<String> l = JsonValues.strings(p);
            return l == null ? Collections.<String>emptyList() : l; // the model reads null as empty
        });
    }

    @Test
    void presenceIsTheCompletenessRulesPresence() throws IOException {
        same("present", b -> RequiredFields.missing(b, Collections.singletonList("v")).isEmpty(), p -> {
            boolean present = JsonValues.present(p);
            p.skipChildren();
            return present;
        });
    }
}
