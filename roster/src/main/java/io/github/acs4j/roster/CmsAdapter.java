package io.github.acs4j.roster;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactChannels;
import io.github.acs4j.cms.model.ContactGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** CloudMonitor: contacts and contact groups, both written by idempotent upserts by name. */
final class CmsAdapter implements ProductAdapter {
    private static final int PAGE = 100;
    private final CmsClient cms;

    CmsAdapter(CmsClient cms) {
        this.cms = cms;
    }

    @Override
    public List<Entry> read() {
        List<Entry> out = new ArrayList<>();
        for (Contact c : cms.describeContactListPaginator(r -> r.pageSize(PAGE)).items()) {
            ContactChannels ch = c.channels();
            out.add(new Entry(Product.CMS, ObjectKind.CONTACT, c.name(), c.name(), Entry.fields(
                    "description", c.desc(),
                    "email", ch == null ? null : ch.mail(),
                    "phone", ch == null ? null : ch.sms(),
                    "dingtalk", ch == null ? null : ch.dingWebHook(),
                    "language", c.lang()), null));
        }
        for (ContactGroup g : cms.describeContactGroupListPaginator(r -> r.pageSize(PAGE)).items()) {
            out.add(new Entry(Product.CMS, ObjectKind.GROUP, g.name(), g.name(), Entry.fields(
                    "description", g.describe(),
                    "members", Entry.sorted(g.contacts())), null));
        }
        return out;
    }

    @Override
    public List<Entry> desired(Roster roster) {
        List<Entry> out = new ArrayList<>();
        for (Person p : roster.peopleFor(Product.CMS)) {
            Object[] f = {
                "description", p.description() != null ? p.description() : "on-call, roster " + roster.name(),
                "email", p.email(),
                "phone", Phones.national(p.phone()),
                "dingtalk", p.dingtalk()};
            Entry e = new Entry(Product.CMS, ObjectKind.CONTACT, p.name(), null, p.language() == null ? Entry.fields(f)
                    : Entry.fields(append(f, "language", p.language())), null);
            out.add(e);
        }
        for (Group g : roster.groupsFor(Product.CMS)) {
            out.add(new Entry(Product.CMS, ObjectKind.GROUP, g.name(), null, Entry.fields(
                    "description", g.description() != null ? g.description() : "roster " + roster.name(),
                    "members", Entry.sorted(g.members())), null));
        }
        return out;
    }

    private static Object[] append(Object[] f, String key, Object value) {
        Object[] out = java.util.Arrays.copyOf(f, f.length + 2);
        out[f.length] = key;
        out[f.length + 1] = value;
        return out;
    }

    @Override
    public String create(Entry desired, AtomicInteger calls) {
        put(desired, calls); // an upsert by name: safe to repeat, the SDK retries it
        return null;
    }

    @Override
    public void update(Entry live, Entry desired, AtomicInteger calls) {
        put(desired, calls);
    }

    private void put(Entry e, AtomicInteger calls) {
        calls.incrementAndGet();
        if (e.kind == ObjectKind.CONTACT) {
            cms.putContact(r -> r.contactName(e.name).describe(e.text("description")).channelsMail(e.text("email"))
                    .channelsSms(e.text("phone")).channelsDingWebHook(e.text("dingtalk")).lang(e.text("language")));
        } else {
            cms.putContactGroup(r -> r.contactGroupName(e.name).describe(e.text("description"))
                    .contactNames(e.list("members")));
        }
    }

    @Override
    public void delete(Entry live, AtomicInteger calls) {
        calls.incrementAndGet();
        if (live.kind == ObjectKind.CONTACT) {
            cms.deleteContact(r -> r.contactName(live.name));
        } else {
            cms.deleteContactGroup(r -> r.contactGroupName(live.name));
        }
    }
}
