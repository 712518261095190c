package io.github.acs4j.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of a request's wire parameters carry personal data, known by name as the products write them:
 * e-mail ({@code Email}, {@code EmailAddress}, {@code Channels.Mail}), phone ({@code Phone}, {@code PhoneNum},
 * {@code PhoneNumber}, {@code Channels.SMS}), webhook URLs (their {@code access_token}) and CloudMonitor's
 * {@code ChanelValue} (any of them). Their values are what an error message must mask; every other value,
 * account ids and counts included, stays readable.
 */
final class PersonalParameters {
    private static final String[] MARKERS = {"mail", "phone", "sms", "webhook", "chanelvalue", "channelvalue"};

    private PersonalParameters() {
    }

    /** @return the values of the personal parameters among {@code params} */
    static List<String> values(Map<String, String> params) {
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (isPersonal(p.getKey())) {
                out.add(p.getValue());
            }
        }
        return out;
    }

    static boolean isPersonal(String wireName) {
        String name = wireName.substring(wireName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (String m : MARKERS) {
            if (name.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
