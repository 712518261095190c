package io.github.acs4j.contract;

import io.github.acs4j.core.waiters.WaiterConfiguration;
import io.github.acs4j.core.waiters.WaiterFailureException;
import io.github.acs4j.core.waiters.WaiterResult;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import io.github.acs4j.resourcedirectory.ResourceDirectoryAsyncClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryException;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resource Directory's waiters against the emulator: the deletion waiter polls
 * {@code GetMessageContactDeletionStatus} until the contact is gone; the verification waiter polls
 * {@code GetMessageContact} while the emulator plays the recipient who follows the link after a few polls.
 * Every poll reached the emulator and counts in {@code attempts()}.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ResourceDirectoryWaitersOnEmulatorTest {
    private static final WaiterConfiguration QUICK = WaiterConfiguration.builder().delay(Duration.ofMillis(20))
            .maxDelay(Duration.ofMillis(50)).maxAttempts(200).maxTotalTime(Duration.ofSeconds(30)).build();

    @Test
    void deletionWaiterEndsWhenTheContactIsGone(ResourceDirectoryClient rd, AcsEmulator emulator) {
        String id = contact(rd, "Leaver");
        rd.associateMembers(m -> m.contactId(id).members("fd-folder1"));
        assertEquals("Deleting", rd.deleteMessageContact(d -> d.contactId(id).retainContactInMembers(false)).status());
        int before = emulator.requestCount("GetMessageContactDeletionStatus");

        WaiterResult<GetMessageContactDeletionStatusResponse> r =
                rd.waitUntilMessageContactDeleted(GetMessageContactDeletionStatusRequest.builder().contactId(id).build(), QUICK);

        assertEquals(2, r.attempts(), "Deleting, then gone");
        assertEquals(2, emulator.requestCount("GetMessageContactDeletionStatus") - before);
        assertFalse(r.response().isPresent());
        assertEquals("EntityNotExists.Contact", ((ResourceDirectoryException) r.exception().get()).errorCode());
        assertEquals("error EntityNotExists.Contact", r.matchedState());
    }

    @Test
    void deletionWaiterOnAContactDeletedAtOnceTakesOnePoll(ResourceDirectoryAsyncClient rd, AcsEmulator emulator)
            throws Exception {
        String id = rd.addMessageContact(a -> a.name("Quick").emailAddress("q@example.com").title(ContactTitle.CEO)
                .messageTypes(MessageType.FAULT_MESSAGE)).get().contact().contactId();
        assertEquals("Deleted", rd.deleteMessageContact(d -> d.contactId(id)).get().status());

        WaiterResult<GetMessageContactDeletionStatusResponse> r =
                rd.waitUntilMessageContactDeleted(w -> w.contactId(id)).get(30, TimeUnit.SECONDS);

        assertEquals(1, r.attempts());
        assertTrue(r.exception().isPresent());
    }

    @Test
    void verificationWaiterPollsUntilTheRecipientFollowsTheLink(ResourceDirectoryClient rd, AcsEmulator emulator)
            throws Exception {
        String id = contact(rd, "Verified");
        rd.sendEmailVerificationForMessageContact(s -> s.contactId(id).emailAddress("verified@example.com"));
        int before = emulator.requestCount("GetMessageContact");
        Thread recipient = recipientAfterPolls(emulator, id, before + 3);

        WaiterResult<GetMessageContactResponse> r = rd.waitUntilMessageContactVerified(get(id), QUICK);
        recipient.join(10_000);

        assertEquals("Active", r.response().get().contact().status());
        // the recipient follows the link once the emulator has received the third poll (which may already see
        // Active): at least two polls saw Verifying
        assertTrue(r.attempts() >= 3, "polls: " + r.attempts());
        assertEquals(r.attempts(), emulator.requestCount("GetMessageContact") - before, "each poll counted once");
    }

    @Test
    void asyncVerificationWaiterPollsUntilTheRecipientFollowsTheLink(ResourceDirectoryAsyncClient rd,
                                                                    AcsEmulator emulator) throws Exception {
        String id = rd.addMessageContact(a -> a.name("Asyncer").emailAddress("asyncer@example.com")
                .title(ContactTitle.CEO).messageTypes(MessageType.FAULT_MESSAGE)).get().contact().contactId();
        rd.sendEmailVerificationForMessageContact(s -> s.contactId(id).emailAddress("asyncer@example.com")).get();
        int before = emulator.requestCount("GetMessageContact");

        CompletableFuture<WaiterResult<GetMessageContactResponse>> wait =
                rd.waitUntilMessageContactVerified(get(id), QUICK);
        Thread recipient = recipientAfterPolls(emulator, id, before + 2);
        WaiterResult<GetMessageContactResponse> r = wait.get(30, TimeUnit.SECONDS);
        recipient.join(10_000);

        assertEquals("Active", r.response().get().contact().status());
        assertTrue(r.attempts() >= 2, "at least the first poll saw Verifying: " + r.attempts());
        assertEquals(r.attempts(), emulator.requestCount("GetMessageContact") - before);
    }

    @Test
    void verificationWaiterFailsOnAContactBeingDeleted(ResourceDirectoryClient rd) {
        String id = contact(rd, "Doomed");
        rd.associateMembers(m -> m.contactId(id).members("fd-folder1"));
        rd.deleteMessageContact(d -> d.contactId(id).retainContactInMembers(false));

        WaiterFailureException e = assertThrows(WaiterFailureException.class,
                () -> rd.waitUntilMessageContactVerified(get(id), QUICK));

        assertEquals("Contact.Status = Deleting", e.state());
        assertEquals(1, e.attempts());
        assertInstanceOf(GetMessageContactResponse.class, e.lastResponse());
        assertTrue(e.getMessage().contains("[Contact.Status = Deleting]") && e.getMessage().contains("status=Deleting"),
                e.getMessage());
        assertFalse(e.getMessage().contains("doomed@example.com"), "the e-mail is masked: " + e.getMessage());
    }

    @Test
    void verificationWaiterFailsOnAContactThatIsGone(ResourceDirectoryClient rd) {
        String id = contact(rd, "Gone");
        rd.deleteMessageContact(d -> d.contactId(id));

        WaiterFailureException e = assertThrows(WaiterFailureException.class,
                () -> rd.waitUntilMessageContactVerified(get(id), QUICK));

        assertEquals("error EntityNotExists.Contact", e.state());
        assertEquals(1, e.attempts());
        assertEquals("EntityNotExists.Contact", ((ResourceDirectoryException) e.getCause()).errorCode());
    }

    private static GetMessageContactRequest get(String id) {
        return GetMessageContactRequest.builder().contactId(id).build();
    }

    private static String contact(ResourceDirectoryClient rd, String name) {
        return rd.addMessageContact(a -> a.name(name).emailAddress(name.toLowerCase() + "@example.com")
                .title(ContactTitle.CEO).messageTypes(MessageType.FAULT_MESSAGE)).contact().contactId();
    }

    /** The recipient follows the link once the emulator has seen {@code polls} GetMessageContact requests. */
    private static Thread recipientAfterPolls(AcsEmulator emulator, String id, int polls) {
        Thread t = new Thread(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (emulator.requestCount("GetMessageContact") < polls && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
            emulator.resourceDirectory().verifyEmail(id);
        }, "recipient");
        t.start();
        return t;
    }
}
