package io.github.acs4j.roster;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a roster as YAML in the layout {@link RosterReader} reads, keys in a fixed order, empty fields left out. */
final class RosterWriter {
    private RosterWriter() {
    }

    static String write(Roster roster) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("roster", roster.name());
        List<Object> people = new ArrayList<>();
        for (Person p : roster.people()) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", p.name());
            put(m, "email", p.email());
            put(m, "phone", p.phone());
            put(m, "dingtalk", p.dingtalk());
            put(m, "language", p.language());
            put(m, "description", p.description());
            put(m, "title", p.title());
            put(m, "messageTypes", p.messageTypes());
            people.add(m);
        }
        top.put("people", people);
        if (!roster.groups().isEmpty()) {
            List<Object> groups = new ArrayList<>();
            for (Group g : roster.groups()) {
                Map<String, Object> m = new LinkedHashMap<>();
                put(m, "name", g.name());
                put(m, "description", g.description());
                m.put("members", new ArrayList<>(g.members()));
                groups.add(m);
            }
            top.put("groups", groups);
        }
        Map<String, Object> products = new LinkedHashMap<>();
        for (Map.Entry<Product, ProductSettings> e : roster.products().entrySet()) {
            ProductSettings s = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contacts", s.contacts() == null ? "all" : new ArrayList<>(s.contacts()));
            if (e.getKey() != Product.RESOURCE_DIRECTORY) {
                m.put("groups", s.groups() == null ? "all" : new ArrayList<>(s.groups()));
            }
            put(m, "variant", s.variant());
            put(m, "title", s.title());
            put(m, "messageTypes", s.messageTypes());
            products.put(e.getKey().key(), m);
        }
        top.put("products", products);
        if (!roster.retiredPeople().isEmpty() || !roster.retiredGroups().isEmpty()) {
            Map<String, Object> retired = new LinkedHashMap<>();
            put(retired, "people", roster.retiredPeople().isEmpty() ? null : roster.retiredPeople());
            put(retired, "groups", roster.retiredGroups().isEmpty() ? null : roster.retiredGroups());
            top.put("retired", retired);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(200);
        return "# acs4j roster (schema: roster.schema.json)\n" + new Yaml(options).dump(top);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value instanceof List) {
            value = new ArrayList<>((List<?>) value);
        }
        if (value != null) {
            m.put(key, value);
        }
    }
}
