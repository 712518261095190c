package io.github.acs4j.roster;

import io.github.acs4j.core.util.Redact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One contact or group as the planner compares it, in the roster's words: the values the roster sets
 * (text, or a sorted list for sets such as members), and the product's id when it exists. Holds personal
 * data unmasked, so it never leaves the package; {@link #display(String, Object)} masks.
 */
final class Entry {
    final Product product;
    final ObjectKind kind;
    final String name;
    final String id;
    final Map<String, Object> fields;
    /** Values a product holds but has not put into effect yet (Resource Directory: awaiting verification). */
    final Set<String> pending;

    Entry(Product product, ObjectKind kind, String name, String id, Map<String, Object> fields, Set<String> pending) {
        this.product = product;
        this.kind = kind;
        this.name = name;
        this.id = id;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.pending = pending == null ? Collections.<String>emptySet() : pending;
    }

    /** Fields from key/value pairs, in order; an empty text counts as unset, as the products show it. */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            out.put((String) keysAndValues[i], v instanceof String && ((String) v).isEmpty() ? null : v);
        }
        return out;
    }

    String text(String field) {
        Object v = fields.get(field);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    List<String> list(String field) {
        Object v = fields.get(field);
        return v == null ? Collections.<String>emptyList() : (List<String>) v;
    }

    /** A set-valued field in a canonical order, so that order never shows as a difference. */
    static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>(values == null ? Collections.<String>emptyList() : values);
        Collections.sort(out);
        return out;
    }

    static String display(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List) {
            return String.join(", ", (List<String>) value);
        }
        String v = value.toString();
        switch (field) {
            case "email":
                return Redact.email(v);
            case "phone":
                return Redact.phone(v);
            case "dingtalk":
                return Redact.webhook(v);
            default:
                return v;
        }
    }

    @Override
    public String toString() {
        return product.key() + " " + kind.name().toLowerCase() + " " + name;
    }
}
