package io.github.acs4j.roster;

import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.emulator.AcsEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** plan, apply, drift and export against the emulator: what the products hold afterwards, and what was sent. */
class RosterSyncTest {
    static final String ROSTER = String.join("\n",
            "roster: team",
            "people:",
            "  - name: Alice",
            "    email: alice@example.com",
            "    phone: '13800000001'",
            "    language: en",
            "  - name: Bob",
            "    email: bob@example.com",
            "    dingtalk: https://oapi.dingtalk.com/robot/send?access_token=bobtoken",
            "groups:",
            "  - name: dba",
            "    members: [Alice, Bob]",
            "  - name: leads",
            "    members: [Alice]",
            "products:",
            "  cms:",
            "    groups: [dba]",
            "  arms:",
            "  resourceDirectory:",
            "    title: Other",
            "    messageTypes: [FaultMessage]",
            "retired:",
            "  people: [Dave]",
            "  groups: [old]",
            "");

    private static final Products p = Products.start();
    private static final AcsEmulator emulator = p.emulator;

    @AfterAll
    static void stop() {
        p.close();
    }

    @BeforeEach
    void reset() {
        p.reset();
    }

    /** Alice's old phone everywhere, Dave (retired) everywhere, the retired group holding Dave. */
    static void seed(Products p) {
        p.cms.putContact(c -> c.contactName("Alice").describe("on-call, roster team").channelsMail("alice@example.com")
                .channelsSms("13800000009").lang("en"));
        p.cms.putContact(c -> c.contactName("Dave").describe("x").channelsMail("dave@example.com"));
        p.cms.putContactGroup(g -> g.contactGroupName("old").describe("x").contactNames("Dave"));
        p.arms.createAlertContact(c -> c.contactName("Alice").email("alice@example.com").phoneNum("13800000009"));
        long dave = Long.parseLong(p.arms.createAlertContact(c -> c.contactName("Dave").email("dave@example.com")).contactId());
        p.arms.createAlertContactGroup(g -> g.contactGroupName("leads").contactIds(dave));
        p.arms.createAlertContactGroup(g -> g.contactGroupName("old").contactIds(dave));
        p.rd.addMessageContact(c -> c.name("Alice").emailAddress("alice@example.com").phoneNumber("86-13800000001")
                .title("CEO").messageTypes("FaultMessage"));
        p.rd.addMessageContact(c -> c.name("Dave").emailAddress("dave@example.com").title("Other")
                .messageTypes("FaultMessage"));
    }

    @Test
    void planApplyDriftExportRoundTrip() {
        seed(p);
        Roster roster = Roster.parse("team.yaml", ROSTER);
        RosterSync sync = p.sync().build();
        int before = p.writes();

        Plan plan = sync.plan(roster);
        assertEquals(before, p.writes(), "plan sends no write");
        assertEquals(ChangeAction.UPDATE, find(plan, Product.CMS, "Alice").action());
        FieldChange phone = find(plan, Product.CMS, "Alice").fieldChanges().get(0);
        assertEquals("phone", phone.field());
        assertFalse(phone.before().contains("13800000009") || phone.after().contains("13800000001"), "masked: " + phone);
        assertEquals(ChangeAction.CREATE, find(plan, Product.ARMS, "Bob").action());
        assertEquals(ChangeAction.UPDATE, find(plan, Product.RESOURCE_DIRECTORY, "Alice").action());
        assertEquals(ChangeAction.DELETE, find(plan, Product.RESOURCE_DIRECTORY, "Dave").action());
        assertEquals(ChangeAction.DELETE, find(plan, Product.CMS, "old").action());
        assertTrue(plan.hasDrift());

        ApplyResult result = sync.apply(plan);
        assertTrue(result.succeeded(), result.steps().toString());
        assertEquals(p.writes() - before, result.writeCalls(), "each write call was one request");

        Plan again = sync.plan(roster);
        assertTrue(again.writes().isEmpty(), again.writes().toString());
        assertFalse(again.hasDrift());
        int settled = p.writes();
        ApplyResult second = sync.apply(again);
        assertEquals(settled, p.writes(), "a second apply makes no write call");
        assertEquals(0, second.writeCalls());

        // export: the live state as a roster, which plans to nothing against that same state
        Roster exported = Roster.parse("exported.yaml", sync.export(EnumSet.allOf(Product.class)).toYaml());
        assertEquals(2, exported.people().size(), exported.toYaml());
        assertTrue(sync.plan(exported).writes().isEmpty(), sync.plan(exported).writes().toString());

        // someone changes Alice's e-mail by hand: drift names it, masked
        p.cms.putContact(c -> c.contactName("Alice").describe("on-call, roster team").channelsMail("eve@example.com")
                .channelsSms("13800000001").lang("en"));
        Plan drift = sync.plan(roster);
        assertTrue(drift.hasDrift());
        assertEquals(1, drift.writes().size(), drift.writes().toString());
        assertEquals("email: e***@example.com -> a***@example.com", drift.writes().get(0).fieldChanges().get(0).toString());
    }

    @Test
    void handMadeContactsAreKeptWithoutPruneAndDeletedWithIt() {
        p.cms.putContact(c -> c.contactName("NOC desk").describe("by hand").channelsMail("noc@example.com"));
        p.arms.createAlertContact(c -> c.contactName("NOC desk").email("noc@example.com"));
        p.rd.addMessageContact(c -> c.name("Nocdesk").emailAddress("noc@example.com").title("Other")
                .messageTypes("FaultMessage"));
        Roster roster = Roster.parse("team.yaml", ROSTER);

        Plan plan = p.sync().build().plan(roster);
        assertEquals(ChangeAction.UNMANAGED, find(plan, Product.CMS, "NOC desk").action());
        assertEquals(ChangeAction.UNMANAGED, find(plan, Product.ARMS, "NOC desk").action());
        assertEquals(ChangeAction.UNMANAGED, find(plan, Product.RESOURCE_DIRECTORY, "Nocdesk").action());
        assertTrue(p.sync().build().apply(plan).succeeded());
        assertEquals(0, emulator.requestCount("DeleteContact") + emulator.requestCount("DeleteAlertContact")
                + emulator.requestCount("DeleteMessageContact"));
        assertTrue(p.cmsNames().contains("NOC desk"));
        assertEquals(1, p.armsNamed("NOC desk"));
        assertEquals(1, p.rdNamed("Nocdesk"));

        RosterSync pruning = p.sync().prune(true).build();
        Plan pruned = pruning.plan(roster);
        assertEquals(ChangeAction.DELETE, find(pruned, Product.CMS, "NOC desk").action());
        assertTrue(pruning.apply(pruned).succeeded());
        assertFalse(p.cmsNames().contains("NOC desk"));
        assertEquals(0, p.armsNamed("NOC desk"));
        assertEquals(0, p.rdNamed("Nocdesk"));
    }

    @Test
    void contactsBeforeTheGroupsThatHoldThemAndGroupsEmptiedBeforeTheirContactsGo() {
        p.cms.putContact(c -> c.contactName("Dave").describe("x").channelsMail("dave@example.com"));
        p.cms.putContactGroup(g -> g.contactGroupName("old").describe("x").contactNames("Dave"));
        p.cms.putContactGroup(g -> g.contactGroupName("dba").describe("x").contactNames("Dave"));
        p.sent.clear();
        ApplyResult r = p.sync().build().apply(p.sync().build().plan(Roster.parse("team.yaml", ROSTER)));
        assertTrue(r.succeeded(), r.steps().toString());
        List<String> writes = new ArrayList<>();
        for (String action : p.sent) {
            if (action.startsWith("Put") || action.startsWith("Delete")) {
                writes.add(action);
            }
        }
        // Alice and Bob put, then dba (now Alice and Bob), then the retired group, then Dave
        assertEquals("[PutContact, PutContact, PutContactGroup, DeleteContactGroup, DeleteContact]",
                filter(writes, "Contact").toString());
    }

    @Test
    void goesOnPastAFailedStepSkipsWhatDependsOnItAndReportsIt() {
        Roster roster = Roster.parse("team.yaml", ROSTER);
        // every attempt of Bob's PutContact is answered 503: the SDK gives up after its 3 attempts
        p.beforeSend = new ExecutionInterceptor() {
            private int puts;

            @Override
            public void beforeSend(AttemptContext a) {
                if (a.action().equals("PutContact") && ++puts >= 2 && puts <= 4) {
                    emulator.faults().failNext(1, 503);
                }
            }
        };
        RosterSync sync = p.sync().build();
        ApplyResult r = sync.apply(sync.plan(roster));
        assertFalse(r.succeeded());
        assertEquals(1, r.count(Product.CMS, StepOutcome.FAILED), r.steps().toString());
        assertEquals(1, r.count(Product.CMS, StepOutcome.SKIPPED), "the group holding Bob");
        assertEquals(0, emulator.requestCount("PutContactGroup"));
        assertEquals(0, r.count(Product.ARMS, StepOutcome.FAILED));
        assertEquals(2, p.armsNamed("Alice") + p.armsNamed("Bob"), "the other products went on");
        StepResult failed = r.problems().get(Product.CMS).get(0);
        assertTrue(failed.detail().contains("503"), failed.detail());

        p.beforeSend = new ExecutionInterceptor() { };
        ApplyResult retry = sync.apply(sync.plan(roster));
        assertTrue(retry.succeeded(), retry.steps().toString());
        assertEquals(2, retry.steps().size(), "Bob and then his group: " + retry.steps());
    }

    @Test
    void aProductThatCannotBeReadIsReportedAndTheOthersAreStillApplied() {
        // every attempt of the verification listing fails: Resource Directory cannot be planned
        p.beforeSend = new ExecutionInterceptor() {
            @Override
            public void beforeSend(AttemptContext a) {
                if (a.action().equals("ListMessageContactVerifications")) {
                    emulator.faults().failNext(1, 500);
                }
            }
        };
        RosterSync sync = p.sync().build();
        Plan plan = sync.plan(Roster.parse("team.yaml", ROSTER));
        assertTrue(plan.readFailures().get(Product.RESOURCE_DIRECTORY).startsWith("HTTP 500 InternalError"),
                plan.readFailures().toString());
        assertTrue(plan.hasDrift());
        ApplyResult r = sync.apply(plan);
        assertFalse(r.succeeded());
        assertEquals(0, emulator.requestCount("AddMessageContact"));
        assertEquals(2, p.armsNamed("Alice") + p.armsNamed("Bob"));
    }

    @Test
    void armsAlertContactGroupsHoldTheRosterMembersAndRetiredGroupsGo() {
        seed(p);
        RosterSync sync = p.sync().build();
        Roster roster = Roster.parse("team.yaml", ROSTER);
        Plan plan = sync.plan(roster);
        assertEquals(ChangeAction.CREATE, find(plan, Product.ARMS, "dba").action());
        assertEquals("members: Dave -> Alice", find(plan, Product.ARMS, "leads").fieldChanges().get(0).toString());
        assertEquals(ChangeAction.DELETE, find(plan, Product.ARMS, "old").action());
        assertTrue(sync.apply(plan).succeeded());
        assertEquals("{dba=[Alice, Bob], leads=[Alice]}", p.armsGroups().toString());
        assertTrue(sync.plan(roster).writes().isEmpty());
    }

    @Test
    void theNotificationCenterVariantKeepsItsOwnContactsAndGroups() {
        p.arms.createOrUpdateContact(c -> c.contactName("Dave").email("dave@example.com"));
        long dave = p.arms.describeContacts(d -> d.page(1).size(10)).contacts().get(0).contactId();
        p.arms.createOrUpdateContactGroup(g -> g.contactGroupName("old").contactIds(dave));
        Roster roster = Roster.parse("team.yaml", NOTIFICATION_CENTER);
        RosterSync sync = p.sync().build();
        ApplyResult r = sync.apply(sync.plan(roster));
        assertTrue(r.succeeded(), r.steps().toString());
        assertEquals("[Alice, Bob]", p.notificationContacts().toString());
        assertEquals("{dba=[Alice, Bob], leads=[Alice]}", p.notificationGroups().toString());
        assertEquals(0, emulator.requestCount("CreateAlertContact"), "the legacy contacts are not this variant's");
        assertTrue(sync.plan(roster).writes().isEmpty(), sync.plan(roster).writes().toString());
        assertEquals("notification-center", Roster.parse("again", roster.toYaml()).products().get(Product.ARMS).variant());
    }

    static final String NOTIFICATION_CENTER = ROSTER.replace("  arms:\n", "  arms:\n    variant: notification-center\n");

    static Change find(Plan plan, Product product, String name) {
        for (Change c : plan.changes()) {
            if (c.product() == product && c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(product + " " + name + " not in " + plan.changes());
    }

    private static List<String> filter(List<String> actions, String suffix) {
        List<String> out = new ArrayList<>();
        for (String a : actions) {
            if (a.endsWith(suffix) || a.endsWith(suffix + "Group")) {
                out.add(a);
            }
        }
        return out;
    }
}
