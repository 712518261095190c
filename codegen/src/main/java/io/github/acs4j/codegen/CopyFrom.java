package io.github.acs4j.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

/** A static {@code builderFrom(item)} on a request: starts the request from a read item (request member to item member). */
final class CopyFrom {
    String method;
    String shape;
    String javadoc = "";
    final Map<String, String> map = new LinkedHashMap<>();
}
