package io.github.acs4j.core.internal;

import java.util.List;
import java.util.SortedMap;

/**
 * Writes a request's parameters under their wire names, knowing the RPC flattening rules once: nulls are
 * skipped, lists become {@code Name.1..N}, objects {@code Object.Field}, scalars {@code String.valueOf}.
 */
public final class ParameterWriter {
    private final SortedMap<String, String> params;

    /**
     * @param params where the parameters go, sorted by raw name
     */
    public ParameterWriter(SortedMap<String, String> params) {
        this.params = params;
    }

    /**
     * @param name wire name, e.g. {@code ContactName} or {@code Channels.SMS}
     * @param value the value; skipped when null
     * @return this
     */
    public ParameterWriter put(String name, Object value) {
        if (value != null) {
            params.put(name, String.valueOf(value));
        }
        return this;
    }

    /**
     * @param name wire name of the list, e.g. {@code ContactNames}
     * @param values the values, written as {@code Name.1}, {@code Name.2}, ...; nothing when null or empty
     * @return this
     */
    public ParameterWriter putList(String name, List<?> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                put(name + "." + (i + 1), values.get(i));
            }
        }
        return this;
    }

    /**
     * Writes a list as one parameter holding a JSON array, as ARMS {@code SearchAlertContact.ContactIds}
     * expects ({@code [1,2]}; strings are quoted).
     *
     * @param name wire name
     * @param values numbers or strings; nothing when null or empty
     * @return this
     */
    public ParameterWriter putJsonArray(String name, List<?> values) {
        if (values != null && !values.isEmpty()) {
            params.put(name, Json.writeArray(values));
        }
        return this;
    }

    /**
     * @param name wire name
     * @return whether a parameter was written under that name
     */
    public boolean has(String name) {
        return params.containsKey(name);
    }
}
