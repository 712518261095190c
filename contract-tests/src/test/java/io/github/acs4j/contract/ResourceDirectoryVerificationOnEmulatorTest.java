package io.github.acs4j.contract;

import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parts of Resource Directory's life cycle a live run must not exercise (they send mail and bind
 * members), on the emulator only: the e-mail and phone verified by their recipients (played by the
 * emulator) turn a contact Active, members, asynchronous deletion.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ResourceDirectoryVerificationOnEmulatorTest {

    @Test
    void verificationMembersAndAsynchronousDeletion(ResourceDirectoryClient rd, AcsEmulator emulator) {
        String id = rd.addMessageContact(a -> a.name("Verifier").emailAddress("v@example.com").phoneNumber("86-13800000000")
                .title(ContactTitle.CEO).messageTypes(MessageType.ACCOUNT_EXPENSES)).contact().contactId();
        assertEquals(2, rd.listMessageContactVerifications(l -> l.contactId(id)).totalCount());
        rd.sendEmailVerificationForMessageContact(s -> s.contactId(id).emailAddress("v@example.com"));
        rd.sendPhoneVerificationForMessageContact(s -> s.contactId(id).phoneNumber("86-13800000000"));
        assertEquals("Verifying", rd.getMessageContact(g -> g.contactId(id)).contact().status(), "sent, not yet verified");
        emulator.resourceDirectory().verifyEmail(id);
        emulator.resourceDirectory().verifyPhone(id);
        assertEquals("Active", rd.getMessageContact(g -> g.contactId(id)).contact().status());
        assertEquals(0, rd.listMessageContactVerifications(l -> l.contactId(id)).totalCount());

        assertEquals(2, rd.associateMembers(m -> m.contactId(id).members("fd-folder1", "1234567890123456")).members().size());
        assertEquals(1, rd.listMessageContacts(l -> l.member("fd-folder1")).totalCount());
        rd.disassociateMembers(m -> m.contactId(id).members("1234567890123456"));
        assertEquals(1, rd.getMessageContact(g -> g.contactId(id)).contact().members().size());

        assertEquals("Deleting", rd.deleteMessageContact(d -> d.contactId(id).retainContactInMembers(false)).status());
        assertEquals("Deleting", rd.getMessageContactDeletionStatus(s -> s.contactId(id)).contactDeletionStatus().status());
        assertEquals(0, rd.listMessageContacts(l -> l.contactId(id)).totalCount());
    }
}
