package io.github.acs4j.roster;

import io.github.acs4j.emulator.AcsEmulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 500-person roster in all three products (ten CloudMonitor groups of 50): applied from empty, applied again
 * (no write), then after a change to 5 people (only those 5 touched). Prints the figures the README quotes.
 */
class LargeRosterTest {
    private static final int PEOPLE = 500;
    private static final int GROUPS = 10;

    @Test
    void fiveHundredPeopleFromEmptyThenNoWritesThenOnlyTheFiveChanged() {
        try (Products p = new Products(AcsEmulator.builder().resourceDirectoryContactLimit(1000).start())) {
            AcsEmulator emulator = p.emulator;
            RosterSync sync = p.sync().build();
            Roster roster = Roster.parse("large.yaml", yaml(-1));

            long t0 = System.nanoTime();
            ApplyResult first = sync.apply(sync.plan(roster));
            long firstMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(first.succeeded(), first.problems().toString());
            int firstWrites = p.writes();
            int firstRequests = emulator.requestCount();
            assertEquals(PEOPLE * 3 + GROUPS * 2, firstWrites, emulator.requestCounts().toString());
            assertEquals(PEOPLE, emulator.requestCount("CreateAlertContact"));
            assertEquals(PEOPLE, emulator.requestCount("AddMessageContact"));

            t0 = System.nanoTime();
            ApplyResult second = sync.apply(sync.plan(roster));
            long secondMillis = (System.nanoTime() - t0) / 1_000_000;
            int secondRequests = emulator.requestCount() - firstRequests;
            assertEquals(firstWrites, p.writes(), "the second apply makes no write call");
            assertEquals(0, second.steps().size());

            // five people change e-mail: each of them is touched once per product, nobody else
            Roster changed = Roster.parse("large.yaml", yaml(5));
            Plan plan = sync.plan(changed);
            Set<String> touched = new HashSet<>();
            for (Change c : plan.writes()) {
                assertEquals(ChangeAction.UPDATE, c.action(), c.toString());
                assertEquals("email", c.fieldChanges().get(0).field());
                touched.add(c.name());
            }
            assertEquals(5, touched.size(), touched.toString());
            assertEquals(15, plan.writes().size());
            int before = p.writes();
            int putsBefore = emulator.requestCount("PutContact");
            t0 = System.nanoTime();
            ApplyResult third = sync.apply(plan);
            long thirdMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(third.succeeded());
            assertEquals(15, p.writes() - before);
            assertEquals(5, emulator.requestCount("PutContact") - putsBefore);
            assertEquals(5, emulator.requestCount("UpdateAlertContact"));
            assertEquals(5, emulator.requestCount("UpdateMessageContact"));
            assertTrue(sync.plan(changed).writes().isEmpty());

            System.out.printf("roster figures: 500 people x 3 products + %d groups x 2 products from empty: %d ms, %d requests"
                            + " (%d writes); again: %d ms, %d requests, 0 writes; 5 people changed: %d ms, %d writes%n",
                    GROUPS, firstMillis, firstRequests, firstWrites, secondMillis, secondRequests, thirdMillis,
                    p.writes() - before);
        }
    }

    /** Names of letters only (Resource Directory's rule): Oncall + three letters. */
    static String name(int i) {
        return "Oncall" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    /** The roster; the first {@code changed} people have a new e-mail address. */
    static String yaml(int changed) {
        List<String> lines = new ArrayList<>();
        lines.add("roster: large");
        lines.add("people:");
        for (int i = 0; i < PEOPLE; i++) {
            lines.add("  - name: " + name(i));
            lines.add("    email: " + name(i).toLowerCase() + (i < changed ? "@new.example.com" : "@example.com"));
            lines.add("    phone: '138" + String.format("%08d", i) + "'");
        }
        lines.add("groups:");
        for (int g = 0; g < GROUPS; g++) {
            lines.add("  - name: team" + g);
            StringBuilder members = new StringBuilder("    members: [");
            for (int i = g * (PEOPLE / GROUPS); i < (g + 1) * (PEOPLE / GROUPS); i++) {
                members.append(i % (PEOPLE / GROUPS) == 0 ? "" : ", ").append(name(i));
            }
            lines.add(members.append("]").toString());
        }
        lines.add("products:");
        lines.add("  cms:");
        lines.add("  arms:");
        lines.add("  resourceDirectory:");
        lines.add("    title: Other");
        lines.add("    messageTypes: [FaultMessage]");
        return String.join("\n", lines) + "\n";
    }
}
