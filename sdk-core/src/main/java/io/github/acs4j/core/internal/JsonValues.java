package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lenient readers of {@link Json}, for the value at a streaming parser's current token, with the same
 * results as {@link Json} gives for the tree of the same text: numbers from JSON numbers or numeric text,
 * booleans from {@code true}/{@code false} or their text, times from epoch milliseconds or ISO-8601 text,
 * the text of any scalar, and null for JSON null, for a container where a scalar belongs (the container
 * is skipped) and for what does not read as the type. A container is always left at its end token, so the
 * caller moves on with {@link #nextField}.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /**
     * Moves to the next field of the current object and on to its value.
     *
     * @param p a parser inside an object
     * @return the field's name (its value is the current token), or null at the object's end
     * @throws IOException when the text ends inside the object or is not JSON
     */
    public static String nextField(JsonParser p) throws IOException {
        String name = p.nextFieldName();
        if (name == null) {
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "unexpected end of input in an object");
            }
            return null;
        }
        if (p.nextToken() == null) {
            throw new JsonParseException(p, "unexpected end of input after a field name");
        }
        return name;
    }

    /**
     * Moves to the next element of the current array.
     *
     * @param p a parser inside an array
     * @return whether there is one (it is the current token); false at the array's end
     * @throws IOException when the text ends inside the array or is not JSON
     */
    public static boolean nextElement(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input in an array");
        }
        return t != JsonToken.END_ARRAY;
    }

    /**
     * Whether the current value counts as present for a field a success must carry: neither JSON null nor
     * blank text (numbers, booleans and containers count), read without copying the text.
     *
     * @param p a parser at a value
     * @return whether the value is present
     * @throws IOException when the parser fails
     */
    public static boolean present(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        if (t != JsonToken.VALUE_STRING) {
            return true;
        }
        char[] chars = p.getTextCharacters();
        for (int i = p.getTextOffset(), end = i + p.getTextLength(); i < end; i++) {
            if (chars[i] > ' ') { // String.trim's notion of blank
                return true;
            }
        }
        return false;
    }

    /**
     * @param p a parser at a value
     * @return the text of a scalar (a number as the tree would print it), or null for null or a container
     * @throws IOException when the parser fails
     */
    public static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().toString()
                        : p.getNumberType() == JsonParser.NumberType.LONG ? Long.toString(p.getLongValue())
                        : Integer.toString(p.getIntValue());
            case VALUE_NUMBER_FLOAT:
                return Double.toString(p.getDoubleValue());
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case START_OBJECT:
            case START_ARRAY:
                p.skipChildren();
                return null;
            default:
                return null;
        }
    }

    /**
     * @param p a parser at a value
     * @return the number (also from numeric text), or null
     * @throws IOException when the parser fails
     */
    public static Long longValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType n = p.getNumberType();
            return n == JsonParser.NumberType.BIG_INTEGER ? null : Long.valueOf(p.getLongValue());
        }
        if (t == JsonToken.VALUE_STRING) {
            Long whole = parseLong(p.getText());
            return whole != null ? whole : Json.integral(p.getText().trim());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return Json.integral(text(p)); // 123.0: ARMS types some IDs as Float, as Json.longValue reads them
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        return null; // booleans, null and containers do not read as a whole number, as with Json.longValue
    }

    /**
     * A field that is text in some answers and a JSON object or array in others (ARMS webhook headers).
     *
     * @param p a parser at a value
     * @return the text of a scalar, or the compact JSON of an object or array (the parser left at its end), as
     *     {@link Json#jsonText} gives; null for JSON null
     * @throws IOException when the parser fails
     */
    public static String jsonText(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return text(p);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = JsonTreeReader.FACTORY.createGenerator(out)) {
            g.copyCurrentStructure(p);
        }
        return out.toString();
    }

    /**
     * @param p a parser at a value
     * @return the number as an Integer (cut to 32 bits, as {@link Json#intValue} does), or null
     * @throws IOException when the parser fails
     */
    public static Integer intValue(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return Integer.valueOf(p.getIntValue()); // the common case, without a Long on the way
        }
        Long l = longValue(p);
        return l == null ? null : (int) (long) l;
    }

    /**
     * @param p a parser at a value
     * @return the boolean (also from "true"/"false" text; other text is false, as {@link Boolean#valueOf}), or null
     * @throws IOException when the parser fails
     */
    public static Boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        String s = text(p);
        return s == null ? null : Boolean.valueOf(s.trim());
    }

    /**
     * A time given as epoch milliseconds (number or numeric text) or as ISO-8601 text.
     *
     * @param p a parser at a value
     * @return the instant, or null when absent or unreadable
     * @throws IOException when the parser fails
     */
    public static Instant instant(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            Long ms = longValue(p);
            return ms == null ? null : Instant.ofEpochMilli(ms);
        }
        String s = text(p);
        if (s == null) {
            return null;
        }
        String trimmed = s.trim();
        Long ms = parseLong(trimmed);
        if (ms == null && !trimmed.isEmpty()) {
            ms = Json.integral(trimmed); // 1e3 or "5.0", as Json.instant reads them
        }
        if (ms != null) {
            return Instant.ofEpochMilli(ms);
        }
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(trimmed);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads an array of strings (a single value is read as a one-element list, JSON null as an empty one),
     * each element as the tree's {@code asText()} gives it: null for JSON null, "" for a container.
     *
     * @param p a parser at a value
     * @return the strings; null for JSON null (the model reads that as empty)
     * @throws IOException when the parser fails
     */
    public static List<String> strings(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            return Collections.singletonList(element(p));
        }
        List<String> out = new ArrayList<>();
        while (nextElement(p)) {
            out.add(element(p));
        }
        return out;
    }

    /**
     * Reads an array of integers (a single value as a one-element list), each as {@link #intValue} reads it:
     * null for an element that does not read as a number.
     *
     * @param p a parser at a value
     * @return the numbers; null for JSON null (the model reads that as empty)
     * @throws IOException when the parser fails
     */
    public static List<Integer> integers(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            return Collections.singletonList(intValue(p));
        }
        List<Integer> out = new ArrayList<>();
        while (nextElement(p)) {
            out.add(intValue(p));
        }
        return out;
    }

    /**
     * Reads an object of texts, such as CloudMonitor 2.0's {@code imUserIds} or a webhook's {@code headers}:
     * a number or boolean value reads as its text, JSON null as null, a nested object or array is skipped.
     *
     * @param p a parser at a value
     * @return the entries in the body's order; null when the value is no object (the model reads that as empty)
     * @throws IOException when the parser fails
     */
    public static Map<String, String> stringMap(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            text(p); // skips an array
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String f; (f = nextField(p)) != null; ) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else {
                out.put(f, text(p));
            }
        }
        return out;
    }

    private static String element(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        String s = text(p);
        return s == null ? "" : s; // a container's asText() is empty
    }

    /** {@link Long#valueOf(String)} of the trimmed text, without throwing for text that is no number. */
    private static Long parseLong(String s) {
        String t = s.trim();
        int n = t.length();
        if (n == 0 || n > 20) {
            return null;
        }
        int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        if (i == n) {
            return null;
        }
        for (int k = i; k < n; k++) {
            char c = t.charAt(k);
            if ((c < '0' || c > '9') && !Character.isDigit(c)) { // Long.valueOf takes any Unicode digit
                return null;
            }
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            return null; // out of range
        }
    }
}
