package io.github.acs4j.roster;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resource Directory message contacts. {@code AddMessageContact} is not idempotent: it runs through
 * {@link CreateSettler}. A changed e-mail or phone stays pending until its recipient verifies it: the listing
 * shows the old value, so a pending value equal to the roster's counts as done (no second update).
 * Contacts being deleted are treated as gone.
 */
final class ResourceDirectoryAdapter implements ProductAdapter {
    private static final int PAGE = 100;
    private static final String DELETING = "Deleting";
    private final ResourceDirectoryClient rd;

    ResourceDirectoryAdapter(ResourceDirectoryClient rd) {
        this.rd = rd;
    }

    @Override
    public List<Entry> read() {
        Map<String, Set<String>> pending = new HashMap<>();
        for (ContactVerification v : rd.listMessageContactVerificationsPaginator(r -> r.pageSize(PAGE)).items()) {
            pending.computeIfAbsent(v.contactId(), k -> new HashSet<>()).add(v.target());
        }
        List<Entry> out = new ArrayList<>();
        for (MessageContact c : rd.listMessageContactsPaginator(r -> r.pageSize(PAGE)).items()) {
            if (!DELETING.equals(c.status())) {
                out.add(new Entry(Product.RESOURCE_DIRECTORY, ObjectKind.CONTACT, c.name(), c.contactId(),
                        Entry.fields("email", c.emailAddress(), "phone", c.phoneNumber(), "title", c.title(),
                                "messageTypes", Entry.sorted(c.messageTypes())),
                        pending.get(c.contactId())));
            }
        }
        return out;
    }

    @Override
    public List<Entry> desired(Roster roster) {
        ProductSettings s = roster.products().get(Product.RESOURCE_DIRECTORY);
        List<Entry> out = new ArrayList<>();
        for (Person p : roster.peopleFor(Product.RESOURCE_DIRECTORY)) {
            Map<String, Object> f = Entry.fields(
                    "email", p.email(),
                    "phone", Phones.withCountryCode(p.phone()),
                    "title", p.title() != null ? p.title() : s.title(),
                    "messageTypes", Entry.sorted(p.messageTypes() != null ? p.messageTypes() : s.messageTypes()));
            if (p.phone() == null) {
                f.remove("phone"); // an update cannot remove a phone number: a roster without one leaves it alone
            }
            out.add(new Entry(Product.RESOURCE_DIRECTORY, ObjectKind.CONTACT, p.name(), null, f, null));
        }
        return out;
    }

    @Override
    public String create(Entry d, AtomicInteger calls) {
        return CreateSettler.create(
                () -> rd.addMessageContact(r -> r.name(d.name).emailAddress(d.text("email"))
                        .phoneNumber(d.text("phone")).title(d.text("title")).messageTypes(d.list("messageTypes"))),
                () -> exists(d.name), calls);
    }

    private boolean exists(String name) {
        for (MessageContact c : rd.listMessageContactsPaginator(r -> r.pageSize(PAGE)).items()) {
            if (name.equals(c.name()) && !DELETING.equals(c.status())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void update(Entry live, Entry d, AtomicInteger calls) {
        // only what differs: a re-sent e-mail or phone would start a new verification
        UpdateMessageContactRequest.Builder r = UpdateMessageContactRequest.builder().contactId(live.id);
        if (changed(live, d, "email")) {
            r.emailAddress(d.text("email"));
        }
        if (changed(live, d, "phone")) {
            r.phoneNumber(d.text("phone"));
        }
        if (changed(live, d, "title")) {
            r.title(d.text("title"));
        }
        if (!Objects.equals(live.fields.get("messageTypes"), d.fields.get("messageTypes"))) {
            r.messageTypes(d.list("messageTypes"));
        }
        calls.incrementAndGet();
        rd.updateMessageContact(r.build());
    }

    private static boolean changed(Entry live, Entry d, String field) {
        String want = d.text(field);
        return want != null && !want.equals(live.text(field)) && !live.pending.contains(want);
    }

    @Override
    public void delete(Entry live, AtomicInteger calls) {
        calls.incrementAndGet();
        rd.deleteMessageContact(r -> r.contactId(live.id));
    }
}
