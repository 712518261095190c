package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's ARMS (2019-08-08) alert contacts, keyed by a numeric ID the service assigns. Callers hold
 * the account's lock.
 */
final class ArmsStore {
    /** An alert contact. */
    static final class Contact {
        final long id;
        final long createTime;
        String name;
        String phone;
        String email;
        String dingRobot;
        boolean systemNoc;
        String resourceGroupId;
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

    private final Map<Long, Contact> contacts = new LinkedHashMap<>();
    private long nextId = 100_001;

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

    boolean delete(long id) {
        return contacts.remove(id) != null;
    }
}
