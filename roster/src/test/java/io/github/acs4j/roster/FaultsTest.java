package io.github.acs4j.roster;

import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.emulator.AcsEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fault on the first request of each kind of call an apply makes (reads, creates, updates, deletes of
 * every product): throttling, 500, 503, and the answer lost after the request was processed. Each time the
 * apply completes, the products end up as the roster says, and nothing exists twice.
 */
class FaultsTest {
    private static final List<String> ACTIONS = Arrays.asList(
            "DescribeContactList", "DescribeContactGroupList", "SearchAlertContact", "ListMessageContacts",
            "ListMessageContactVerifications",
            "PutContact", "PutContactGroup", "DeleteContactGroup", "DeleteContact",
            "CreateAlertContact", "UpdateAlertContact", "DeleteAlertContact",
            "SearchAlertContactGroup", "CreateAlertContactGroup", "UpdateAlertContactGroup", "DeleteAlertContactGroup",
            "AddMessageContact", "UpdateMessageContact", "DeleteMessageContact");
    private static final List<String> FAULTS = Arrays.asList("throttle", "500", "503", "dropAfterProcessing");

    private static final Products p = Products.start();
    private static final AcsEmulator emulator = p.emulator;

    @AfterAll
    static void stop() {
        p.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String action : ACTIONS) {
            for (String fault : FAULTS) {
                out.add(Arguments.of(action, fault));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void applyEndsAsTheRosterSaysWithNoDuplicate(String action, String fault) {
        p.reset();
        RosterSyncTest.seed(p);
        ApplyResult r = applyWithOneFault(RosterSyncTest.ROSTER, action, fault);
        assertEquals(1, p.armsNamed("Bob"), "ARMS Bob exactly once");
        assertEquals(1, p.armsNamed("Alice"));
        assertEquals(1, p.rdNamed("Bob"), "Resource Directory Bob exactly once");
        assertEquals(0, p.armsNamed("Dave") + p.rdNamed("Dave"));
        assertEquals("{dba=[Alice, Bob], leads=[Alice]}", p.armsGroups().toString(), "each ARMS group once");
        if (action.equals("CreateAlertContact") || action.equals("AddMessageContact")) {
            String detail = created(r, action.equals("CreateAlertContact") ? Product.ARMS : Product.RESOURCE_DIRECTORY, "Bob");
            if (fault.equals("dropAfterProcessing")) {
                // created, answer lost: settled by listing, never sent again
                assertTrue(detail.contains("found by listing, not created again"), detail);
                assertEquals(1 + 2, emulator.requestCount(action), "two seeded, Bob's once");
            } else if (!fault.equals("throttle")) {
                // a 5xx may hide a processed create: the SDK does not repeat it; the listing shows it absent
                assertTrue(detail.contains("created on attempt 2"), detail);
                assertEquals(2 + 2, emulator.requestCount(action));
            }
        }
    }

    private static String created(ApplyResult r, Product product, String name) {
        for (StepResult s : r.steps()) {
            if (s.change().product() == product && s.change().name().equals(name)) {
                return String.valueOf(s.detail());
            }
        }
        throw new AssertionError("no step for " + product + " " + name);
    }

    static Stream<Arguments> notificationCenterCases() {
        List<Arguments> out = new ArrayList<>();
        for (String action : Arrays.asList("DescribeContacts", "DescribeContactGroups", "CreateOrUpdateContact",
                "CreateOrUpdateContactGroup", "DeleteContactGroup", "DeleteContact")) {
            for (String fault : FAULTS) {
                out.add(Arguments.of(action, fault));
            }
        }
        return out.stream();
    }

    /** The same for the notification-center variant's calls: its creates are CreateOrUpdate* without an ID. */
    @ParameterizedTest(name = "{1} on {0} (notification center)")
    @MethodSource("notificationCenterCases")
    void notificationCenterApplyEndsAsTheRosterSaysWithNoDuplicate(String action, String fault) {
        p.reset();
        p.arms.createOrUpdateContact(c -> c.contactName("Dave").email("dave@example.com"));
        long dave = p.arms.describeContacts(d -> d.page(1).size(10)).contacts().get(0).contactId();
        p.arms.createOrUpdateContactGroup(g -> g.contactGroupName("old").contactIds(dave));
        ApplyResult r = applyWithOneFault(RosterSyncTest.NOTIFICATION_CENTER, action, fault);
        assertEquals("[Alice, Bob]", p.notificationContacts().toString(), "each contact once");
        assertEquals("{dba=[Alice, Bob], leads=[Alice]}", p.notificationGroups().toString(), "each group once");
        if (fault.equals("dropAfterProcessing") && action.startsWith("CreateOrUpdate")) {
            String detail = created(r, Product.ARMS, action.endsWith("Group") ? "dba" : "Alice");
            assertTrue(detail.contains("found by listing, not created again"), detail);
        }
    }

    /** Applies the roster with the fault on the first request of the action; checks it completed and nothing is left to do. */
    private static ApplyResult applyWithOneFault(String yaml, String action, String fault) {
        Roster roster = Roster.parse("team.yaml", yaml);
        AtomicBoolean injected = new AtomicBoolean();
        p.beforeSend = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext a) {
                if (a.action().equals(action) && injected.compareAndSet(false, true)) {
                    inject(fault);
                }
            }
        };
        RosterSync sync = p.sync().build();
        ApplyResult r = sync.apply(sync.plan(roster));
        p.beforeSend = new ExecutionInterceptor() { };
        assertTrue(injected.get(), action + " was never called");
        assertTrue(r.succeeded(), r.steps().toString());
        Plan after = sync.plan(roster);
        assertTrue(after.writes().isEmpty(), "final state differs from the roster: " + after.writes());
        return r;
    }

    private static void inject(String fault) {
        switch (fault) {
            case "throttle":
                emulator.faults().throttleNext(1);
                break;
            case "dropAfterProcessing":
                emulator.faults().dropAfterProcessing(1);
                break;
            default:
                emulator.faults().failNext(1, Integer.parseInt(fault));
        }
    }
}
