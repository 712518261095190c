package io.github.acs4j.core.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data and secrets before they reach {@code toString()}, exception messages or logs.
 * Secrets are replaced whole; e-mail addresses and phone numbers keep just enough to be recognised.
 */
public final class Redact {
    /** What a secret is printed as. */
    public static final String HIDDEN = "***";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\d[\\d\\- ]{5,}\\d(?![\\w-])");
    private static final Pattern TOKEN_PARAM = Pattern.compile("((?:access_token|token|sign|secret)=)[^&#\\s]*",
            Pattern.CASE_INSENSITIVE);

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
     * Masks an e-mail address: {@code alice@example.com} becomes {@code a***@example.com}.
     *
     * @param email the address
     * @return the masked address, or null
     */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return email.charAt(0) + HIDDEN + email.substring(at);
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
     * Masks every e-mail address, phone number and token parameter found in free text, such as a
     * message the service echoed back.
     *
     * @param text any text
     * @return the text with personal data and tokens masked
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String out = replace(EMAIL, text, true);
        out = replace(PHONE, out, false);
        return TOKEN_PARAM.matcher(out).replaceAll("$1" + HIDDEN);
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
