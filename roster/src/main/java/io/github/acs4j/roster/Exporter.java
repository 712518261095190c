package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns live contacts and groups into a roster: one person per contact name, products in enum order. */
final class Exporter {
    private Exporter() {
    }

    static Roster export(Map<Product, List<Entry>> live, Roster settings) {
        Map<String, Person.Builder> people = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        Map<Product, List<String>> contactsOf = new LinkedHashMap<>();
        for (Map.Entry<Product, List<Entry>> e : live.entrySet()) {
            Product product = e.getKey();
            List<String> names = new ArrayList<>();
            contactsOf.put(product, names);
            for (Entry x : e.getValue()) {
                if (x.kind == ObjectKind.GROUP) {
                    groups.add(Group.builder().name(x.name).description(x.text("description"))
                            .members(x.list("members")).build());
                    continue;
                }
                if (names.contains(x.name)) {
                    continue; // a second contact of one name: the first speaks for both
                }
                names.add(x.name);
                Person.Builder p = people.computeIfAbsent(x.name, n -> Person.builder().name(n));
                Person now = p.build();
                p.email(first(now.email(), x.text("email")));
                p.phone(first(now.phone(), x.text("phone")));
                p.dingtalk(first(now.dingtalk(), x.text("dingtalk")));
                if (product == Product.CMS) {
                    p.language(x.text("language")).description(x.text("description"));
                }
                if (product == Product.RESOURCE_DIRECTORY) {
                    p.title(x.text("title")).messageTypes(x.list("messageTypes"));
                }
            }
        }
        Roster.Builder r = Roster.builder().name("exported");
        List<Person> all = new ArrayList<>();
        for (Person.Builder p : people.values()) {
            all.add(p.build());
        }
        r.people(all).groups(groups);
        for (Map.Entry<Product, List<String>> e : contactsOf.entrySet()) {
            boolean everyone = e.getValue().size() == all.size();
            ProductSettings read = settings.products().get(e.getKey());
            r.product(e.getKey(), ProductSettings.builder().contacts(everyone ? null : e.getValue())
                    .variant(read == null ? null : read.variant()).build());
        }
        return r.build();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
