package io.github.acs4j.roster;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.AlertContactGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ARMS legacy alert contacts and alert contact groups. {@code CreateAlertContact} and
 * {@code CreateAlertContactGroup} are not idempotent: they run through {@link CreateSettler}. A group holds
 * contact IDs: the roster names members, looked up among the live contacts when the group is written (after
 * the contacts were created).
 */
final class ArmsAdapter implements ProductAdapter {
    private static final int PAGE = 100;
    private final ArmsClient arms;

    ArmsAdapter(ArmsClient arms) {
        this.arms = arms;
    }

    @Override
    public List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        for (AlertContact c : contacts()) {
            out.add(new Entry(Product.ARMS, ObjectKind.CONTACT, c.contactName(), String.valueOf(c.contactId()),
                    Entry.fields("email", c.email(), "phone", c.phone(), "dingtalk", c.dingRobot()), null));
        }
        for (AlertContactGroup g : groups(null)) {
            List<String> members = new ArrayList<>();
            for (AlertContact c : g.contacts()) {
                members.add(c.contactName());
            }
            out.add(new Entry(Product.ARMS, ObjectKind.GROUP, g.contactGroupName(), String.valueOf(g.contactGroupId()),
                    Entry.fields("members", Entry.sorted(members)), null));
        }
        return out;
    }

    private List<AlertContact> contacts() {
        List<AlertContact> out = new ArrayList<>();
        for (AlertContact c : arms.searchAlertContactPaginator(r -> r.pageSize(PAGE)).items()) {
            out.add(c);
        }
        return out;
    }

    /** Not paged; with the members' details. */
    private List<AlertContactGroup> groups(String name) {
        return arms.searchAlertContactGroup(r -> r.contactGroupName(name).isDetail(true)).contactGroups();
    }

    @Override
    public List<Entry> desired(Roster roster) {
        List<Entry> out = new ArrayList<>();
        for (Person p : roster.peopleFor(Product.ARMS)) {
            out.add(new Entry(Product.ARMS, ObjectKind.CONTACT, p.name(), null, Entry.fields(
                    "email", p.email(), "phone", Phones.national(p.phone()), "dingtalk", p.dingtalk()), null));
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
                    () -> arms.createAlertContactGroup(r -> r.contactGroupName(d.name).contactIds(ids)),
                    () -> groupExists(d.name), calls);
        }
        return CreateSettler.create(
                () -> arms.createAlertContact(r -> r.contactName(d.name).email(d.text("email"))
                        .phoneNum(d.text("phone")).dingRobotWebhookUrl(d.text("dingtalk"))),
                () -> exists(d.name), calls);
    }

    private List<Long> ids(List<String> names) {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (AlertContact c : contacts()) {
            byName.putIfAbsent(c.contactName(), c.contactId());
        }
        return MemberIds.of(byName, names, "ARMS alert contact");
    }

    /** Search matches names by substring: the exact name decides. */
    private boolean exists(String name) {
        for (AlertContact c : arms.searchAlertContactPaginator(r -> r.contactName(name).pageSize(PAGE)).items()) {
            if (name.equals(c.contactName())) {
                return true;
            }
        }
        return false;
    }

    private boolean groupExists(String name) {
        for (AlertContactGroup g : groups(name)) {
            if (name.equals(g.contactGroupName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void update(Entry live, Entry d, AtomicInteger calls) {
        if (d.kind == ObjectKind.GROUP) {
            List<Long> ids = ids(d.list("members"));
            calls.incrementAndGet();
            arms.updateAlertContactGroup(r -> r.contactGroupId(Long.valueOf(live.id)).contactGroupName(d.name)
                    .contactIds(ids));
            return;
        }
        calls.incrementAndGet();
        // UpdateAlertContact replaces every channel: all of them are sent
        arms.updateAlertContact(r -> r.contactId(Long.valueOf(live.id)).contactName(d.name).email(d.text("email"))
                .phoneNum(d.text("phone")).dingRobotWebhookUrl(d.text("dingtalk")));
    }

    @Override
    public void delete(Entry live, AtomicInteger calls) {
        calls.incrementAndGet();
        if (live.kind == ObjectKind.GROUP) {
            arms.deleteAlertContactGroup(r -> r.contactGroupId(Long.valueOf(live.id)));
        } else {
            arms.deleteAlertContact(r -> r.contactId(Long.valueOf(live.id)));
        }
    }
}
