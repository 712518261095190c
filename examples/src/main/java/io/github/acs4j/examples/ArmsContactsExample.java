package io.github.acs4j.examples;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;

/**
 * ARMS (2019-08-08) alert contacts: create, search, update (which clears any channel it leaves out),
 * delete. Run it alone with
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
    }
}
