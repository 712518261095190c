package io.github.acs4j.core.util;

/**
 * Builds the {@code Name(field=value, ...)} form used by every model's {@code toString()}, skipping null
 * fields. Callers pass values through {@link Redact} where they are personal or secret.
 */
public final class ToStringBuilder {
    private final StringBuilder sb;
    private boolean first = true;

    private ToStringBuilder(String name) {
        sb = new StringBuilder(64).append(name).append('(');
    }

    /**
     * Starts a description.
     *
     * @param typeName the simple class name
     * @return a new builder
     */
    public static ToStringBuilder of(String typeName) {
        return new ToStringBuilder(typeName);
    }

    /**
     * Adds a field unless its value is null.
     *
     * @param name field name
     * @param value field value (already redacted where needed)
     * @return this
     */
    public ToStringBuilder add(String name, Object value) {
        if (value != null) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name).append('=').append(value);
        }
        return this;
    }

    /** @return the description */
    public String build() {
        return sb.append(')').toString();
    }
}
