package io.github.acs4j.examples;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.CmsErrorCodes;
import io.github.acs4j.cms.CmsException;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;

/**
 * CloudMonitor (Cms 2019-01-01): two alert contacts and a contact group, created, listed, updated and
 * deleted. Run it alone with
 * {@code mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=io.github.acs4j.examples.CmsContactsExample}.
 */
public final class CmsContactsExample {
    private CmsContactsExample() {
    }

    /**
     * @param args {@code [--live [--region ID]]}
     */
    public static void main(String[] args) {
        ExampleRunner.run(args, CmsContactsExample::run);
    }

    /**
     * Runs the life cycle.
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void run(ExampleEnvironment env, Narrator say) {
        String alice = env.name("Alice");
        String bob = env.name("Bob");
        String group = env.name("OnCall");
        say.section("CloudMonitor (Cms 2019-01-01): alert contacts and a contact group");
        try (CmsClient cms = env.configure(CmsClient.builder()).build()) {
            boolean finished = false;
            try {
                say.call("PutContact", "create " + alice + " (email)", cms.putContact(c -> c.contactName(alice)
                        .describe("on-call DBA").channelsMail("alice@example.com").lang("en")).requestId());
                say.call("PutContact", "create " + bob + " (DingTalk webhook)", cms.putContact(c -> c.contactName(bob)
                        .describe("backup on-call").channelsDingWebHook("https://webhook.example.com/robot/send?access_token=demo")
                        .lang("en")).requestId());
                DescribeContactListResponse list = cms.describeContactList(r -> r.contactName(alice));
                Contact a = named(list, alice);
                String mailState = a.channelsState() == null ? "unknown" : a.channelsState().mail();
                say.call("DescribeContactList", "found " + a.name() + ": \"" + a.desc() + "\", mail " + mailState,
                        list.requestId());
                say.note("(mail stays PENDING until the recipient clicks the activation link CloudMonitor sends)");
                say.call("PutContact", "update " + alice + " (same name = update)", cms.putContact(c -> c.contactName(alice)
                        .describe("lead DBA").channelsMail("alice@example.com").lang("en")).requestId());
                say.call("PutContactGroup", "create group " + group + " with both", cms.putContactGroup(g -> g
                        .contactGroupName(group).describe("database on-call").contactNames(alice, bob)).requestId());
                DescribeContactListByContactGroupResponse members =
                        cms.describeContactListByContactGroup(r -> r.contactGroupName(group));
                say.call("DescribeContactListByContactGroup", group + " has " + members.contacts().size() + " members",
                        members.requestId());
                say.call("DeleteContactGroup", "delete group " + group,
                        cms.deleteContactGroup(r -> r.contactGroupName(group)).requestId());
                say.call("DeleteContact", "delete " + alice, cms.deleteContact(r -> r.contactName(alice)).requestId());
                say.call("DeleteContact", "delete " + bob, cms.deleteContact(r -> r.contactName(bob)).requestId());
                try {
                    cms.deleteContact(r -> r.contactName(alice));
                    throw new ExampleException("CloudMonitor accepted deleting " + alice + " twice; expected ContactNotExists.");
                } catch (CmsException e) {
                    if (!CmsErrorCodes.CONTACT_NOT_EXISTS.equals(e.errorCode())) {
                        throw e;
                    }
                    say.expectedError("DeleteContact", "delete " + alice + " again", e.errorCode(), e.requestId());
                }
                say.summary("2 contacts and 1 group created, listed, updated and deleted; nothing left behind.");
                finished = true;
            } finally {
                if (!finished) { // a step failed: leave nothing behind in the account
                    ExampleRunner.quietly(() -> cms.deleteContactGroup(r -> r.contactGroupName(group)));
                    ExampleRunner.quietly(() -> cms.deleteContact(r -> r.contactName(alice)));
                    ExampleRunner.quietly(() -> cms.deleteContact(r -> r.contactName(bob)));
                }
            }
        }
    }

    private static Contact named(DescribeContactListResponse list, String name) {
        for (Contact c : list.contacts()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new ExampleException("CloudMonitor did not list the contact " + name + " just created.");
    }
}
