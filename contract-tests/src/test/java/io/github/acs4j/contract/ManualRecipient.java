package io.github.acs4j.contract;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import org.junit.jupiter.api.Assumptions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The recipient on a live run: a person who owns two mailboxes, named with
 * {@code -Dacs4j.live.rd.mailbox1=...} and {@code -Dacs4j.live.rd.mailbox2=...}, follows the verification
 * links the test has Alibaba Cloud mail. The test waits (polling) up to {@code -Dacs4j.live.rd.verifyMinutes}
 * (default 10) for each. Without both mailboxes the tests are skipped, saying why: a live run must not mail
 * addresses nobody reads and then wait forever.
 */
final class ManualRecipient implements VerificationRecipient {
    static final String MAILBOX = LiveCloud.FLAG + ".rd.mailbox";
    static final String MINUTES = LiveCloud.FLAG + ".rd.verifyMinutes";

    private final String[] mailboxes;
    private final Duration wait;

    private ManualRecipient(String[] mailboxes, Duration wait) {
        this.mailboxes = mailboxes;
        this.wait = wait;
    }

    /** @return the recipient, or skips the calling test when the mailboxes are not given */
    static ManualRecipient fromSystemProperties() {
        String first = System.getProperty(MAILBOX + "1", "").trim();
        String second = System.getProperty(MAILBOX + "2", "").trim();
        Assumptions.assumeTrue(!first.isEmpty() && !second.isEmpty() && !first.equals(second),
                "live verification tests skipped: they mail verification links that a person must follow; pass two "
                        + "different mailboxes you read with -D" + MAILBOX + "1=... and -D" + MAILBOX + "2=...");
        return new ManualRecipient(new String[] {first, second}, Duration.ofMinutes(Long.getLong(MINUTES, 10L)));
    }

    @Override
    public String mailbox(int n) {
        return mailboxes[n - 1];
    }

    @Override
    public void verifyEmail(ResourceDirectoryClient rd, String contactId, String address) {
        String which = address.equals(mailboxes[0]) ? MAILBOX + "1" : MAILBOX + "2";
        System.out.println("[acs4j live] follow the verification link mailed to the mailbox of -D" + which
                + " for message contact " + contactId + " (waiting up to " + wait.toMinutes() + " minutes)");
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            MessageContact c = ResourceDirectoryPendingChangeContract.contact(rd, contactId);
            boolean effective = address.equals(c.emailAddress()) && "Active".equals(c.status());
            if (effective && !ResourceDirectoryPendingChangeContract.pending(rd, contactId).contains(address)) {
                return;
            }
            sleepSeconds(10);
        }
        fail("the verification mailed to -D" + which + " for contact " + contactId + " was not followed within "
                + wait.toMinutes() + " minutes");
    }

    private static void sleepSeconds(long seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for a verification");
        }
    }
}
