package io.github.acs4j.contract;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.CmsErrorCodes;
import io.github.acs4j.cms.CmsException;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.PutContactResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor's contact life cycle as the documentation describes it: put (create), list, put again
 * (update by name), group, list the group, delete, and the documented error for deleting what is gone.
 * Only documented behaviour is asserted, so it holds on the emulator and on the real service.
 */
abstract class CmsContract {

    @Test
    void contactAndGroupLifecycle(CmsClient cms) {
        String alice = Names.unique("acsjAlice", 16);
        String bob = Names.unique("acsjBob", 16);
        String group = Names.unique("acsjGroup", 16);
        try {
            PutContactResponse created = cms.putContact(c -> c.contactName(alice).describe("contract test")
                    .channelsMail("alice@example.com"));
            assertNotNull(created.requestId());
            cms.putContact(c -> c.contactName(bob).describe("contract test").channelsMail("bob@example.com"));

            Contact listed = contact(cms, alice);
            assertEquals("contract test", listed.desc());
            assertEquals("alice@example.com", listed.channels().mail());

            cms.putContact(c -> c.contactName(alice).describe("updated by name").channelsMail("alice@example.com"));
            assertEquals("updated by name", contact(cms, alice).desc(), "a second Put with the same name updates");

            cms.putContactGroup(g -> g.contactGroupName(group).describe("contract group").contactNames(alice, bob));
            List<String> members = new ArrayList<>();
            for (Contact c : cms.describeContactListByContactGroup(r -> r.contactGroupName(group)).contacts()) {
                members.add(c.name());
            }
            assertEquals(new HashSet<>(Arrays.asList(alice, bob)), new HashSet<>(members));
            ContactGroup g = group(cms, group);
            assertEquals("contract group", g.describe());
            assertTrue(g.contacts().contains(alice));

            cms.deleteContactGroup(r -> r.contactGroupName(group));
            cms.deleteContact(r -> r.contactName(alice));
            cms.deleteContact(r -> r.contactName(bob));
            for (Contact c : cms.describeContactList(r -> r.contactName(alice)).contacts()) {
                assertFalse(c.name().equals(alice), "the deleted contact is still listed");
            }

            CmsException gone = assertThrows(CmsException.class, () -> cms.deleteContact(r -> r.contactName(alice)));
            assertEquals(CmsErrorCodes.CONTACT_NOT_EXISTS, gone.errorCode());
            assertNotNull(gone.requestId());
        } finally {
            Cleanup.quietly(() -> cms.deleteContactGroup(r -> r.contactGroupName(group)));
            Cleanup.quietly(() -> cms.deleteContact(r -> r.contactName(alice)));
            Cleanup.quietly(() -> cms.deleteContact(r -> r.contactName(bob)));
        }
    }

    private static Contact contact(CmsClient cms, String name) {
        for (Contact c : cms.describeContactList(r -> r.contactName(name)).contacts()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("contact " + name + " is not listed");
    }

    private static ContactGroup group(CmsClient cms, String name) {
        for (int page = 1; page <= 50; page++) {
            int p = page;
            DescribeContactGroupListResponse r = cms.describeContactGroupList(q -> q.pageNumber(p).pageSize(100));
            for (ContactGroup g : r.contactGroupList()) {
                if (g.name().equals(name)) {
                    return g;
                }
            }
            if (r.contactGroupList().size() < 100) {
                break;
            }
        }
        throw new AssertionError("group " + name + " is not listed");
    }
}
