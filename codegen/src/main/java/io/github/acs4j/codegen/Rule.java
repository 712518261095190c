package io.github.acs4j.codegen;

import java.util.List;

/**
 * A documented rule over several members, e.g. "at least one of PhoneNum, Email, DingRobotWebhookUrl", optionally
 * only under a condition ("Body is required when Method is Post").
 */
final class Rule {
    List<String> anyOf;
    String message;
    String source;
    /** Null, or the request member (wire name) and value, as text, under which the rule applies ("Body when Method is Post"). */
    String whenMember;
    String whenEquals;
}
