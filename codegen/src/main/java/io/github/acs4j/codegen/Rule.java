package io.github.acs4j.codegen;

import java.util.List;

/** A documented rule over several members, e.g. "at least one of PhoneNum, Email, DingRobotWebhookUrl". */
final class Rule {
    List<String> anyOf;
    String message;
    String source;
}
