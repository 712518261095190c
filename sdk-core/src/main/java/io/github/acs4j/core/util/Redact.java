package io.github.acs4j.core.util;

import io.github.acs4j.core.signing.PercentEncoder;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data and secrets before they reach {@code toString()}, exception messages or logs.
 * Secrets are replaced whole; e-mail addresses and phone numbers keep just enough to be recognised.
 */
public final class Redact {
    /** What a secret is printed as. */
    public static final String HIDDEN = "***";

    /** An e-mail address, its {@code @} plain, percent-encoded or encoded twice (a form body echoed back). */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+(?:@|%40|%2540)[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("@|%40|%2540", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\d[\\d\\- ]{5,}\\d(?![\\w-])");
    /**
     * A secret parameter and its value: {@code name=value} with the {@code =} plain or percent-encoded (once
     * or twice, as in a webhook URL inside a form body), or a JSON {@code "name": "value"} (quoted or not). The names: any
     * ending in token, secret, signature, sign or password, and the AccessKey ones. The value ends at the
     * next parameter, plain or encoded ({@code &}, {@code %26}), or at a quote, space or bracket.
     */
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "((?<![A-Za-z0-9])\"?[A-Za-z_\\-]*(?:token|secret|signature|sign|password|accesskey[A-Za-z_]*)"
                    + "(?:=|%3D|%253D|\"\\s*:\\s*\"?)"
                    + ")(?:(?!%26|%2526)[^&#\\s\"',;}\\]])*",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORTEST_MASKED_VALUE = 4;

    private Redact() {
    }

    /**
     * Hides a secret completely.
     *
     * @param secret an access key secret, token or signature
     * @return {@code null} for null, otherwise {@value #HIDDEN}
     */
    public static String secret(String secret) {
        return secret == null ? null : HIDDEN;
    }

    /**
     * Masks an e-mail address: {@code alice@example.com} becomes {@code a***@example.com} (and
     * {@code alice%40example.com}, as a form body carries it, {@code a***%40example.com}).
     *
     * @param email the address
     * @return the masked address, or null
     */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        Matcher at = AT.matcher(email);
        if (!at.find() || at.start() == 0) {
            return HIDDEN;
        }
        return email.charAt(0) + HIDDEN + email.substring(at.start());
    }

    /**
     * Masks a phone number, keeping the last two digits: {@code 86-13800001234} becomes {@code ***34}.
     *
     * @param phone the number
     * @return the masked number, or null
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? HIDDEN : HIDDEN + phone.substring(phone.length() - 2);
    }

    /**
     * Masks the query of a webhook URL, where DingTalk and others carry the {@code access_token}.
     *
     * @param url the webhook URL
     * @return scheme, host and path, with the query hidden
     */
    public static String webhook(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?" + HIDDEN;
    }

    /**
     * Masks every e-mail address, phone number and secret parameter found in a value known to hold personal
     * data, such as a verification target. Every digit run that looks like a phone number is masked, so use
     * {@link #message(String, Collection)} for a service's message, where numbers are ids and counts.
     *
     * @param text any text
     * @return the text with personal data and secrets masked
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(EMAIL, text, true);
        out = replace(PHONE, out, false);
        return secretParameters(out);
    }

    /**
     * Masks what a service's message or an echoed body may quote: the given personal values (the e-mail
     * addresses and phone numbers the request carried), plain or percent-encoded; every e-mail address,
     * plain or percent-encoded; and every secret parameter ({@code access_token=}, {@code Signature=},
     * {@code AccessKeySecret}, {@code SecurityToken}, ... with {@code =} plain or encoded, or as JSON).
     * Numbers are left alone: account ids, byte counts and limits stay readable.
     *
     * @param text a message or an excerpt of a body
     * @param personalValues the request's personal values (phone numbers, e-mail addresses, webhook URLs);
     *     values shorter than 4 characters are ignored
     * @return the text with those values, e-mail addresses and secrets masked
     */
    public static String message(String text, Collection<String> personalValues) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String value : personalValues) {
            if (value != null && value.length() >= SHORTEST_MASKED_VALUE) {
                out = maskValue(out, value);
            }
        }
        return secretParameters(replace(EMAIL, out, true));
    }

    /**
     * Masks one personal value wherever it appears as a whole (not inside a longer number): as sent,
     * percent-encoded, form-encoded, and a phone number's part after its country code.
     */
    private static String maskValue(String text, String value) {
        boolean email = value.indexOf('@') > 0;
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        forms.add(PercentEncoder.encode(value));
        forms.add(PercentEncoder.encode(PercentEncoder.encode(value)));
        try {
            forms.add(URLEncoder.encode(value, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        int dash = value.lastIndexOf('-');
        if (!email && dash > 0 && value.length() - dash > 6) {
            forms.add(value.substring(dash + 1)); // 86-13800001234 may come back as 13800001234
        }
        String out = text;
        for (String form : forms) {
            if (out.contains(form)) {
                String masked = email ? email(form) : value.contains("://") ? webhook(value) : phone(value);
                out = Pattern.compile("(?<![0-9])" + Pattern.quote(form) + "(?![0-9])").matcher(out)
                        .replaceAll(Matcher.quoteReplacement(masked));
            }
        }
        return out;
    }

    private static String secretParameters(String text) {
        return SECRET_PARAM.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
    }

    private static String replace(Pattern p, String text, boolean email) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuffer sb = new StringBuffer(text.length());
        do {
            String masked = email ? email(m.group()) : phone(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(masked));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
