package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One account's ARMS (2019-08-08) legacy alert contacts (webhook contacts of {@code CreateWebhook} among
 * them) and legacy alert contact groups, keyed by numeric IDs the service assigns, plus the separate
 * notification-center objects. Callers hold the account's lock.
 */
final class ArmsStore {
    /** A legacy alert contact. */
    static final class Contact {
        final long id;
        final long createTime;
        String name;
        String phone;
        String email;
        String dingRobot;
        boolean systemNoc;
        String resourceGroupId;
        /** set for a contact made by {@code CreateWebhook}, else null */
        ArmsWebhook webhook;
        long updateTime;

        Contact(long id, long now) {
            this.id = id;
            this.createTime = now;
            // never updated: the creation time, not 0. The documented examples of SearchAlertContact show an
            // epoch-millisecond UpdateTime (1580258717000) next to the CreateTime (1572349025000), never 0
            // (generated ARMS 2019-08-08 SDK models, SearchAlertContactResponseBodyPageBeanContacts).
            this.updateTime = now;
        }
    }

    /** A legacy alert contact group: a name and the legacy contacts it holds, in the order given. */
    static final class Group {
        final long id;
        final long createTime;
        String name;
        Set<Long> contactIds = new LinkedHashSet<>();
        long updateTime;

        Group(long id, long now) {
            this.id = id;
            this.createTime = now;
            this.updateTime = now;
        }
    }

    private final Map<Long, Contact> contacts = new LinkedHashMap<>();
    private final Map<Long, Group> groups = new LinkedHashMap<>();
    private final ArmsNotificationStore notifications = new ArmsNotificationStore();
    private long nextId = 100_001;
    private long nextGroupId = 700_001;

    Contact create(long now) {
        Contact c = new Contact(nextId++, now);
        contacts.put(c.id, c);
        return c;
    }

    Contact get(long id) {
        return contacts.get(id);
    }

    List<Contact> all() {
        return new ArrayList<>(contacts.values());
    }

    /** Deletes the contact; the groups that held it no longer do (our choice: undocumented). */
    boolean delete(long id) {
        for (Group g : groups.values()) {
            g.contactIds.remove(id);
        }
        return contacts.remove(id) != null;
    }

    Group createGroup(long now) {
        Group g = new Group(nextGroupId++, now);
        groups.put(g.id, g);
        return g;
    }

    Group group(long id) {
        return groups.get(id);
    }

    List<Group> groups() {
        return new ArrayList<>(groups.values());
    }

    boolean deleteGroup(long id) {
        return groups.remove(id) != null;
    }

    /** @return the names of the groups holding the contact, in creation order */
    List<String> groupNamesOf(long contactId) {
        List<String> names = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.contactIds.contains(contactId)) {
                names.add(g.name);
            }
        }
        return names;
    }

    /** The notification-center contacts, groups, webhook contacts and IM robots: a family of their own. */
    ArmsNotificationStore notifications() {
        return notifications;
    }
}
