package io.github.acs4j.contract;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's alert-contact life cycle: create, search by ID, update (which clears the channels it leaves
 * out, as documented), delete, and an empty search for the deleted ID.
 */
abstract class ArmsContract {

    @Test
    void alertContactLifecycle(ArmsClient arms) {
        String name = Names.unique("acsjArms", 16);
        Long[] id = {null};
        try {
            CreateAlertContactResponse created = arms.createAlertContact(c -> c.contactName(name)
                    .email("ops@example.com").phoneNum("13800000000").systemNoc(false));
            assertNotNull(created.requestId());
            id[0] = Long.valueOf(created.contactId());

            AlertContact found = only(arms.searchAlertContact(s -> s.contactIds(id[0])));
            assertEquals(name, found.contactName());
            assertEquals("ops@example.com", found.email());
            assertEquals(id[0], found.contactId());

            assertTrue(arms.updateAlertContact(u -> u.contactId(id[0]).contactName(name).email("oncall@example.com"))
                    .isSuccess());
            AlertContact updated = only(arms.searchAlertContact(s -> s.contactIds(id[0])));
            assertEquals("oncall@example.com", updated.email());
            assertTrue(updated.phone() == null || updated.phone().isEmpty(), "the phone left out of the update is cleared");

            assertTrue(arms.deleteAlertContact(d -> d.contactId(id[0])).isSuccess());
            SearchAlertContactResponse after = arms.searchAlertContact(s -> s.contactIds(id[0]));
            assertTrue(after.contacts().isEmpty(), "the deleted contact is still found");
            id[0] = null;
        } finally {
            if (id[0] != null) {
                Cleanup.quietly(() -> arms.deleteAlertContact(d -> d.contactId(id[0])));
            }
        }
        assertNull(id[0]);
    }

    private static AlertContact only(SearchAlertContactResponse r) {
        assertEquals(1, r.contacts().size(), "expected exactly one contact, got " + r.contacts());
        return r.contacts().get(0);
    }
}
