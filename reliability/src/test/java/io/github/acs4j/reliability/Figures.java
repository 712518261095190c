package io.github.acs4j.reliability;

import java.util.Map;
import java.util.TreeMap;

/**
 * The figures the README's Reliability section quotes: per scenario, its outcome and how many requests
 * the server saw. Printed by {@link SecretsNeverLeakTest}, which runs last.
 */
final class Figures {
    private static final Map<String, String> ROWS = new TreeMap<>();

    private Figures() {
    }

    static synchronized void record(String scenario, String outcome, int requestsSeen) {
        ROWS.put(scenario, outcome + " | " + requestsSeen);
    }

    static synchronized String table() {
        StringBuilder sb = new StringBuilder("| scenario | outcome | requests the server saw |\n| --- | --- | --- |\n");
        for (Map.Entry<String, String> e : ROWS.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        return sb.append(ROWS.size()).append(" scenarios\n").toString();
    }
}
