package io.github.acs4j.emulator;

import java.util.Collection;

/**
 * The contact filters SearchAlertContact and DescribeContacts share: {@code ContactName} (a part of the
 * name), {@code Phone} and {@code Email} (exact) and a list of contact IDs; each one absent admits all.
 */
final class ArmsContactFilter {
    private final String name;
    private final String phone;
    private final String email;
    private final Collection<Long> ids;

    ArmsContactFilter(Params p, Collection<Long> ids) {
        this.name = p.get("ContactName");
        this.phone = p.get("Phone");
        this.email = p.get("Email");
        this.ids = ids;
    }

    boolean admits(long id, String contactName, String contactPhone, String contactEmail) {
        return (name == null || contactName != null && contactName.contains(name))
                && (phone == null || phone.equals(contactPhone))
                && (email == null || email.equals(contactEmail))
                && (ids == null || ids.contains(id));
    }
}
