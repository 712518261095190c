package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * ARMS's ID lists: one string parameter, never {@code Name.N}. The legacy group operations document IDs
 * separated by spaces; the newer operations document commas (one of them shows {@code [1,2,3]}, another
 * says spaces beside an example with commas), so those accept commas, spaces and JSON brackets.
 */
final class ArmsIdList {
    private ArmsIdList() {
    }

    /** @return the IDs of a space-separated list (legacy groups), or null when absent */
    static List<Long> spaceSeparated(Params p, String name) {
        String v = p.get(name);
        return v == null ? null : parse(name, v.trim().split("\\s+"));
    }

    /** @return the IDs of a list delimited by commas or spaces, optionally in JSON brackets; null when absent */
    static List<Long> lenient(Params p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        String s = v.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1).replace("\"", "");
        }
        s = s.trim();
        return s.isEmpty() ? new ArrayList<>() : parse(name, s.split("[\\s,]+"));
    }

    private static List<Long> parse(String name, String[] tokens) {
        List<Long> ids = new ArrayList<>();
        for (String t : tokens) {
            try {
                ids.add(Long.valueOf(t));
            } catch (NumberFormatException e) {
                throw ApiError.invalid(name, "\"" + t + "\" is not a numeric ID");
            }
        }
        return ids;
    }
}
