package io.github.acs4j.examples;

import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.cms2.Cms2ErrorCodes;
import io.github.acs4j.cms2.Cms2Exception;
import io.github.acs4j.cms2.model.AlertRobotType;
import io.github.acs4j.cms2.model.Contact;
import io.github.acs4j.cms2.model.CreateAlertRobotResponse;
import io.github.acs4j.cms2.model.CreateAlertWebhookResponse;
import io.github.acs4j.cms2.model.CreateContactResponse;
import io.github.acs4j.cms2.model.ListAlertRobotsResponse;
import io.github.acs4j.cms2.model.ListAlertWebhooksResponse;
import io.github.acs4j.cms2.model.ListContactsResponse;
import io.github.acs4j.cms2.model.NotificationLanguage;
import io.github.acs4j.cms2.model.WebhookMethod;

import java.util.Collections;

/**
 * CloudMonitor 2.0 (Cms 2024-03-30, REST-style): an alert contact with an e-mail address and a DingTalk user
 * ID, a DingTalk alert robot and an alert webhook, created, listed and deleted. Run it alone with
 * {@code mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=io.github.acs4j.examples.CloudMonitor2ContactsExample}.
 */
public final class CloudMonitor2ContactsExample {
    private CloudMonitor2ContactsExample() {
    }

    /**
     * @param args {@code [--live [--region ID]]}
     */
    public static void main(String[] args) {
        ExampleRunner.run(args, CloudMonitor2ContactsExample::run);
    }

    /**
     * Runs the life cycle.
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void run(ExampleEnvironment env, Narrator say) {
        String alice = env.name("Alice");
        String robotName = env.name("OpsRobot");
        String webhookName = env.name("OpsWebhook");
        say.section("CloudMonitor 2.0 (Cms 2024-03-30): a contact, an alert robot and an alert webhook");
        try (Cms2Client cms = env.configure(Cms2Client.builder()).build()) {
            String contactId = null;
            String robotId = null;
            String webhookId = null;
            boolean finished = false;
            try {
                CreateContactResponse created = cms.createContact(c -> c.name(alice).email("alice@example.com")
                        .lang(NotificationLanguage.EN_US).imUserIds(Collections.singletonMap("DING", "alice-dingtalk-id")));
                contactId = created.contactId();
                String contact = contactId;
                say.call("CreateContact", "create " + alice + " (e-mail, DingTalk ID)", created.requestId());
                CreateAlertRobotResponse createdRobot = cms.createAlertRobot(r -> r.type(AlertRobotType.DING)
                        .name(robotName).url("https://oapi.dingtalk.com/robot/send?access_token=demo")
                        .lang(NotificationLanguage.EN_US));
                robotId = createdRobot.alertRobotId();
                String robot = robotId;
                say.call("CreateAlertRobot", "create DingTalk robot " + robotName, createdRobot.requestId());
                CreateAlertWebhookResponse createdWebhook = cms.createAlertWebhook(w -> w.name(webhookName)
                        .url("https://hooks.example.com/alerts").method(WebhookMethod.POST));
                webhookId = createdWebhook.alertWebhookId();
                String webhook = webhookId;
                say.call("CreateAlertWebhook", "create webhook " + webhookName, createdWebhook.requestId());

                ListContactsResponse contacts = cms.listContacts(l -> l.contactIds(contact));
                Contact a = only(contacts, contact);
                say.call("ListContacts", "found " + a.name() + ", DingTalk user " + a.imUserIds().get("DING"),
                        contacts.requestId());
                say.note("(e-mail verified: " + a.emailVerify()
                        + "; it is once the recipient follows the link CloudMonitor sends)");
                ListAlertRobotsResponse robots = cms.listAlertRobots(l -> l.robotIds(robot));
                say.call("ListAlertRobots", robots.total() + " robot: " + robots.robots().get(0).name() + " ("
                        + robots.robots().get(0).type() + ")", robots.requestId());
                ListAlertWebhooksResponse webhooks = cms.listAlertWebhooks(l -> l.webhookIds(webhook));
                say.call("ListAlertWebhooks", webhooks.total() + " webhook: " + webhooks.webhooks().get(0).name() + " ("
                        + webhooks.webhooks().get(0).method() + ")", webhooks.requestId());

                say.call("DeleteAlertWebhooks", "delete " + webhookName,
                        cms.deleteAlertWebhooks(d -> d.webhookIds(webhook)).requestId());
                say.call("DeleteAlertRobots", "delete " + robotName, cms.deleteAlertRobots(d -> d.robotIds(robot)).requestId());
                say.call("DeleteContacts", "delete " + alice, cms.deleteContacts(d -> d.contactIds(contact)).requestId());
                try {
                    cms.updateContact(u -> u.contactId(contact).name(alice));
                    throw new ExampleException("CloudMonitor 2.0 updated " + alice + " after deleting it; expected ResourceNotFound.");
                } catch (Cms2Exception e) {
                    if (!Cms2ErrorCodes.RESOURCE_NOT_FOUND.equals(e.errorCode())) {
                        throw e;
                    }
                    say.expectedError("UpdateContact", "update " + alice + " after deleting it", e.errorCode(), e.requestId());
                }
                say.summary("1 contact, 1 robot and 1 webhook created, listed and deleted; nothing left behind.");
                finished = true;
            } finally {
                if (!finished) { // a step failed: leave nothing behind in the account
                    cleanUp(cms, contactId, robotId, webhookId);
                }
            }
        }
    }

    private static void cleanUp(Cms2Client cms, String contactId, String robotId, String webhookId) {
        if (webhookId != null) {
            ExampleRunner.quietly(() -> cms.deleteAlertWebhooks(d -> d.webhookIds(webhookId)));
        }
        if (robotId != null) {
            ExampleRunner.quietly(() -> cms.deleteAlertRobots(d -> d.robotIds(robotId)));
        }
        if (contactId != null) {
            ExampleRunner.quietly(() -> cms.deleteContacts(d -> d.contactIds(contactId)));
        }
    }

    private static Contact only(ListContactsResponse list, String id) {
        for (Contact c : list.contacts()) {
            if (id.equals(c.contactId())) {
                return c;
            }
        }
        throw new ExampleException("CloudMonitor 2.0 did not list the contact " + id + " just created.");
    }
}
