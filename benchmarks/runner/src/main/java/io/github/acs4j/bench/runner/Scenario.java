package io.github.acs4j.bench.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The scenarios (the names the contenders' {@code Contender} constants use) and who takes part in each:
 * every contender sends PutContact ({@code floor-acs3} only that); the CloudMonitor page is read by all but {@code acs4j-v1} (signing is
 * not what a list page measures); ARMS and Resource Directory by the floor and acs4j only, because the
 * official SDK jars the benchmark uses are CloudMonitor's.
 */
final class Scenario {
    static final String PUT = "put";
    static final String[] LISTS = {"list-cms", "list-arms", "list-rd"};
    static final String[] ALL = {PUT, "list-cms", "list-arms", "list-rd"};

    private Scenario() {
    }

    /**
     * @param value comma-separated scenario names, or {@code put}, {@code lists}, {@code all}
     * @return the scenarios, in the order given
     */
    static List<String> parse(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (s.equals("lists")) {
                out.addAll(Arrays.asList(LISTS));
            } else if (s.equals("all")) {
                out.addAll(Arrays.asList(ALL));
            } else if (Arrays.asList(ALL).contains(s)) {
                out.add(s);
            } else {
                throw new IllegalArgumentException("unknown scenario " + s + "; known: put, lists, all, "
                        + String.join(", ", LISTS));
            }
        }
        return out;
    }

    /** @return whether the contender has the scenario's call */
    static boolean has(String contender, String scenario) {
        return scenario.equals(PUT) || contender.equals("floor") || contender.equals("acs4j")
                || scenario.equals("list-cms") && contender.startsWith("official-");
    }

    /** @return what the table calls one unit of work */
    static String unit(String scenario) {
        return scenario.equals(PUT) ? "call" : "page";
    }

    /** @return the heading of the scenario's table */
    static String title(String scenario) {
        switch (scenario) {
            case PUT: return "PutContact";
            case "list-cms": return "CloudMonitor DescribeContactList, a page of 100 contacts";
            case "list-arms": return "ARMS SearchAlertContact, a page of 100 alert contacts";
            default: return "Resource Directory ListMessageContacts, a page of 100 message contacts";
        }
    }

    /**
     * Libraries a contender carries only for the list scenarios (and acs4j's sdk-cms2 only for
     * {@code RestOverhead}), left out of the PutContact runtime weight (the floor's Jackson, acs4j's ARMS,
     * Resource Directory and CloudMonitor 2.0 modules).
     */
    static List<String> listOnlyLibraries(String contender) {
        if (contender.startsWith("floor")) {
            return Arrays.asList("jackson-");
        }
        if (contender.startsWith("acs4j")) {
            return Arrays.asList("sdk-arms", "sdk-resourcedirectory", "sdk-cms2");
        }
        return Collections.emptyList();
    }
}
