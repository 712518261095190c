package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's CloudMonitor alert contacts and contact groups, keyed by name (CloudMonitor has no IDs:
 * a Put with an existing name updates). Callers hold the account's lock.
 */
final class CmsStore {
    /** The channel names, in the order the service lists them. */
    static final String[] CHANNELS = {"Mail", "SMS", "DingWebHook", "AliIM"};

    /** An alert contact. */
    static final class Contact {
        final String name;
        final long createTime;
        String describe;
        String lang;
        /** channel name -> value, only the channels that are set */
        Map<String, String> channels = new LinkedHashMap<>();
        long updateTime;

        Contact(String name, long now) {
            this.name = name;
            this.createTime = now;
        }
    }

    /** A contact group. */
    static final class Group {
        final String name;
        final long createTime;
        String describe;
        boolean enableSubscribed;
        List<String> contactNames = new ArrayList<>();
        long updateTime;

        Group(String name, long now) {
            this.name = name;
            this.createTime = now;
        }
    }

    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** Creates or replaces: a Put sends the contact's whole state, so channels left out are cleared. */
    void putContact(String name, String describe, String lang, Map<String, String> channels, long now) {
        Contact c = contacts.get(name);
        if (c == null) {
            c = new Contact(name, now);
            contacts.put(name, c);
        }
        c.describe = describe;
        c.lang = lang != null ? lang : c.lang != null ? c.lang : "zh-cn";
        c.channels = new LinkedHashMap<>(channels);
        c.updateTime = now;
    }

    /**
     * Creates or replaces a group.
     *
     * @throws ApiError (HTTP 200, {@code Success:false}) when a member contact does not exist
     */
    void putGroup(String name, String describe, Boolean enableSubscribed, List<String> contactNames, long now) {
        for (String member : contactNames) {
            if (!contacts.containsKey(member)) {
                throw new ApiError(200, "400", "The contact \"" + member + "\" does not exist; create it with PutContact first.");
            }
        }
        Group g = groups.get(name);
        if (g == null) {
            g = new Group(name, now);
            groups.put(name, g);
        }
        if (describe != null) {
            g.describe = describe;
        }
        if (enableSubscribed != null) {
            g.enableSubscribed = enableSubscribed;
        }
        g.contactNames = new ArrayList<>(new java.util.LinkedHashSet<>(contactNames));
        g.updateTime = now;
    }

    List<Contact> contacts() {
        return new ArrayList<>(contacts.values());
    }

    List<Group> groups() {
        return new ArrayList<>(groups.values());
    }

    Group group(String name) {
        return groups.get(name);
    }

    Contact contact(String name) {
        return contacts.get(name);
    }

    /** @return the names of the groups the contact belongs to */
    List<String> groupsOf(String contactName) {
        List<String> names = new ArrayList<>();
        for (Group g : groups.values()) {
            if (g.contactNames.contains(contactName)) {
                names.add(g.name);
            }
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * @throws ApiError 404 {@code ContactNotExists}; or, for a contact still in a group, HTTP 200 with
     *     {@code Success:false} and code 400 (the service answers business failures in a 200)
     */
    void deleteContact(String name) {
        if (!contacts.containsKey(name)) {
            throw new ApiError(404, "ContactNotExists", "ContactName does not exist.");
        }
        List<String> in = groupsOf(name);
        if (!in.isEmpty()) {
            throw new ApiError(200, "400", "The contact is in use by the contact group(s) " + in
                    + "; remove it from them or delete them first.");
        }
        contacts.remove(name);
    }

    /** @throws ApiError 404 {@code ContactNotExists} (sic: the service uses that code for groups too) */
    void deleteGroup(String name) {
        if (groups.remove(name) == null) {
            throw new ApiError(404, "ContactNotExists", "ContactGroupName Not Exists");
        }
    }
}
