package io.github.acs4j.contract;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryErrorCodes;
import io.github.acs4j.resourcedirectory.ResourceDirectoryException;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.MessageType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Resource Directory's message-contact life cycle: add (Verifying), get, list, update, the documented
 * refusal of a duplicate name, delete, and the documented not-found error afterwards. No verification
 * message is sent (a live run would mail someone).
 */
abstract class ResourceDirectoryContract {

    @Test
    void messageContactLifecycle(ResourceDirectoryClient rd) {
        String name = Names.unique("acsj", 12);
        String[] id = {null};
        try {
            id[0] = rd.addMessageContact(a -> a.name(name).emailAddress("rd-contract@example.com")
                    .title(ContactTitle.TECHNICAL_DIRECTOR).messageTypes(MessageType.FAULT_MESSAGE)).contact().contactId();
            assertNotNull(id[0]);

            MessageContact got = rd.getMessageContact(g -> g.contactId(id[0])).contact();
            assertEquals(name, got.name());
            assertEquals("Verifying", got.status(), "a new contact waits for its email to be verified");
            assertEquals(Arrays.asList("FaultMessage"), got.messageTypes());

            assertEquals(1, rd.listMessageContacts(l -> l.contactId(id[0])).contacts().size());

            rd.updateMessageContact(u -> u.contactId(id[0]).title(ContactTitle.MAINTENANCE_DIRECTOR)
                    .messageTypes(MessageType.FAULT_MESSAGE, MessageType.SECURITY_MESSAGE));
            MessageContact updated = rd.getMessageContact(g -> g.contactId(id[0])).contact();
            assertEquals("MaintenanceDirector", updated.title());
            assertTrue(updated.messageTypes().contains("SecurityMessage"));

            ResourceDirectoryException duplicate = assertThrows(ResourceDirectoryException.class,
                    () -> rd.addMessageContact(a -> a.name(name).emailAddress("other@example.com")
                            .title(ContactTitle.CEO).messageTypes(MessageType.SERVICE_MESSAGE)));
            assertEquals(ResourceDirectoryErrorCodes.NAME_ALREADY_USED, duplicate.errorCode());
            assertEquals(400, duplicate.httpStatus());

            rd.deleteMessageContact(d -> d.contactId(id[0]));
            ResourceDirectoryException gone = assertThrows(ResourceDirectoryException.class,
                    () -> rd.deleteMessageContact(d -> d.contactId(id[0])));
            assertEquals(ResourceDirectoryErrorCodes.CONTACT_NOT_EXISTS, gone.errorCode());
            assertEquals(404, gone.httpStatus());
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> rd.deleteMessageContact(d -> d.contactId(id[0])));
            }
        }
    }
}
