package io.github.acs4j.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CloudMonitor 2.0 example runs against its embedded emulator and reports every step. Never the real cloud. */
class CloudMonitor2ContactsExampleTest {

    @Test
    void createsListsAndDeletesAContactARobotAndAWebhook() throws UnsupportedEncodingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExampleRunner.runAndReport(new String[0], CloudMonitor2ContactsExample::run,
                new PrintStream(out, true, "UTF-8"), new PrintStream(err, true, "UTF-8"));
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals(0, status, new String(err.toByteArray(), StandardCharsets.UTF_8));
        for (String action : new String[] {"CreateContact", "CreateAlertRobot", "CreateAlertWebhook", "ListContacts",
                "ListAlertRobots", "ListAlertWebhooks", "DeleteAlertWebhooks", "DeleteAlertRobots", "DeleteContacts"}) {
            assertTrue(text.contains(" " + action + " "), action + " missing from:\n" + text);
        }
        assertTrue(text.contains("DingTalk user alice-dingtalk-id"), text);
        assertTrue(text.contains("after deleting it -> ResourceNotFound (as expected)"), text);
        assertTrue(text.contains("Done: 10 calls, all as expected"), text);
        assertTrue(text.contains("The emulator received 10 requests"), "no retries, no clean-up calls:\n" + text);
        assertEquals(0, err.size());
    }
}
