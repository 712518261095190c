package io.github.acs4j.core.internal;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.util.Redact;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a request before anything is sent. Each failure throws an {@link AcsClientException} naming the
 * operation, the field, the rule and the value (personal data masked).
 */
public final class Validation {
    private static final Pattern PHONE_WITH_COUNTRY_CODE = Pattern.compile("^\\d{1,4}-\\d{4,15}$");

    private final String action;
    private final Map<String, String> sensitiveMembers;

    private Validation(String action, Map<String, String> sensitiveMembers) {
        this.action = action;
        this.sensitiveMembers = sensitiveMembers;
    }

    /**
     * @param action the operation being validated, e.g. {@code PutContact}; it has no personal or secret
     *     members (else use {@link #of(String, Map)})
     * @return a validator for it
     */
    public static Validation of(String action) {
        return new Validation(action, Collections.<String, String>emptyMap());
    }

    /**
     * @param action the operation being validated, e.g. {@code PutContact}
     * @param sensitiveMembers its personal and secret members ({@link Operation#sensitiveMembers()}), whose
     *     values a message masks whole
     * @return a validator for it
     */
    public static Validation of(String action, Map<String, String> sensitiveMembers) {
        return new Validation(action, sensitiveMembers);
    }

    /**
     * @param field wire name
     * @param value value
     * @return this
     * @throws AcsClientException when null or blank
     */
    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String && ((String) value).trim().isEmpty())) {
            fail(field, "is required", value);
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value
     * @return this
     * @throws AcsClientException when null or empty
     */
    public Validation requiredList(String field, Collection<?> value) {
        if (value == null || value.isEmpty()) {
            fail(field, "is required (at least one entry)", value);
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @param min shortest length
     * @param max longest length
     * @return this
     */
    public Validation length(String field, String value, int min, int max) {
        if (value != null && (value.length() < min || value.length() > max)) {
            fail(field, "must be " + min + " to " + max + " characters long (was " + value.length() + ")", value);
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @param min fewest entries
     * @param max most entries
     * @return this
     */
    public Validation size(String field, Collection<?> value, int min, int max) {
        if (value != null && (value.size() < min || value.size() > max)) {
            fail(field, "must have " + min + " to " + max + " entries (had " + value.size() + ")", null);
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @param allowed the allowed values (case-sensitive)
     * @return this
     */
    public Validation oneOf(String field, String value, String... allowed) {
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            fail(field, "must be one of " + Arrays.toString(allowed), value);
        }
        return this;
    }

    /**
     * @param field wire name of the list
     * @param values values; null passes
     * @param allowed the allowed values
     * @return this
     */
    public Validation eachOneOf(String field, List<String> values, String... allowed) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                if (v == null || !Arrays.asList(allowed).contains(v)) {
                    fail(field + "." + (i + 1), "must be one of " + Arrays.toString(allowed), v);
                }
            }
        }
        return this;
    }

    /**
     * @param field wire name of the list
     * @param values values; null passes
     * @return this
     */
    public Validation noBlankEntries(String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                required(field + "." + (i + 1), values.get(i));
            }
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @param pattern the pattern the whole value must match
     * @param rule the rule in words, e.g. "letters only"
     * @return this
     */
    public Validation matches(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(field, "must be " + rule, value);
        }
        return this;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @return this
     */
    public Validation email(String field, String value) {
        if (value != null && !isEmail(value)) {
            fail(field, "must be an e-mail address (name@domain)", Redact.email(value));
        }
        return this;
    }

    /**
     * What {@code [^@\s]+@[^@\s]+\.[^@\s]+} matches (a name, one {@code @}, a domain with a dot neither first
     * nor last; no white space), checked in one pass: the regular expression cost a tenth of the signing.
     */
    static boolean isEmail(String v) {
        int n = v.length();
        int at = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == ' ' || c >= '\t' && c <= '\r') { // \s: space, tab, LF, VT, FF, CR
                return false;
            }
        }
        if (at <= 0) {
            return false;
        }
        for (int i = at + 2; i < n - 1; i++) {
            if (v.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param field wire name
     * @param value value; null passes
     * @return this
     */
    public Validation phoneWithCountryCode(String field, String value) {
        if (value != null && !PHONE_WITH_COUNTRY_CODE.matcher(value).matches()) {
            fail(field, "must be <country code>-<number>, e.g. 86-13800000000", Redact.phone(value));
        }
        return this;
    }

    /**
     * @param rule what must hold, in words, naming the fields
     * @param holds whether it holds
     * @return this
     */
    public Validation require(boolean holds, String rule) {
        if (!holds) {
            throw new AcsClientException("Invalid " + action + " request: " + rule + ". Nothing was sent.");
        }
        return this;
    }

    /**
     * For "at least one of" rules: a blank value does not count, because the services treat an empty
     * channel as no channel.
     *
     * @param values the candidate values
     * @return whether any value has non-blank text
     */
    public static boolean anyPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.trim().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void fail(String field, String rule, Object shownValue) {
        // a personal field's value is masked whole; any other keeps its numbers (ids, counts) readable
        String value = String.valueOf(shownValue);
        String masked = PersonalParameters.isPersonal(sensitiveMembers, field) ? Redact.text(value)
                : Redact.message(value, Collections.<String>emptyList());
        String shown = shownValue == null ? "null" : "'" + masked + "'";
        throw new AcsClientException("Invalid " + action + " request: " + field + " " + rule + "; got " + shown
                + ". Nothing was sent.");
    }
}
