package io.github.acs4j.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which of a request's wire parameters carry personal data or secrets, as the operation's API model
 * declares them ({@link Operation#sensitiveMembers()}: e-mail, phone, webhook, secret, free text that may
 * hold them). Their values are what an error message must mask; every other value, account ids and counts
 * included, stays readable. Flattened names match their model name: {@code Members.3} is {@code Members.N}.
 */
final class PersonalParameters {
    private static final Pattern LIST_INDEX = Pattern.compile("\\.\\d+(?=\\.|$)");

    private PersonalParameters() {
    }

    /**
     * @param sensitiveMembers the operation's sensitive members (wire name to kind)
     * @param params the request's wire parameters
     * @return the values of the sensitive parameters among {@code params}
     */
    static List<String> values(Map<String, String> sensitiveMembers, Map<String, String> params) {
        if (sensitiveMembers.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (isPersonal(sensitiveMembers, p.getKey())) {
                out.add(p.getValue());
            }
        }
        return out;
    }

    /**
     * @param sensitiveMembers the operation's sensitive members (wire name to kind)
     * @param wireName a parameter as sent ({@code Channels.Mail}, {@code Members.2}) or a list as validated
     *     ({@code Members})
     * @return whether its value is personal or secret
     */
    static boolean isPersonal(Map<String, String> sensitiveMembers, String wireName) {
        if (sensitiveMembers.isEmpty()) {
            return false;
        }
        String name = LIST_INDEX.matcher(wireName).replaceAll(".N");
        return sensitiveMembers.containsKey(name) || sensitiveMembers.containsKey(name + ".N");
    }
}
