package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns live contacts and groups into a roster: one person per contact name and one group per group name
 * across the products (the first product read gives the values), and per product the names found there.
 */
final class Exporter {
    private Exporter() {
    }

    static Roster export(Map<Product, List<Entry>> live, Roster settings) {
        Map<String, Person.Builder> people = new LinkedHashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Product, List<String>> contactsOf = new LinkedHashMap<>();
        Map<Product, List<String>> groupsOf = new LinkedHashMap<>();
        for (Map.Entry<Product, List<Entry>> e : live.entrySet()) {
            Product product = e.getKey();
            List<String> names = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            contactsOf.put(product, names);
            groupsOf.put(product, groupNames);
            for (Entry x : e.getValue()) {
                if (x.kind == ObjectKind.GROUP) {
                    if (!groupNames.contains(x.name)) {
                        groupNames.add(x.name);
                        groups.putIfAbsent(x.name, Group.builder().name(x.name).description(x.text("description"))
                                .members(x.list("members")).build());
                    }
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
        List<Person> all = new ArrayList<>();
        for (Person.Builder p : people.values()) {
            all.add(p.build());
        }
        Roster.Builder r = Roster.builder().name("exported").people(all).groups(new ArrayList<>(groups.values()));
        for (Product product : contactsOf.keySet()) {
            List<String> contacts = contactsOf.get(product);
            List<String> groupNames = groupsOf.get(product);
            ProductSettings read = settings.products().get(product);
            r.product(product, ProductSettings.builder()
                    .contacts(contacts.size() == all.size() ? null : contacts)
                    .groups(product == Product.RESOURCE_DIRECTORY || groupNames.size() == groups.size() ? null : groupNames)
                    .variant(read == null ? null : read.variant()).build());
        }
        return r.build();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
