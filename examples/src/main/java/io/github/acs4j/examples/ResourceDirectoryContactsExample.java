package io.github.acs4j.examples;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.AddMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageType;

/**
 * Resource Directory (ResourceDirectoryMaster 2022-04-19) message contacts: add, get, send a verification
 * and have its recipient verify it (emulator only: on the real cloud this would mail someone, and a person
 * would follow the link), update, list, delete. Run it alone with
 * {@code mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=io.github.acs4j.examples.ResourceDirectoryContactsExample}.
 */
public final class ResourceDirectoryContactsExample {
    private ResourceDirectoryContactsExample() {
    }

    /**
     * @param args {@code [--live [--region ID]]}
     */
    public static void main(String[] args) {
        ExampleRunner.run(args, ResourceDirectoryContactsExample::run);
    }

    /**
     * Runs the life cycle.
     *
     * @param env where to send the calls
     * @param say where to report each step
     */
    public static void run(ExampleEnvironment env, Narrator say) {
        String name = env.name("Finance");
        say.section("Resource Directory (ResourceDirectoryMaster 2022-04-19): a message contact");
        try (ResourceDirectoryClient rd = env.configure(ResourceDirectoryClient.builder()).build()) {
            String id = null;
            try {
                AddMessageContactResponse added = rd.addMessageContact(a -> a.name(name).emailAddress("finance@example.com")
                        .title(ContactTitle.FINANCE_DIRECTOR)
                        .messageTypes(MessageType.ACCOUNT_EXPENSES, MessageType.SERVICE_MESSAGE));
                id = added.contact().contactId();
                String contactId = id;
                say.call("AddMessageContact", "add " + name + " -> " + id, added.requestId());
                GetMessageContactResponse got = rd.getMessageContact(g -> g.contactId(contactId));
                say.call("GetMessageContact", "status " + got.contact().status(), got.requestId());
                if (env.isLive()) {
                    say.note("(skipping SendEmailVerificationForMessageContact: on the real cloud it would send a mail)");
                } else {
                    say.call("SendEmailVerificationForMessageContact", "mail a verification link to finance@example.com",
                            rd.sendEmailVerificationForMessageContact(s -> s.contactId(contactId)
                                    .emailAddress("finance@example.com")).requestId());
                    GetMessageContactResponse sent = rd.getMessageContact(g -> g.contactId(contactId));
                    say.call("GetMessageContact", "status " + sent.contact().status() + " (sent is not verified)",
                            sent.requestId());
                    env.emulator().resourceDirectory().verifyEmail(contactId);
                    say.note("(the recipient follows the link: on the emulator, resourceDirectory().verifyEmail(id))");
                    GetMessageContactResponse active = rd.getMessageContact(g -> g.contactId(contactId));
                    say.call("GetMessageContact", "status " + active.contact().status(), active.requestId());
                }
                say.call("UpdateMessageContact", "add SecurityMessage to its message types",
                        rd.updateMessageContact(u -> u.contactId(contactId).messageTypes(MessageType.ACCOUNT_EXPENSES,
                                MessageType.SERVICE_MESSAGE, MessageType.SECURITY_MESSAGE)).requestId());
                ListMessageContactsResponse list = rd.listMessageContacts(l -> l.contactId(contactId));
                say.call("ListMessageContacts", "types now "
                        + list.contacts().get(0).messageTypes(), list.requestId());
                DeleteMessageContactResponse deleted = rd.deleteMessageContact(d -> d.contactId(contactId));
                say.call("DeleteMessageContact", "delete " + id + " -> " + deleted.status(), deleted.requestId());
                id = null;
                say.summary("1 message contact added, " + (env.isLive() ? "" : "verified, ")
                        + "updated, listed and deleted; nothing left behind.");
            } finally {
                if (id != null) {
                    String leftover = id;
                    ExampleRunner.quietly(() -> rd.deleteMessageContact(d -> d.contactId(leftover)));
                }
            }
        }
    }
}
