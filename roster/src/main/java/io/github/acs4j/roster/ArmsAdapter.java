package io.github.acs4j.roster;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.model.AlertContact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ARMS legacy alert contacts. {@code CreateAlertContact} is not idempotent: it runs through
 * {@link CreateSettler}. Alert contact groups are reported as not supported until {@code ArmsClient} offers them.
 */
final class ArmsAdapter implements ProductAdapter {
    private static final int PAGE = 100;
    static final String GROUPS_UNSUPPORTED = "ARMS alert contact groups are not supported yet: this version of "
            + "ArmsClient has no alert contact group operations; nothing was sent";
    private final ArmsClient arms;

    ArmsAdapter(ArmsClient arms) {
        this.arms = arms;
    }

    @Override
    public Product product() {
        return Product.ARMS;
    }

    @Override
    public List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        for (AlertContact c : arms.searchAlertContactPaginator(r -> r.pageSize(PAGE)).items()) {
            out.add(entry(c));
        }
        return out;
    }

    private static Entry entry(AlertContact c) {
        return new Entry(Product.ARMS, ObjectKind.CONTACT, c.contactName(), String.valueOf(c.contactId()),
                Entry.fields("email", c.email(), "phone", c.phone(), "dingtalk", c.dingRobot()), null);
    }

    @Override
    public List<Entry> desired(Roster roster) {
        List<Entry> out = new ArrayList<>();
        for (Person p : roster.peopleFor(Product.ARMS)) {
            out.add(new Entry(Product.ARMS, ObjectKind.CONTACT, p.name(), null, Entry.fields(
                    "email", p.email(), "phone", Phones.national(p.phone()), "dingtalk", p.dingtalk()), null));
        }
        return out;
    }

    @Override
    public List<Change> unsupported(Roster roster) {
        List<Change> out = new ArrayList<>();
        for (Group g : roster.groupsFor(Product.ARMS)) {
            out.add(new Change(Product.ARMS, ObjectKind.GROUP, g.name(), ChangeAction.UNSUPPORTED,
                    Collections.<FieldChange>emptyList(), GROUPS_UNSUPPORTED, null, null));
        }
        return out;
    }

    @Override
    public String create(Entry d, AtomicInteger calls) {
        return CreateSettler.create(
                () -> arms.createAlertContact(r -> r.contactName(d.name).email(d.text("email"))
                        .phoneNum(d.text("phone")).dingRobotWebhookUrl(d.text("dingtalk"))),
                () -> exists(d.name), calls);
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

    @Override
    public void update(Entry live, Entry d, AtomicInteger calls) {
        calls.incrementAndGet();
        // UpdateAlertContact replaces every channel: all of them are sent
        arms.updateAlertContact(r -> r.contactId(Long.valueOf(live.id)).contactName(d.name).email(d.text("email"))
                .phoneNum(d.text("phone")).dingRobotWebhookUrl(d.text("dingtalk")));
    }

    @Override
    public void delete(Entry live, AtomicInteger calls) {
        calls.incrementAndGet();
        arms.deleteAlertContact(r -> r.contactId(Long.valueOf(live.id)));
    }
}
