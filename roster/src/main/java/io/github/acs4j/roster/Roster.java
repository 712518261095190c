package io.github.acs4j.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One on-call roster: people, groups, and per product what they become. Load one with {@link #load(Path)};
 * {@link RosterSync} plans and applies it. Immutable.
 *
 * <p>A contact is <em>managed</em> by the roster when its name is the name of a person (or group) of the
 * roster, or is listed under {@code retired}: the roster updates the first and deletes the second. Any other
 * contact was made by someone else and is left alone, unless the user asks for {@code --prune}
 * ({@link RosterSync.Builder#prune(boolean)}).
 */
public final class Roster {
    private final String name;
    private final List<Person> people;
    private final List<Group> groups;
    private final Map<Product, ProductSettings> products;
    private final List<String> retiredPeople;
    private final List<String> retiredGroups;

    private Roster(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.people = Collections.unmodifiableList(new ArrayList<>(b.people));
        this.groups = Collections.unmodifiableList(new ArrayList<>(b.groups));
        Map<Product, ProductSettings> p = new EnumMap<>(Product.class);
        p.putAll(b.products);
        this.products = Collections.unmodifiableMap(p);
        this.retiredPeople = Collections.unmodifiableList(new ArrayList<>(b.retiredPeople));
        this.retiredGroups = Collections.unmodifiableList(new ArrayList<>(b.retiredGroups));
    }

    /**
     * Reads and checks a roster file (YAML, schema {@code roster.schema.json}).
     *
     * @param path the file
     * @return the roster
     * @throws InvalidRosterException naming file, line, column, field and rule of every problem found
     */
    public static Roster load(Path path) {
        return RosterReader.read(path);
    }

    /**
     * Reads and checks a roster from text.
     *
     * @param source the name used in error messages (a file name)
     * @param yaml the roster as YAML
     * @return the roster
     * @throws InvalidRosterException naming source, line, column, field and rule of every problem found
     */
    public static Roster parse(String source, String yaml) {
        return RosterReader.parse(source, yaml);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this roster's values */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).people(people).groups(groups).retiredPeople(retiredPeople)
                .retiredGroups(retiredGroups);
        b.products.putAll(products);
        return b;
    }

    /** @return the roster's name */
    public String name() {
        return name;
    }

    /** @return the people, in file order */
    public List<Person> people() {
        return people;
    }

    /** @return the groups, in file order */
    public List<Group> groups() {
        return groups;
    }

    /** @return what each listed product receives; products not listed are neither read nor written */
    public Map<Product, ProductSettings> products() {
        return products;
    }

    /** @return names of people who left: their contacts are deleted from every listed product */
    public List<String> retiredPeople() {
        return retiredPeople;
    }

    /** @return names of groups that are gone: deleted from every listed product */
    public List<String> retiredGroups() {
        return retiredGroups;
    }

    /**
     * The people one product receives.
     *
     * @param product a product
     * @return its people, in file order; empty when the product is not listed
     */
    public List<Person> peopleFor(Product product) {
        ProductSettings s = products.get(product);
        List<Person> out = new ArrayList<>();
        if (s != null) {
            for (Person p : people) {
                if (s.contacts() == null || s.contacts().contains(p.name())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The groups one product receives, each holding only those of its members who are contacts there.
     *
     * @param product a product
     * @return its groups, in file order; empty when the product is not listed
     */
    public List<Group> groupsFor(Product product) {
        ProductSettings s = products.get(product);
        List<Group> out = new ArrayList<>();
        if (s == null || product == Product.RESOURCE_DIRECTORY) {
            return out;
        }
        java.util.Set<String> contacts = new java.util.HashSet<>();
        for (Person p : peopleFor(product)) {
            contacts.add(p.name());
        }
        for (Group g : groups) {
            if (s.groups() == null || s.groups().contains(g.name())) {
                List<String> members = new ArrayList<>(g.members());
                members.retainAll(contacts);
                out.add(g.toBuilder().members(members).build());
            }
        }
        return out;
    }

    /**
     * This roster as YAML, in the layout {@link #load(Path)} reads.
     *
     * @return the YAML text
     */
    public String toYaml() {
        return RosterWriter.write(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Roster)) {
            return false;
        }
        Roster r = (Roster) o;
        return name.equals(r.name) && people.equals(r.people) && groups.equals(r.groups)
                && products.equals(r.products) && retiredPeople.equals(r.retiredPeople)
                && retiredGroups.equals(r.retiredGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, people, groups, products);
    }

    @Override
    public String toString() {
        return "Roster{name=" + name + ", people=" + people.size() + ", groups=" + groups.size() + ", products="
                + products.keySet() + "}";
    }

    /** Builds a {@link Roster}. */
    public static final class Builder {
        private String name;
        private List<Person> people = new ArrayList<>();
        private List<Group> groups = new ArrayList<>();
        private final Map<Product, ProductSettings> products = new LinkedHashMap<>();
        private List<String> retiredPeople = new ArrayList<>();
        private List<String> retiredGroups = new ArrayList<>();

        private Builder() {
        }

        /** @param v the roster's name @return this */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /** @param v the people @return this */
        public Builder people(List<Person> v) {
            this.people = new ArrayList<>(v);
            return this;
        }

        /** @param v the groups @return this */
        public Builder groups(List<Group> v) {
            this.groups = new ArrayList<>(v);
            return this;
        }

        /** @param product a product @param settings what it receives @return this */
        public Builder product(Product product, ProductSettings settings) {
            this.products.put(product, settings);
            return this;
        }

        /** @param v names of people who left @return this */
        public Builder retiredPeople(List<String> v) {
            this.retiredPeople = new ArrayList<>(v);
            return this;
        }

        /** @param v names of groups that are gone @return this */
        public Builder retiredGroups(List<String> v) {
            this.retiredGroups = new ArrayList<>(v);
            return this;
        }

        /** @return the roster (not checked: {@link Roster#load(Path)} checks files) */
        public Roster build() {
            return new Roster(this);
        }
    }
}
