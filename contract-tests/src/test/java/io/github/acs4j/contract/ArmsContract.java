package io.github.acs4j.contract;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.AlertContactGroup;
import io.github.acs4j.arms.model.IMRobot;
import io.github.acs4j.arms.model.IMRobotType;
import io.github.acs4j.arms.model.NotificationContact;
import io.github.acs4j.arms.model.NotificationContactGroup;
import io.github.acs4j.arms.model.WebhookContact;
import io.github.acs4j.arms.model.WebhookMethod;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's alert-contact life cycle: create, search by ID, update (which clears the channels it leaves
 * out, as documented), delete, and an empty search for the deleted ID; then each family of issue 13:
 * legacy alert contact groups and webhooks, notification-center contacts and their groups, webhook contacts
 * and IM robots, each created, read, changed and deleted, cleaning up whatever a failure leaves.
 */
abstract class ArmsContract {

    @Test
    void alertContactLifecycle(ArmsClient arms) {
        String name = Names.unique("acsjArms", 16);
        Long[] id = {null};
        try {
            CreateAlertContactResponse created = arms.createAlertContact(c -> c.contactName(name)
                    .email("ops@example.com").phoneNum("13800000000").systemNoc(false));
            assertNotNull(created.requestId());
            id[0] = Long.valueOf(created.contactId());

            AlertContact found = only(arms.searchAlertContact(s -> s.contactIds(id[0])));
            assertEquals(name, found.contactName());
            assertEquals("ops@example.com", found.email());
            assertEquals(id[0], found.contactId());

            assertTrue(arms.updateAlertContact(u -> u.contactId(id[0]).contactName(name).email("oncall@example.com"))
                    .isSuccess());
            AlertContact updated = only(arms.searchAlertContact(s -> s.contactIds(id[0])));
            assertEquals("oncall@example.com", updated.email());
            assertTrue(updated.phone() == null || updated.phone().isEmpty(), "the phone left out of the update is cleared");

            assertTrue(arms.deleteAlertContact(d -> d.contactId(id[0])).isSuccess());
            SearchAlertContactResponse after = arms.searchAlertContact(s -> s.contactIds(id[0]));
            assertTrue(after.contacts().isEmpty(), "the deleted contact is still found");
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> arms.deleteAlertContact(d -> d.contactId(id[0])));
            }
        }
        assertNull(id[0]);
    }

    @Test
    void legacyAlertContactGroupLifecycle(ArmsClient arms) {
        List<Runnable> cleanup = new ArrayList<>();
        try {
            Long alice = Long.valueOf(arms.createAlertContact(c -> c.contactName(Names.unique("acsjA", 12))
                    .email("alice.group@example.com")).contactId());
            cleanup.add(() -> arms.deleteAlertContact(d -> d.contactId(alice)));
            Long bob = Long.valueOf(arms.createAlertContact(c -> c.contactName(Names.unique("acsjB", 12))
                    .email("bob.group@example.com")).contactId());
            cleanup.add(() -> arms.deleteAlertContact(d -> d.contactId(bob)));
            String name = Names.unique("acsjGrp", 16);
            Long group = Long.valueOf(arms.createAlertContactGroup(g -> g.contactGroupName(name).contactIds(alice, bob))
                    .contactGroupId());
            cleanup.add(0, () -> arms.deleteAlertContactGroup(d -> d.contactGroupId(group)));

            AlertContactGroup found = arms.searchAlertContactGroup(s -> s.contactGroupIds(group).isDetail(true))
                    .contactGroups().get(0);
            assertEquals(name, found.contactGroupName());
            assertEquals(2, found.contacts().size());

            assertTrue(arms.updateAlertContactGroup(u -> u.contactGroupId(group).contactGroupName(name).contactIds(alice))
                    .isSuccess());
            assertEquals(1, arms.searchAlertContactGroup(s -> s.contactGroupIds(group).isDetail(true))
                    .contactGroups().get(0).contacts().size());

            assertTrue(arms.deleteAlertContactGroup(d -> d.contactGroupId(group)).isSuccess());
            cleanup.remove(0);
            assertTrue(arms.searchAlertContactGroup(s -> s.contactGroupIds(group)).contactGroups().isEmpty());
        } finally {
            cleanup.forEach(c -> Cleanup.quietly(c::run));
        }
    }

    @Test
    void legacyWebhookLifecycle(ArmsClient arms) {
        String name = Names.unique("acsjHook", 16);
        Long[] id = {null};
        try {
            id[0] = Long.valueOf(arms.createWebhook(w -> w.contactName(name).method(WebhookMethod.POST)
                    .url("https://hooks.example.com/acs4j").body("{\"text\":\"$content\"}")).contactId());
            assertEquals(name, only(arms.searchAlertContact(s -> s.contactIds(id[0]))).contactName());
            assertTrue(arms.updateWebhook(w -> w.contactId(id[0]).contactName(name).method(WebhookMethod.GET)
                    .url("https://hooks.example.com/acs4j2")).isSuccess());
            assertTrue(arms.deleteAlertContact(d -> d.contactId(id[0])).isSuccess());
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> arms.deleteAlertContact(d -> d.contactId(id[0])));
            }
        }
    }

    @Test
    void notificationContactsAndGroupsLifecycle(ArmsClient arms) {
        List<Runnable> cleanup = new ArrayList<>();
        try {
            String name = Names.unique("acsjNc", 16);
            Long contact = arms.createOrUpdateContact(c -> c.contactName(name).email(name.toLowerCase() + "@example.com"))
                    .contactId();
            cleanup.add(() -> arms.deleteContact(d -> d.contactId(contact)));
            assertEquals(contact, arms.createOrUpdateContact(c -> c.contactId(contact).contactName(name + "x")
                    .email(name.toLowerCase() + "@example.com")).contactId(), "with its ID it updates");
            NotificationContact read = arms.describeContacts(d -> d.page(1).size(10).contactIds(contact)).contacts().get(0);
            assertEquals(name + "x", read.contactName());

            String groupName = Names.unique("acsjNg", 16);
            Long group = arms.createOrUpdateContactGroup(g -> g.contactGroupName(groupName).contactIds(contact))
                    .contactGroupId();
            cleanup.add(0, () -> arms.deleteContactGroup(d -> d.contactGroupId(group)));
            NotificationContactGroup g = arms.describeContactGroups(d -> d.groupIds(group).isDetail(true).page(1).size(10))
                    .contactGroups().get(0);
            assertEquals(groupName, g.contactGroupName());
            assertEquals(contact, g.contacts().get(0).contactId());

            assertTrue(arms.deleteContact(d -> d.contactId(contact)).isSuccess());
            cleanup.remove(1);
            assertTrue(arms.describeContacts(d -> d.page(1).size(10).contactIds(contact)).contacts().isEmpty());
            assertTrue(arms.deleteContactGroup(d -> d.contactGroupId(group)).isSuccess());
            cleanup.remove(0);
        } finally {
            cleanup.forEach(c -> Cleanup.quietly(c::run));
        }
    }

    @Test
    void webhookContactLifecycle(ArmsClient arms) {
        String name = Names.unique("acsjWh", 16);
        Long[] id = {null};
        try {
            id[0] = arms.createOrUpdateWebhookContact(w -> w.webhookName(name).method(WebhookMethod.POST)
                    .url("https://hooks.example.com/acs4j").body("{\"text\":\"$content\"}")
                    .bizHeaders("[{\"Content-Type\":\"application/json\"}]")).webhookId();
            arms.createOrUpdateWebhookContact(w -> w.webhookId(id[0]).webhookName(name).method(WebhookMethod.GET)
                    .url("https://hooks.example.com/acs4j2"));
            WebhookContact found = arms.describeWebhookContacts(d -> d.contactIds(id[0]).page(1).size(10))
                    .webhookContacts().get(0);
            assertEquals("https://hooks.example.com/acs4j2", found.webhook().url());
            assertTrue(arms.deleteWebhookContact(d -> d.webhookId(id[0])).isSuccess());
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> arms.deleteWebhookContact(d -> d.webhookId(id[0])));
            }
        }
    }

    @Test
    void imRobotLifecycle(ArmsClient arms) {
        String name = Names.unique("acsjBot", 16);
        Long[] id = {null};
        try {
            id[0] = arms.createOrUpdateIMRobot(r -> r.robotName(name).type(IMRobotType.DINGTALK)
                    .robotAddress("https://oapi.dingtalk.com/robot/send?access_token=acs4jcontract")).robotId();
            arms.createOrUpdateIMRobot(r -> r.robotId(id[0]).robotName(name).type(IMRobotType.DINGTALK)
                    .robotAddress("https://oapi.dingtalk.com/robot/send?access_token=acs4jcontract")
                    .dailyNoc(true).dailyNocTime("09:30,17:00"));
            IMRobot found = arms.describeIMRobots(d -> d.robotIds(id[0]).page(1).size(10)).robots().get(0);
            assertEquals(name, found.robotName());
            assertEquals("09:30,17:00", found.dailyNocTime());
            assertTrue(arms.deleteIMRobot(d -> d.robotId(id[0])).isSuccess());
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> arms.deleteIMRobot(d -> d.robotId(id[0])));
            }
        }
    }

    private static AlertContact only(SearchAlertContactResponse r) {
        assertEquals(1, r.contacts().size(), "expected exactly one contact, got " + r.contacts());
        return r.contacts().get(0);
    }
}
