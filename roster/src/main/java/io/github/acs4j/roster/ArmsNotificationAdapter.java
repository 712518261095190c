package io.github.acs4j.roster;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.NotificationContact;
import io.github.acs4j.arms.model.NotificationContactGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ARMS notification-center contacts and contact groups ({@code variant: notification-center}).
 * {@code CreateOrUpdateContact} and {@code CreateOrUpdateContactGroup} create when no ID is given, and are then
 * not idempotent: they run through {@link CreateSettler}. The listing does not show a contact's DingTalk
 * robot, so the roster manages e-mail and phone here and leaves DingTalk alone (it could not tell whether a
 * webhook is set).
 */
final class ArmsNotificationAdapter implements ProductAdapter {
    private static final int PAGE = 100;
    private final ArmsClient arms;

    ArmsNotificationAdapter(ArmsClient arms) {
        this.arms = arms;
    }

    @Override
    public List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        for (NotificationContact c : contacts(null)) {
            out.add(new Entry(Product.ARMS, ObjectKind.CONTACT, c.contactName(), String.valueOf(c.contactId()),
                    Entry.fields("email", c.email(), "phone", c.phone()), null));
        }
        for (NotificationContactGroup g : groups(null)) {
            List<String> members = new ArrayList<>();
            if (g.contacts() != null) {
                for (NotificationContact c : g.contacts()) {
                    members.add(c.contactName());
                }
            }
            out.add(new Entry(Product.ARMS, ObjectKind.GROUP, g.contactGroupName(), String.valueOf(g.contactGroupId()),
                    Entry.fields("members", Entry.sorted(members)), null));
        }
        return out;
    }

    private List<NotificationContact> contacts(String name) {
        List<NotificationContact> out = new ArrayList<>();
        for (NotificationContact c : arms.describeContactsPaginator(r -> r.contactName(name).page(1).size(PAGE)).items()) {
            out.add(c);
        }
        return out;
    }

    private List<NotificationContactGroup> groups(String name) {
        List<NotificationContactGroup> out = new ArrayList<>();
        for (NotificationContactGroup g : arms.describeContactGroupsPaginator(
                r -> r.contactGroupName(name).isDetail(true).page(1).size(PAGE)).items()) {
            out.add(g);
        }
        return out;
    }

    @Override
    public List<Entry> desired(Roster roster) {
        List<Entry> out = new ArrayList<>();
        for (Person p : roster.peopleFor(Product.ARMS)) {
            Map<String, Object> f = Entry.fields("email", p.email(), "phone", Phones.national(p.phone()));
            out.add(new Entry(Product.ARMS, ObjectKind.CONTACT, p.name(), null, f, null));
        }
        for (Group g : roster.groupsFor(Product.ARMS)) {
            out.add(new Entry(Product.ARMS, ObjectKind.GROUP, g.name(), null,
                    Entry.fields("members", Entry.sorted(g.members())), null));
        }
        return out;
    }

    @Override
    public String create(Entry d, AtomicInteger calls) {
        if (d.kind == ObjectKind.GROUP) {
            List<Long> ids = ids(d.list("members"));
            return CreateSettler.create(
                    () -> arms.createOrUpdateContactGroup(r -> r.contactGroupName(d.name).contactIds(ids)),
                    () -> !named(groups(d.name), d.name).isEmpty(), calls);
        }
        return CreateSettler.create(
                () -> arms.createOrUpdateContact(r -> r.contactName(d.name).email(d.text("email")).phone(d.text("phone"))),
                () -> !namedContacts(contacts(d.name), d.name).isEmpty(), calls);
    }

    private List<Long> ids(List<String> names) {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (NotificationContact c : contacts(null)) {
            byName.putIfAbsent(c.contactName(), c.contactId());
        }
        return MemberIds.of(byName, names, "ARMS notification-center contact");
    }

    private static List<NotificationContactGroup> named(List<NotificationContactGroup> groups, String name) {
        List<NotificationContactGroup> out = new ArrayList<>();
        for (NotificationContactGroup g : groups) {
            if (name.equals(g.contactGroupName())) {
                out.add(g);
            }
        }
        return out;
    }

    private static List<NotificationContact> namedContacts(List<NotificationContact> contacts, String name) {
        List<NotificationContact> out = new ArrayList<>();
        for (NotificationContact c : contacts) {
            if (name.equals(c.contactName())) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public void update(Entry live, Entry d, AtomicInteger calls) {
        long id = Long.parseLong(live.id);
        if (d.kind == ObjectKind.GROUP) {
            List<Long> ids = ids(d.list("members"));
            calls.incrementAndGet();
            arms.createOrUpdateContactGroup(r -> r.contactGroupId(id).contactGroupName(d.name).contactIds(ids));
            return;
        }
        calls.incrementAndGet();
        arms.createOrUpdateContact(r -> r.contactId(id).contactName(d.name).email(d.text("email")).phone(d.text("phone")));
    }

    @Override
    public void delete(Entry live, AtomicInteger calls) {
        calls.incrementAndGet();
        long id = Long.parseLong(live.id);
        if (live.kind == ObjectKind.GROUP) {
            arms.deleteContactGroup(r -> r.contactGroupId(id));
        } else {
            arms.deleteContact(r -> r.contactId(id));
        }
    }
}
