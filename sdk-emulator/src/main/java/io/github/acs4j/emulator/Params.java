package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operation's request parameters by wire name, with typed readers. An empty value counts as absent,
 * as the services treat it. Errors are the gateway's ({@code MissingParameter}, {@code InvalidParameter});
 * product handlers throw their own documented codes where a product has them.
 */
final class Params {
    private final SortedMap<String, String> values;

    Params(SortedMap<String, String> values) {
        this.values = values;
    }

    /** @return the value, or null when absent or empty */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /** @return the value; absent: the gateway's {@code MissingParameter} */
    String required(String name) {
        String v = get(name);
        if (v == null) {
            throw ApiError.missing(name);
        }
        return v;
    }

    /** @return {@code true}/{@code false} (case-insensitive), or null when absent */
    Boolean bool(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw ApiError.invalid(name, "expected true or false, was \"" + v + "\"");
    }

    /** @return the integer value, {@code fallback} when absent */
    int integer(String name, int fallback) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name, "expected an integer, was \"" + v + "\"");
        }
    }

    /** @return the long value, or null when absent */
    Long longValue(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name, "expected an integer, was \"" + v + "\"");
        }
    }

    /**
     * @return the items of a repeated parameter ({@code Name.1}, {@code Name.2}, …) in index order; an
     *     empty list when none is sent
     */
    List<String> list(String name) {
        String prefix = name + ".";
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> e : values.tailMap(prefix).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            String index = e.getKey().substring(prefix.length());
            try {
                int i = Integer.parseInt(index);
                if (i < 1) {
                    throw new NumberFormatException();
                }
                if (!e.getValue().isEmpty()) {
                    byIndex.put(i, e.getValue());
                }
            } catch (NumberFormatException ex) {
                if (!index.contains(".")) {
                    throw ApiError.invalid(e.getKey(), "the index of a repeated parameter must be 1 or more");
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    /** @return a page number or size: at least 1, {@code fallback} when absent */
    int positive(String name, int fallback) {
        int v = integer(name, fallback);
        if (v < 1) {
            throw ApiError.invalid(name, "must be 1 or more, was " + v);
        }
        return v;
    }
}
