package io.github.acs4j.roster;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a roster file through SnakeYAML's node tree, whose nodes keep their line and column, and checks it
 * against the rules of {@code roster.schema.json} and of the products, collecting every problem.
 */
final class RosterReader {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("([0-9]{1,4}-)?[0-9]{5,15}");
    private static final Pattern WEBHOOK = Pattern.compile("https?://\\S+");
    /** Resource Directory's rule for a contact name. */
    static final Pattern RD_NAME = Pattern.compile("[A-Za-z\\u4e00-\\u9fa5]{2,12}");
    private static final int MAX_NAME = 64;
    private static final int MAX_MEMBERS = 100;
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList("zh-cn", "en"));

    private final String file;
    private final List<RosterProblem> problems = new ArrayList<>();

    private RosterReader(String file) {
        this.file = file;
    }

    static Roster read(Path path) {
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRosterException(java.util.Collections.singletonList(
                    new RosterProblem(path.toString(), 0, 0, "(file)", "cannot be read: " + e.getClass().getSimpleName())));
        }
        return parse(path.toString(), text);
    }

    static Roster parse(String source, String yaml) {
        return new RosterReader(source).parse(yaml);
    }

    private Roster parse(String yaml) {
        if (yaml.startsWith("\uFEFF")) {
            yaml = yaml.substring(1);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            // the parser's own message quotes the text it stopped at: name the problem only
            throw new InvalidRosterException(java.util.Collections.singletonList(new RosterProblem(file,
                    m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "(syntax)",
                    "not valid YAML: " + e.getProblem())));
        }
        if (root == null) {
            throw fail(new RosterProblem(file, 1, 1, "(root)", "the file is empty"));
        }
        MappingNode top = mapping(root, "(root)");
        if (top == null) {
            throw new InvalidRosterException(problems);
        }
        Map<String, NodeTuple> keys = keys(top, "", "roster", "people", "groups", "products", "retired");
        Roster.Builder b = Roster.builder();
        String name = requiredString(keys, top, "", "roster");
        b.name(name == null ? "" : name);
        List<Person> people = people(keys.get("people"), top);
        b.people(people);
        Set<String> personNames = new LinkedHashSet<>();
        for (Person p : people) {
            personNames.add(p.name());
        }
        List<Group> groups = groups(keys.get("groups"), personNames);
        b.groups(groups);
        Set<String> groupNames = new LinkedHashSet<>();
        for (Group g : groups) {
            groupNames.add(g.name());
        }
        Map<Product, ProductSettings> products = products(keys.get("products"), top, personNames, groupNames);
        for (Map.Entry<Product, ProductSettings> e : products.entrySet()) {
            b.product(e.getKey(), e.getValue());
        }
        retired(keys.get("retired"), b, personNames, groupNames);
        Roster roster = b.build();
        checkResourceDirectory(roster, keys.get("people"));
        if (!problems.isEmpty()) {
            throw new InvalidRosterException(problems);
        }
        return roster;
    }

    private List<Person> people(NodeTuple tuple, MappingNode top) {
        List<Person> out = new ArrayList<>();
        if (tuple == null) {
            problem(top, "people", "required: a list of people");
            return out;
        }
        SequenceNode list = sequence(tuple.getValueNode(), "people");
        if (list == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            String path = "people[" + i + "]";
            MappingNode m = mapping(list.getValue().get(i), path);
            if (m == null) {
                continue;
            }
            Map<String, NodeTuple> k = keys(m, path + ".", "name", "email", "phone", "dingtalk", "language",
                    "description", "title", "messageTypes");
            String name = name(k, m, path, seen);
            Person.Builder p = Person.builder().name(name == null ? "" : name);
            String email = optionalString(k, path, "email");
            if (email != null && !EMAIL.matcher(email).matches()) {
                problem(k.get("email").getValueNode(), path + ".email", "must be an e-mail address, was " + Redact.email(email));
            }
            String phone = optionalString(k, path, "phone");
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problem(k.get("phone").getValueNode(), path + ".phone",
                        "must be 5-15 digits, optionally after a country code and a dash (86-13800001234), was " + Redact.phone(phone));
            }
            String dingtalk = optionalString(k, path, "dingtalk");
            if (dingtalk != null && !WEBHOOK.matcher(dingtalk).matches()) {
                problem(k.get("dingtalk").getValueNode(), path + ".dingtalk", "must be an http(s) URL, was "
                        + Redact.webhook(dingtalk));
            }
            if (email == null && phone == null && dingtalk == null) {
                problem(m, path, "needs at least one of email, phone, dingtalk");
            }
            String language = optionalString(k, path, "language");
            if (language != null && !LANGUAGES.contains(language)) {
                problem(k.get("language").getValueNode(), path + ".language", "must be zh-cn or en, was " + language);
            }
            String title = optionalString(k, path, "title");
            checkTitle(k.get("title"), path + ".title", title);
            List<String> types = messageTypes(k.get("messageTypes"), path + ".messageTypes");
            out.add(p.email(email).phone(phone).dingtalk(dingtalk).language(language)
                    .description(optionalString(k, path, "description")).title(title).messageTypes(types).build());
        }
        return out;
    }

    private List<Group> groups(NodeTuple tuple, Set<String> personNames) {
        List<Group> out = new ArrayList<>();
        if (tuple == null) {
            return out;
        }
        SequenceNode list = sequence(tuple.getValueNode(), "groups");
        if (list == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            String path = "groups[" + i + "]";
            MappingNode m = mapping(list.getValue().get(i), path);
            if (m == null) {
                continue;
            }
            Map<String, NodeTuple> k = keys(m, path + ".", "name", "description", "members");
            String name = name(k, m, path, seen);
            List<String> members = new ArrayList<>();
            NodeTuple mt = k.get("members");
            if (mt == null) {
                problem(m, path + ".members", "required: a list of people's names");
            } else {
                List<String> names = strings(mt.getValueNode(), path + ".members");
                if (names.size() > MAX_MEMBERS) {
                    problem(mt.getValueNode(), path + ".members", "at most " + MAX_MEMBERS
                            + " members (CloudMonitor's limit for a contact group), was " + names.size());
                }
                members.addAll(names);
                references(mt.getValueNode(), path + ".members", names, personNames, "a person of the roster");
            }
            out.add(Group.builder().name(name == null ? "" : name).description(optionalString(k, path, "description"))
                    .members(members).build());
        }
        return out;
    }

    private Map<Product, ProductSettings> products(NodeTuple tuple, MappingNode top, Set<String> personNames,
                                                   Set<String> groupNames) {
        Map<Product, ProductSettings> out = new LinkedHashMap<>();
        if (tuple == null) {
            problem(top, "products", "required: at least one of cms, arms, resourceDirectory");
            return out;
        }
        MappingNode m = mapping(tuple.getValueNode(), "products");
        if (m == null) {
            return out;
        }
        Map<String, NodeTuple> k = keys(m, "products.", "cms", "arms", "resourceDirectory");
        if (k.isEmpty()) {
            problem(m, "products", "needs at least one of cms, arms, resourceDirectory");
        }
        for (Map.Entry<String, NodeTuple> e : k.entrySet()) {
            Product product = Product.fromKey(e.getKey());
            String path = "products." + e.getKey();
            Node value = e.getValue().getValueNode();
            ProductSettings.Builder s = ProductSettings.builder();
            if (value instanceof ScalarNode && ((ScalarNode) value).getValue().isEmpty()) {
                out.put(product, s.build()); // `cms:` alone: everyone, every group
                continue;
            }
            MappingNode pm = mapping(value, path);
            if (pm == null) {
                continue;
            }
            Map<String, NodeTuple> pk = product == Product.RESOURCE_DIRECTORY
                    ? keys(pm, path + ".", "contacts", "title", "messageTypes")
                    : product == Product.ARMS ? keys(pm, path + ".", "contacts", "groups", "variant")
                    : keys(pm, path + ".", "contacts", "groups");
            s.contacts(selection(pk.get("contacts"), path + ".contacts", personNames, "a person of the roster"));
            s.groups(selection(pk.get("groups"), path + ".groups", groupNames, "a group of the roster"));
            String variant = optionalString(pk, path, "variant");
            if (variant != null && !"alert".equals(variant) && !"notification-center".equals(variant)) {
                problem(pk.get("variant").getValueNode(), path + ".variant",
                        "must be alert or notification-center, was " + variant);
            }
            String title = optionalString(pk, path, "title");
            checkTitle(pk.get("title"), path + ".title", title);
            s.title(title).messageTypes(messageTypes(pk.get("messageTypes"), path + ".messageTypes")).variant(variant);
            out.put(product, s.build());
        }
        return out;
    }

    private void retired(NodeTuple tuple, Roster.Builder b, Set<String> personNames, Set<String> groupNames) {
        if (tuple == null) {
            return;
        }
        MappingNode m = mapping(tuple.getValueNode(), "retired");
        if (m == null) {
            return;
        }
        Map<String, NodeTuple> k = keys(m, "retired.", "people", "groups");
        if (k.containsKey("people")) {
            List<String> names = strings(k.get("people").getValueNode(), "retired.people");
            notIn(k.get("people").getValueNode(), "retired.people", names, personNames, "people");
            b.retiredPeople(names);
        }
        if (k.containsKey("groups")) {
            List<String> names = strings(k.get("groups").getValueNode(), "retired.groups");
            notIn(k.get("groups").getValueNode(), "retired.groups", names, groupNames, "groups");
            b.retiredGroups(names);
        }
    }

    /** Resource Directory's own rules, for the people it receives. */
    private void checkResourceDirectory(Roster roster, NodeTuple peopleTuple) {
        ProductSettings rd = roster.products().get(Product.RESOURCE_DIRECTORY);
        if (rd == null || peopleTuple == null || !(peopleTuple.getValueNode() instanceof SequenceNode)) {
            return;
        }
        List<Node> nodes = ((SequenceNode) peopleTuple.getValueNode()).getValue();
        for (int i = 0; i < roster.people().size() && i < nodes.size(); i++) {
            Person p = roster.people().get(i);
            if (rd.contacts() != null && !rd.contacts().contains(p.name())) {
                continue;
            }
            String path = "people[" + i + "]";
            if (!RD_NAME.matcher(p.name()).matches()) {
                problem(nodes.get(i), path + ".name", "Resource Directory needs 2-12 letters or Chinese "
                        + "characters (the person is in products.resourceDirectory), was " + p.name());
            }
            if (p.email() == null) {
                problem(nodes.get(i), path + ".email", "required for Resource Directory");
            }
            if (p.title() == null && rd.title() == null) {
                problem(nodes.get(i), path + ".title", "required for Resource Directory (here or in products.resourceDirectory.title)");
            }
            if (p.messageTypes() == null && rd.messageTypes() == null) {
                problem(nodes.get(i), path + ".messageTypes",
                        "required for Resource Directory (here or in products.resourceDirectory.messageTypes)");
            }
        }
    }

    private String name(Map<String, NodeTuple> k, MappingNode m, String path, Set<String> seen) {
        String name = requiredString(k, m, path + ".", "name");
        if (name == null) {
            return null;
        }
        Node at = k.get("name").getValueNode();
        if (name.trim().isEmpty() || name.length() > MAX_NAME) {
            problem(at, path + ".name", "must be 1-" + MAX_NAME + " characters, not blank");
        } else if (!seen.add(name)) {
            problem(at, path + ".name", "must be unique, " + name + " appears twice");
        }
        return name;
    }

    private void checkTitle(NodeTuple tuple, String path, String title) {
        if (title != null && ContactTitle.fromValue(title) == null) {
            problem(tuple.getValueNode(), path, "must be one of " + String.join(", ", ContactTitle.wireValues())
                    + ", was " + title);
        }
    }

    private List<String> messageTypes(NodeTuple tuple, String path) {
        if (tuple == null) {
            return null;
        }
        List<String> types = strings(tuple.getValueNode(), path);
        if (types.isEmpty()) {
            problem(tuple.getValueNode(), path, "must list at least one message type");
        }
        for (String t : types) {
            if (MessageType.fromValue(t) == null) {
                problem(tuple.getValueNode(), path, "must be among " + String.join(", ", MessageType.wireValues())
                        + ", was " + t);
            }
        }
        return types;
    }

    /** {@code all} (or absent) for everything, else a list of names that must exist. */
    private List<String> selection(NodeTuple tuple, String path, Set<String> known, String what) {
        if (tuple == null) {
            return null;
        }
        Node v = tuple.getValueNode();
        if (v instanceof ScalarNode) {
            if ("all".equals(((ScalarNode) v).getValue())) {
                return null;
            }
            problem(v, path, "must be all or a list of names, was " + ((ScalarNode) v).getValue());
            return null;
        }
        List<String> names = strings(v, path);
        references(v, path, names, known, what);
        return names;
    }

    private void references(Node at, String path, List<String> names, Set<String> known, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!known.contains(n)) {
                problem(at, path, "must name " + what + ", " + n + " is not one");
            } else if (!seen.add(n)) {
                problem(at, path, "lists " + n + " twice");
            }
        }
    }

    private void notIn(Node at, String path, List<String> names, Set<String> current, String what) {
        for (String n : names) {
            if (current.contains(n)) {
                problem(at, path, n + " is retired and also in " + what + "; keep it in one place");
            }
        }
    }

    private Map<String, NodeTuple> keys(MappingNode m, String prefix, String... allowed) {
        Set<String> allow = new HashSet<>(Arrays.asList(allowed));
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            String key = keyNode instanceof ScalarNode ? ((ScalarNode) keyNode).getValue() : null;
            if (key == null || !allow.contains(key)) {
                problem(keyNode, prefix + (key == null ? "?" : key), "unknown field; expected one of "
                        + String.join(", ", allowed));
            } else if (out.put(key, t) != null) {
                problem(keyNode, prefix + key, "appears twice");
            }
        }
        return out;
    }

    private String requiredString(Map<String, NodeTuple> k, Node parent, String prefix, String key) {
        if (!k.containsKey(key)) {
            problem(parent, prefix + key, "required");
            return null;
        }
        return string(k.get(key).getValueNode(), prefix + key);
    }

    private String optionalString(Map<String, NodeTuple> k, String path, String key) {
        NodeTuple t = k.get(key);
        return t == null ? null : string(t.getValueNode(), path + "." + key);
    }

    private String string(Node n, String path) {
        if (!(n instanceof ScalarNode)) {
            problem(n, path, "must be a text value");
            return null;
        }
        String v = ((ScalarNode) n).getValue();
        return v.isEmpty() ? null : v;
    }

    private List<String> strings(Node n, String path) {
        List<String> out = new ArrayList<>();
        SequenceNode s = sequence(n, path);
        if (s != null) {
            for (int i = 0; i < s.getValue().size(); i++) {
                String v = string(s.getValue().get(i), path + "[" + i + "]");
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private MappingNode mapping(Node n, String path) {
        if (n instanceof MappingNode) {
            return (MappingNode) n;
        }
        problem(n, path, "must be a mapping (key: value lines)");
        return null;
    }

    private SequenceNode sequence(Node n, String path) {
        if (n instanceof SequenceNode) {
            return (SequenceNode) n;
        }
        problem(n, path, "must be a list");
        return null;
    }

    private void problem(Node at, String field, String rule) {
        Mark m = at.getStartMark();
        problems.add(new RosterProblem(file, m.getLine() + 1, m.getColumn() + 1, field, rule));
    }

    private InvalidRosterException fail(RosterProblem p) {
        problems.add(p);
        return new InvalidRosterException(problems);
    }
}
