package io.github.acs4j.contract;

import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.cms2.Cms2ErrorCodes;
import io.github.acs4j.cms2.Cms2Exception;
import io.github.acs4j.cms2.model.AlertRobot;
import io.github.acs4j.cms2.model.AlertRobotType;
import io.github.acs4j.cms2.model.AlertWebhook;
import io.github.acs4j.cms2.model.Contact;
import io.github.acs4j.cms2.model.ContactGroup;
import io.github.acs4j.cms2.model.GetOncallScheduleResponse;
import io.github.acs4j.cms2.model.ListAlertRobotsResponse;
import io.github.acs4j.cms2.model.ListAlertWebhooksResponse;
import io.github.acs4j.cms2.model.ListContactGroupsResponse;
import io.github.acs4j.cms2.model.ListContactsResponse;
import io.github.acs4j.cms2.model.ListOncallSchedulesResponse;
import io.github.acs4j.cms2.model.NotificationLanguage;
import io.github.acs4j.cms2.model.OncallSchedule;
import io.github.acs4j.cms2.model.WebhookMethod;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor 2.0's (Cms 2024-03-30) families, each through its life cycle: contacts, alert robots and alert
 * webhooks are created, listed by ID, changed, deleted, and gone; contact groups and on-call schedules, which
 * the documented API can only read (and patch, for groups), are listed and read.
 */
abstract class CloudMonitor2Contract {

    @Test
    void contactLifecycle(Cms2Client cms) {
        String name = Names.unique("acsjCms2", 16);
        String[] id = {null};
        try {
            id[0] = cms.createContact(c -> c.name(name).email("ops@example.com").lang(NotificationLanguage.EN_US)
                    .imUserIds(Collections.singletonMap("DING", "ops-dingtalk-id"))).contactId();
            assertNotNull(id[0]);
            Contact found = onlyContact(cms.listContacts(l -> l.contactIds(id[0])));
            assertEquals(name, found.name());
            assertEquals("ops@example.com", found.email());
            assertEquals("ops-dingtalk-id", found.imUserIds().get("DING"));

            assertNotNull(cms.updateContact(u -> u.contactId(id[0]).name(name).email("oncall@example.com")).requestId());
            assertEquals("oncall@example.com", onlyContact(cms.listContacts(l -> l.contactIds(id[0]))).email());

            assertNotNull(cms.deleteContacts(d -> d.contactIds(id[0])).requestId());
            assertTrue(cms.listContacts(l -> l.contactIds(id[0])).contacts().isEmpty(), "the deleted contact is still listed");
            Cms2Exception gone = assertThrows(Cms2Exception.class, () -> cms.updateContact(u -> u.contactId(id[0]).name(name)));
            assertEquals(Cms2ErrorCodes.RESOURCE_NOT_FOUND, gone.errorCode());
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> cms.deleteContacts(d -> d.contactIds(id[0])));
            }
        }
    }

    @Test
    void alertRobotLifecycle(Cms2Client cms) {
        String name = Names.unique("acsjRobot", 16);
        String[] id = {null};
        try {
            id[0] = cms.createAlertRobot(r -> r.type(AlertRobotType.DING).name(name)
                    .url("https://oapi.dingtalk.com/robot/send?access_token=acs4jcontract")).alertRobotId();
            assertNotNull(id[0]);
            AlertRobot found = onlyRobot(cms.listAlertRobots(l -> l.robotIds(id[0])));
            assertEquals(name, found.name());
            assertEquals("DING", found.type());

            cms.updateAlertRobot(u -> u.robotId(id[0]).name(name + "b"));
            assertEquals(name + "b", onlyRobot(cms.listAlertRobots(l -> l.robotIds(id[0]))).name());

            cms.deleteAlertRobots(d -> d.robotIds(id[0]));
            assertTrue(cms.listAlertRobots(l -> l.robotIds(id[0])).robots().isEmpty(), "the deleted robot is still listed");
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> cms.deleteAlertRobots(d -> d.robotIds(id[0])));
            }
        }
    }

    @Test
    void alertWebhookLifecycle(Cms2Client cms) {
        String name = Names.unique("acsjHook", 16);
        String[] id = {null};
        try {
            id[0] = cms.createAlertWebhook(w -> w.name(name).url("https://hooks.example.com/acs4j-contract")
                    .method(WebhookMethod.POST)).alertWebhookId();
            assertNotNull(id[0]);
            AlertWebhook found = onlyWebhook(cms.listAlertWebhooks(l -> l.webhookIds(id[0])));
            assertEquals(name, found.name());
            assertEquals("POST", found.method());

            cms.updateAlertWebhook(u -> u.webhookId(id[0]).method(WebhookMethod.GET));
            assertEquals("GET", onlyWebhook(cms.listAlertWebhooks(l -> l.webhookIds(id[0]))).method());

            cms.deleteAlertWebhooks(d -> d.webhookIds(id[0]));
            assertTrue(cms.listAlertWebhooks(l -> l.webhookIds(id[0])).webhooks().isEmpty(), "the deleted webhook is still listed");
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> cms.deleteAlertWebhooks(d -> d.webhookIds(id[0])));
            }
        }
    }

    /** Reads every group and schedule the account has (the emulator's subclass puts one of each first). */
    @Test
    void contactGroupsAndOncallSchedulesRead(Cms2Client cms) {
        ListContactGroupsResponse groups = cms.listContactGroups(l -> l.pageSize(10));
        assertNotNull(groups.total());
        for (ContactGroup g : groups.contactGroups()) {
            assertNotNull(g.contactGroupId());
        }
        ListOncallSchedulesResponse schedules = cms.listOncallSchedules(l -> l.pageSize(10));
        assertNotNull(schedules.total());
        if (!schedules.oncallSchedules().isEmpty()) {
            OncallSchedule first = schedules.oncallSchedules().get(0);
            GetOncallScheduleResponse got = cms.getOncallSchedule(g -> g.oncallScheduleId(first.oncallScheduleId()));
            assertEquals(first.oncallScheduleName(), got.oncallScheduleName());
            assertNotNull(cms.listOncallContacts(l -> l.oncallScheduleId(first.oncallScheduleId())).contactIds());
        }
    }

    private static Contact onlyContact(ListContactsResponse r) {
        assertEquals(1, r.contacts().size(), "expected exactly one contact, got " + r.contacts());
        return r.contacts().get(0);
    }

    private static AlertRobot onlyRobot(ListAlertRobotsResponse r) {
        assertEquals(1, r.robots().size(), "expected exactly one robot, got " + r.robots());
        return r.robots().get(0);
    }

    private static AlertWebhook onlyWebhook(ListAlertWebhooksResponse r) {
        assertEquals(1, r.webhooks().size(), "expected exactly one webhook, got " + r.webhooks());
        return r.webhooks().get(0);
    }
}
