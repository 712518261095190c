package io.github.acs4j.examples;

import io.github.acs4j.core.auth.EnvironmentCredentialsProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's examples command, minus Maven: the all-products example runs against its embedded emulator
 * and reports every step; bad configuration ends in one sentence and status 1. Never the real cloud.
 */
class AllProductsExampleTest {

    @Test
    void runsTheThreeLifecyclesAgainstTheEmbeddedEmulator() {
        Run run = run();
        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("against an embedded emulator at http://127.0.0.1:"), run.out);
        for (String action : new String[] {"PutContactGroup", "DeleteContactGroup", "CreateAlertContact", "UpdateAlertContact",
                "DeleteAlertContact", "CreateOrUpdateContact", "CreateOrUpdateContactGroup", "CreateOrUpdateWebhookContact",
                "CreateOrUpdateIMRobot", "DeleteIMRobot", "AddMessageContact", "SendEmailVerificationForMessageContact", "DeleteMessageContact"}) {
            assertTrue(run.out.contains(" " + action + " "), action + " missing from:\n" + run.out);
        }
        assertTrue(run.out.contains("delete Alice again -> ContactNotExists (as expected)"), run.out);
        assertTrue(run.out.contains("status Verifying") && run.out.contains("status Active"), run.out);
        assertTrue(run.out.contains("status Verifying (sent is not verified)"), "a sent verification is not a verified one:\n" + run.out);
        assertEquals(4, count(run.out, "nothing left behind"), run.out);
        assertTrue(run.out.contains("Done: 36 calls, all as expected"), run.out);
        assertTrue(run.out.contains("The emulator received 36 requests"), "no retries, no clean-up calls:\n" + run.out);
        assertEquals(36, count(run.out, "RequestId "), "every call shows its RequestId");
        assertEquals("", run.err);
    }

    @Test
    void anUnknownOptionEndsInOneSentence() {
        Run run = run("--cloud");
        assertEquals(1, run.status);
        assertEquals("Unknown option '--cloud'; " + ExampleOptions.usage(), run.err.trim());
        assertEquals("", run.out);
    }

    @Test
    void anUnknownRegionEndsInOneSentenceBeforeAnythingIsSent() {
        Run run = run("--live", "--region", "mars-north-1");
        assertEquals(1, run.status);
        assertTrue(run.err.startsWith("Unknown region 'mars-north-1': "), run.err);
        assertEquals(1, count(run.err, "\n"), "one line: " + run.err);
        assertEquals("", run.out);
    }

    @Test
    void missingCredentialsEndInOneSentence() {
        ExampleException e = assertThrows(ExampleException.class,
                () -> ExampleEnvironment.live("cn-hangzhou", EnvironmentCredentialsProvider.create(Collections.emptyMap())));
        assertTrue(e.getMessage().startsWith("No Alibaba Cloud credentials found for --live: set ALIBABA_CLOUD_ACCESS_KEY_ID"),
                e.getMessage());
    }

    @Test
    void regionWithoutLiveIsRefused() {
        assertEquals(1, run("--region", "cn-hangzhou").status);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExampleRunner.runAndReport(args, AllProductsExample::run, utf8(out), utf8(err));
        return new Run(status, new String(out.toByteArray(), StandardCharsets.UTF_8),
                new String(err.toByteArray(), StandardCharsets.UTF_8));
    }

    private static PrintStream utf8(ByteArrayOutputStream bytes) {
        try {
            return new PrintStream(bytes, true, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** What one run printed and returned. */
    private static final class Run {
        final int status;
        final String out;
        final String err;

        Run(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }
    }
}
