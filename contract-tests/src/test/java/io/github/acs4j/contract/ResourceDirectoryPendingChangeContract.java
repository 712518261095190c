package io.github.acs4j.contract;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.MessageType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Resource Directory's pending e-mail change, as documented: a new or changed address takes effect only
 * once its recipient verifies it; sending the verification does not make it effective; cancelling reverts
 * the change. The recipient is {@link #recipient()}: the emulator's stand-in, or a person on a live run.
 */
abstract class ResourceDirectoryPendingChangeContract {
    /** An address that is never verified (a reserved domain: on a live run its mail goes nowhere). */
    static final String NEVER_VERIFIED = "acs4j-never-verified@example.com";

    /** @return who follows the verification mails */
    abstract VerificationRecipient recipient();

    @Test
    void updateSendVerifyMakesTheNewAddressEffective(ResourceDirectoryClient rd) {
        String first = recipient().mailbox(1);
        String second = recipient().mailbox(2);
        String[] id = {null};
        try {
            id[0] = add(rd, first);
            assertEquals("Verifying", contact(rd, id[0]).status(), "a new contact waits for its e-mail to be verified");
            sendEmail(rd, id[0], first);
            assertEquals("Verifying", contact(rd, id[0]).status(), "sending a verification is not verifying");
            assertEquals(Collections.singletonList(first), pending(rd, id[0]));
            recipient().verifyEmail(rd, id[0], first);
            assertEquals("Active", contact(rd, id[0]).status());

            rd.updateMessageContact(u -> u.contactId(id[0]).emailAddress(second));
            assertEquals(first, contact(rd, id[0]).emailAddress(), "until verified, the old address stays in effect");
            assertEquals(Collections.singletonList(second), pending(rd, id[0]));
            sendEmail(rd, id[0], second);
            assertEquals(first, contact(rd, id[0]).emailAddress(), "still the old address after sending");
            assertEquals(Collections.singletonList(second), pending(rd, id[0]));

            recipient().verifyEmail(rd, id[0], second);
            MessageContact verified = contact(rd, id[0]);
            assertEquals(second, verified.emailAddress());
            assertEquals("Active", verified.status());
            assertEquals(Collections.emptyList(), pending(rd, id[0]));
        } finally {
            deleteQuietly(rd, id[0]);
        }
    }

    @Test
    void updateSendCancelRevertsToTheVerifiedAddress(ResourceDirectoryClient rd) {
        String first = recipient().mailbox(1);
        String[] id = {null};
        try {
            id[0] = add(rd, first);
            sendEmail(rd, id[0], first);
            recipient().verifyEmail(rd, id[0], first);

            rd.updateMessageContact(u -> u.contactId(id[0]).emailAddress(NEVER_VERIFIED));
            assertEquals(first, contact(rd, id[0]).emailAddress(), "the change is pending");
            assertEquals(Collections.singletonList(NEVER_VERIFIED), pending(rd, id[0]));
            sendEmail(rd, id[0], NEVER_VERIFIED);
            assertEquals(first, contact(rd, id[0]).emailAddress(), "still pending after sending");

            rd.cancelMessageContactUpdate(c -> c.contactId(id[0]).emailAddress(NEVER_VERIFIED));
            MessageContact reverted = contact(rd, id[0]);
            assertEquals(first, reverted.emailAddress());
            assertEquals("Active", reverted.status());
            assertEquals(Collections.emptyList(), pending(rd, id[0]));
        } finally {
            deleteQuietly(rd, id[0]);
        }
    }

    private static String add(ResourceDirectoryClient rd, String email) {
        String name = Names.unique("acsj", 12);
        return rd.addMessageContact(a -> a.name(name).emailAddress(email).title(ContactTitle.TECHNICAL_DIRECTOR)
                .messageTypes(MessageType.FAULT_MESSAGE)).contact().contactId();
    }

    private static void sendEmail(ResourceDirectoryClient rd, String id, String email) {
        rd.sendEmailVerificationForMessageContact(s -> s.contactId(id).emailAddress(email));
    }

    static MessageContact contact(ResourceDirectoryClient rd, String id) {
        return rd.getMessageContact(g -> g.contactId(id)).contact();
    }

    /** @return the contact's addresses awaiting verification */
    static List<String> pending(ResourceDirectoryClient rd, String id) {
        List<String> targets = new ArrayList<>();
        for (ContactVerification v : rd.listMessageContactVerifications(l -> l.contactId(id)).contactVerifications()) {
            targets.add(v.target());
        }
        return targets;
    }

    private static void deleteQuietly(ResourceDirectoryClient rd, String id) {
        if (id != null) {
            Cleanup.quietly(() -> rd.deleteMessageContact(d -> d.contactId(id)));
        }
    }
}
