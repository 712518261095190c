package io.github.acs4j.examples;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.CreateOrUpdateContactGroupResponse;
import io.github.acs4j.arms.model.CreateOrUpdateContactResponse;
import io.github.acs4j.arms.model.CreateOrUpdateIMRobotResponse;
import io.github.acs4j.arms.model.CreateOrUpdateWebhookContactResponse;
import io.github.acs4j.arms.model.DescribeContactGroupsResponse;
import io.github.acs4j.arms.model.DescribeIMRobotsResponse;
import io.github.acs4j.arms.model.IMRobotType;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.arms.model.WebhookMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * ARMS (2019-08-08) alert contacts: create, search, update (which clears any channel it leaves out),
 * delete; then the notification center: two contacts, a group that holds them, a webhook contact and a
 * DingTalk robot, all deleted again. Run it alone with
 * {@code mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=io.github.acs4j.examples.ArmsContactsExample}.
 */
public final class ArmsContactsExample {
    private ArmsContactsExample() {
    }

    /**
     * @param args {@code [--live [--region ID]]}
     */
    public static void main(String[] args) {
        ExampleRunner.run(args, ArmsContactsExample::run);
    }

    /**
     * Runs the life cycle.
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void run(ExampleEnvironment env, Narrator say) {
        String name = env.name("OpsTeam");
        say.section("ARMS (2019-08-08): an alert contact");
        try (ArmsClient arms = env.configure(ArmsClient.builder()).build()) {
            Long id = null;
            try {
                CreateAlertContactResponse created = arms.createAlertContact(c -> c.contactName(name)
                        .email("ops@example.com").systemNoc(true));
                id = Long.valueOf(created.contactId());
                say.call("CreateAlertContact", "create " + name + " -> ContactId " + id, created.requestId());
                Long contactId = id;
                SearchAlertContactResponse found = arms.searchAlertContact(s -> s.contactIds(contactId));
                AlertContact c = found.contacts().get(0);
                say.call("SearchAlertContact", "found " + c.contactName() + ", system notices " + c.systemNoc(),
                        found.requestId());
                UpdateAlertContactResponse updated = arms.updateAlertContact(u -> u.contactId(contactId).contactName(name)
                        .email("oncall@example.com").systemNoc(true));
                say.call("UpdateAlertContact", "new email (every channel is re-sent)", updated.requestId());
                say.note("(ARMS clears any channel an update leaves out, so an update always sends them all)");
                SearchAlertContactResponse again = arms.searchAlertContact(s -> s.contactIds(contactId));
                say.call("SearchAlertContact", "email is now " + again.contacts().get(0).email(), again.requestId());
                say.call("DeleteAlertContact", "delete ContactId " + id,
                        arms.deleteAlertContact(d -> d.contactId(contactId)).requestId());
                id = null;
                SearchAlertContactResponse gone = arms.searchAlertContact(s -> s.contactIds(contactId));
                say.call("SearchAlertContact", "ContactId " + contactId + " -> " + gone.contacts().size() + " found",
                        gone.requestId());
                say.summary("1 contact created, searched, updated and deleted; nothing left behind.");
            } finally {
                if (id != null) {
                    Long leftover = id;
                    ExampleRunner.quietly(() -> arms.deleteAlertContact(d -> d.contactId(leftover)));
                }
            }
        }
        runNotificationCenter(env, say);
    }

    /**
     * The notification center: contacts, a group holding them, a webhook contact and an IM robot, then clean-up
     * (also after a failure).
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void runNotificationCenter(ExampleEnvironment env, Narrator say) {
        say.section("ARMS (2019-08-08): the notification center");
        try (ArmsClient arms = env.configure(ArmsClient.builder()).build()) {
            List<Runnable> cleanup = new ArrayList<>();
            try {
                CreateOrUpdateContactResponse alice = arms.createOrUpdateContact(c -> c.contactName(env.name("Alice"))
                        .email("alice.arms@example.com").phone("13800001111"));
                Long aliceId = alice.contactId();
                cleanup.add(() -> arms.deleteContact(d -> d.contactId(aliceId)));
                say.call("CreateOrUpdateContact", "create Alice (no ID: a create) -> ContactId " + aliceId, alice.requestId());
                CreateOrUpdateContactResponse bob = arms.createOrUpdateContact(c -> c.contactName(env.name("Bob"))
                        .email("bob.arms@example.com"));
                Long bobId = bob.contactId();
                cleanup.add(() -> arms.deleteContact(d -> d.contactId(bobId)));
                say.call("CreateOrUpdateContact", "create Bob -> ContactId " + bobId, bob.requestId());
                CreateOrUpdateContactGroupResponse group = arms.createOrUpdateContactGroup(g -> g
                        .contactGroupName(env.name("OnCall")).contactIds(aliceId, bobId));
                Long groupId = group.contactGroupId();
                cleanup.add(0, () -> arms.deleteContactGroup(d -> d.contactGroupId(groupId)));
                say.call("CreateOrUpdateContactGroup", "group OnCall holding both -> ContactGroupId " + groupId,
                        group.requestId());
                DescribeContactGroupsResponse groups = arms.describeContactGroups(d -> d.groupIds(groupId).isDetail(true)
                        .page(1).size(10));
                say.call("DescribeContactGroups", "OnCall holds " + groups.contactGroups().get(0).contacts().size()
                        + " contacts", groups.requestId());
                CreateOrUpdateWebhookContactResponse hook = arms.createOrUpdateWebhookContact(w -> w
                        .webhookName(env.name("OpsHook")).method(WebhookMethod.POST).url("https://hooks.example.com/alerts")
                        .body("{\"text\":\"$content\"}"));
                Long hookId = hook.webhookId();
                cleanup.add(0, () -> arms.deleteWebhookContact(d -> d.webhookId(hookId)));
                say.call("CreateOrUpdateWebhookContact", "webhook contact -> WebhookId " + hookId, hook.requestId());
                CreateOrUpdateIMRobotResponse robot = arms.createOrUpdateIMRobot(r -> r.robotName(env.name("OpsBot"))
                        .type(IMRobotType.DINGTALK).robotAddress("https://oapi.dingtalk.com/robot/send?access_token=example"));
                Long robotId = robot.robotId();
                cleanup.add(0, () -> arms.deleteIMRobot(d -> d.robotId(robotId)));
                say.call("CreateOrUpdateIMRobot", "DingTalk robot -> RobotId " + robotId + " (its token stays out of logs)",
                        robot.requestId());
                DescribeIMRobotsResponse robots = arms.describeIMRobots(d -> d.robotIds(robotId).page(1).size(10));
                say.call("DescribeIMRobots", "found " + robots.robots().size() + " robot", robots.requestId());
                say.call("DeleteIMRobot", "delete RobotId " + robotId, arms.deleteIMRobot(d -> d.robotId(robotId)).requestId());
                say.call("DeleteWebhookContact", "delete WebhookId " + hookId,
                        arms.deleteWebhookContact(d -> d.webhookId(hookId)).requestId());
                say.call("DeleteContactGroup", "delete ContactGroupId " + groupId,
                        arms.deleteContactGroup(d -> d.contactGroupId(groupId)).requestId());
                say.call("DeleteContact", "delete Alice", arms.deleteContact(d -> d.contactId(aliceId)).requestId());
                say.call("DeleteContact", "delete Bob", arms.deleteContact(d -> d.contactId(bobId)).requestId());
                cleanup.clear();
                say.summary("2 contacts, a group holding them, a webhook contact and a robot created and deleted; "
                        + "nothing left behind.");
            } finally {
                cleanup.forEach(ExampleRunner::quietly);
            }
        }
    }
}
