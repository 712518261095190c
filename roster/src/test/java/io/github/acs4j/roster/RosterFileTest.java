package io.github.acs4j.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roster files: what loads, what is refused (file, line, column, field, rule; personal data masked). */
class RosterFileTest {
    /** Every field the schema knows, each once. */
    static final String FULL = String.join("\n",
            "roster: full",
            "people:",
            "  - name: Alice",
            "    email: alice@example.com",
            "    phone: 86-13800000001",
            "    dingtalk: https://oapi.dingtalk.com/robot/send?access_token=t",
            "    language: zh-cn",
            "    description: DBA",
            "    title: CEO",
            "    messageTypes: [FaultMessage]",
            "groups:",
            "  - name: dba",
            "    description: databases",
            "    members: [Alice]",
            "products:",
            "  cms:",
            "    contacts: all",
            "    groups: [dba]",
            "  arms:",
            "    contacts: [Alice]",
            "    groups: []",
            "    variant: alert",
            "  resourceDirectory:",
            "    contacts: all",
            "    title: Other",
            "    messageTypes: [SecurityMessage]",
            "retired:",
            "  people: [Dave]",
            "  groups: [old]",
            "");

    @Test
    void loadsAFileWithEveryFieldAndWritesItBackUnchanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("full.yaml");
        Files.write(file, FULL.getBytes(StandardCharsets.UTF_8));
        Roster r = Roster.load(file);
        Person alice = r.people().get(0);
        assertEquals("86-13800000001", alice.phone());
        assertEquals("CEO", alice.title());
        assertEquals(1, r.peopleFor(Product.ARMS).size());
        assertTrue(r.groupsFor(Product.ARMS).isEmpty());
        assertEquals(r, Roster.parse("again", r.toYaml()), r.toYaml());
        assertFalse(alice.toString().contains("alice@"), alice.toString());
    }

    @Test
    void theBuiltInSampleLoads() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/github/acs4j/roster/sample-roster.yaml")) {
            Roster r = Roster.parse("sample", new String(readAll(in), StandardCharsets.UTF_8));
            assertEquals("platform-oncall", r.name());
        }
    }

    @Test
    void everyProblemIsNamedWithFileLineColumnFieldAndRule() {
        String bad = String.join("\n",
                "roster: team",
                "people:",
                "  - name: Alice",
                "    email: alice-at-example.com",
                "  - name: Alice",
                "    phone: '+1 555'",
                "    mail: x@example.com",
                "groups:",
                "  - name: dba",
                "    members: [Alice, Zed]",
                "products:",
                "  resourceDirectory:",
                "    title: Boss",
                "");
        InvalidRosterException e = assertThrows(InvalidRosterException.class, () -> Roster.parse("bad.yaml", bad));
        List<String> problems = new ArrayList<>();
        for (RosterProblem p : e.problems()) {
            problems.add(p.toString());
        }
        String all = String.join("\n", problems);
        assertTrue(all.contains("bad.yaml:4:12: people[0].email: must be an e-mail address, was "), all);
        assertTrue(all.contains("bad.yaml:5:11: people[1].name: must be unique, Alice appears twice"), all);
        assertTrue(all.contains("bad.yaml:6:12: people[1].phone: must be 5-15 digits"), all);
        assertTrue(all.contains("bad.yaml:7:5: people[1].mail: unknown field; expected one of name, email,"), all);
        assertTrue(all.contains("bad.yaml:10:14: groups[0].members: must name a person of the roster, Zed is not one"), all);
        assertTrue(all.contains("bad.yaml:13:12: products.resourceDirectory.title: must be one of FinanceDirector,"), all);
        assertTrue(all.contains("people[0].messageTypes: required for Resource Directory"), all);
        assertFalse(all.contains("alice-at-example") || all.contains("+1 555"), "personal data masked: " + all);
        assertTrue(e.getMessage().startsWith("invalid roster (" + problems.size() + " problems):"), e.getMessage());
    }

    @Test
    void aGroupHoldsAtMostCloudMonitorsHundredMembers() {
        StringBuilder yaml = new StringBuilder("roster: big\npeople:\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            yaml.append("  - name: p").append(i).append("\n    email: p").append(i).append("@example.com\n");
            names.add("p" + i);
        }
        yaml.append("groups:\n  - name: all\n    members: [").append(String.join(", ", names)).append("]\nproducts:\n  cms:\n");
        InvalidRosterException e = assertThrows(InvalidRosterException.class, () -> Roster.parse("big.yaml", yaml.toString()));
        assertEquals("big.yaml:207:14: groups[0].members: at most 100 members (CloudMonitor's limit for a contact group), "
                + "was 101", e.problems().get(0).toString());
    }

    @Test
    void resourceDirectoryNamesFollowItsRule() {
        String yaml = FULL.replace("name: Alice", "name: Alice Smith 2").replace("[Alice]", "[Alice Smith 2]");
        InvalidRosterException e = assertThrows(InvalidRosterException.class, () -> Roster.parse("rd.yaml", yaml));
        assertEquals("rd.yaml:3:5: people[0].name: Resource Directory needs 2-12 letters or Chinese characters "
                + "(the person is in products.resourceDirectory), was Alice Smith 2", e.problems().get(0).toString());
    }

    @Test
    void aSyntaxErrorNamesWhereTheParserStopped() {
        InvalidRosterException e = assertThrows(InvalidRosterException.class,
                () -> Roster.parse("broken.yaml", "roster: x\npeople: [\n  - name: a\n"));
        RosterProblem p = e.problems().get(0);
        assertEquals("broken.yaml", p.file());
        assertEquals("(syntax)", p.field());
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.rule().startsWith("not valid YAML"), p.rule());
    }

    @Test
    void armsVariantIsAlertOrNotificationCenter() {
        assertEquals("notification-center", Roster.parse("nc.yaml", FULL.replace("variant: alert",
                "variant: notification-center")).products().get(Product.ARMS).variant());
        InvalidRosterException e = assertThrows(InvalidRosterException.class,
                () -> Roster.parse("pager.yaml", FULL.replace("variant: alert", "variant: pager")));
        assertEquals("pager.yaml:22:14: products.arms.variant: must be alert or notification-center, was pager",
                e.problems().get(0).toString());
    }

    /** The schema and the reader accept the same fields: FULL uses every one of them, and only them. */
    @Test
    void theSchemaListsExactlyTheFieldsTheReaderAccepts() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/io/github/acs4j/roster/roster.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Map<String, Object> full = new Yaml().load(FULL);
        JsonNode props = schema.get("properties");
        assertEquals(names(props), new TreeSet<>(full.keySet()));
        assertEquals(names(props.get("people").get("items").get("properties")), keys(first(full.get("people"))));
        assertEquals(names(props.get("groups").get("items").get("properties")), keys(first(full.get("groups"))));
        Map<?, ?> products = (Map<?, ?>) full.get("products");
        assertEquals(names(props.get("products").get("properties")), keys(products));
        for (Object product : products.keySet()) {
            assertEquals(names(props.get("products").get("properties").get((String) product).get("properties")),
                    keys(products.get(product)), "products." + product);
        }
        assertEquals(names(props.get("retired").get("properties")), keys(full.get("retired")));
    }

    private static TreeSet<String> names(JsonNode properties) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static TreeSet<String> keys(Object map) {
        TreeSet<String> out = new TreeSet<>();
        for (Object k : ((Map<?, ?>) map).keySet()) {
            out.add((String) k);
        }
        return out;
    }

    private static Object first(Object list) {
        return ((List<?>) list).get(0);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
