package io.github.acs4j.codegen;

/**
 * The Javadoc sentence of a member: its wire name, what it is, whether it is required, its documented limits
 * and allowed values, and how a list travels.
 */
final class MemberDocs {
    private MemberDocs() {
    }

    /** For getters of response and item fields: {@code Wire}: what it is. */
    static String field(Member m) {
        String wire = "{@code " + m.wire + (m.type.isList() ? "[]" : "") + "}";
        return wire + ": " + m.doc + (m.type.isList() || m.type.isMap() ? "; never null" : "");
    }

    /** For request getters and setters: adds required-ness, limits, allowed values and list style. */
    static String parameter(ApiModel model, Member m) {
        StringBuilder s = new StringBuilder("{@code ").append(m.wire).append("}: ").append(m.doc);
        s.append(m.required ? ". Required." : ". Optional.");
        if (m.lengthMin != null || m.lengthMax != null) {
            s.append(" Length ").append(bounds(m.lengthMin, m.lengthMax)).append(" characters.");
        }
        if (m.rangeMin != null || m.rangeMax != null) {
            s.append(" Value ").append(bounds(m.rangeMin, m.rangeMax)).append('.');
        }
        if (m.countMin != null || m.countMax != null) {
            s.append(" ").append(bounds(m.countMin, m.countMax)).append(" entries.");
        }
        if (m.uniqueItems) {
            s.append(" No entry twice.");
        }
        for (String[] p : m.patterns) {
            s.append(" Rule: ").append(p[1]).append('.');
        }
        if ("email".equals(m.format)) {
            s.append(" An e-mail address.");
        } else if ("phoneWithCountryCode".equals(m.format)) {
            s.append(" Format {@code <country code>-<number>}.");
        }
        if (m.hasEnum()) {
            s.append(" Allowed values: ");
            java.util.List<String> values = m.enumName != null ? model.enums.get(m.enumName).wireValues() : m.enumValues;
            for (int i = 0; i < values.size(); i++) {
                s.append(i == 0 ? "" : ", ").append("{@code ").append(values.get(i)).append('}');
            }
            s.append('.');
        }
        if (m.type.isMap()) {
            s.append(" Sent as a JSON object.");
        }
        if (m.type.isList()) {
            if ("json".equals(m.listStyle)) {
                s.append(" Sent as one parameter holding a JSON array.");
            } else if ("delimited".equals(m.listStyle)) {
                s.append(" Sent as one parameter, entries separated by {@code ").append(m.delimiter).append("}.");
            } else {
                s.append(" Sent as {@code ").append(m.wire).append(".1}, {@code ").append(m.wire).append(".2}, ...");
            }
        }
        return s.toString();
    }

    private static String bounds(Number min, Number max) {
        if (min != null && max != null) {
            return min.equals(max) ? "exactly " + min : min + " to " + max;
        }
        return min != null ? "at least " + min : "at most " + max;
    }
}
