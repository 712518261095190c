package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks a success answer against the fields its operation declares ({@link Operation#requires}): the one
 * place where an HTTP-200 body that lacks them stops being a success.
 */
final class RequiredFields {
    private RequiredFields() {
    }

    /**
     * @param body the parsed answer
     * @param wirePaths the declared fields, nested names joined by dots
     * @return the paths that are missing, JSON null or blank text, in declaration order; empty when none is
     */
    static List<String> missing(JsonNode body, List<String> wirePaths) {
        List<String> missing = Collections.emptyList();
        for (int i = 0; i < wirePaths.size(); i++) { // indexed: no iterator on every call
            String path = wirePaths.get(i);
            if (!present(body, path)) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>(2);
                }
                missing.add(path);
            }
        }
        return missing;
    }

    private static boolean present(JsonNode body, String path) {
        JsonNode node = body;
        int start = 0;
        if (path.indexOf('.') < 0) { // most paths: one name, found without copying it
            node = body.get(path);
            start = path.length() + 1;
        }
        while (node != null && start <= path.length()) {
            int dot = path.indexOf('.', start);
            int end = dot < 0 ? path.length() : dot;
            node = node.isObject() ? node.get(path.substring(start, end)) : null;
            start = end + 1;
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        return !node.isTextual() || !node.textValue().trim().isEmpty(); // numbers, booleans and containers count
    }
}
