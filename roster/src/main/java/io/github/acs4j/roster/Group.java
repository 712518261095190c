package io.github.acs4j.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A named group of roster people (a CloudMonitor contact group). Immutable. */
public final class Group {
    private final String name;
    private final String description;
    private final List<String> members;

    private Group(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.description = b.description;
        this.members = Collections.unmodifiableList(new ArrayList<>(b.members));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this group's values */
    public Builder toBuilder() {
        return new Builder().name(name).description(description).members(members);
    }

    /** @return the group name */
    public String name() {
        return name;
    }

    /** @return the description, or {@code null} */
    public String description() {
        return description;
    }

    /** @return the names of the members, people of the roster */
    public List<String> members() {
        return members;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Group)) {
            return false;
        }
        Group g = (Group) o;
        return name.equals(g.name) && Objects.equals(description, g.description) && members.equals(g.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, members);
    }

    @Override
    public String toString() {
        return "Group{name=" + name + ", members=" + members + "}";
    }

    /** Builds a {@link Group}. */
    public static final class Builder {
        private String name;
        private String description;
        private List<String> members = new ArrayList<>();

        private Builder() {
        }

        /** @param v the name @return this */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /** @param v the description @return this */
        public Builder description(String v) {
            this.description = v;
            return this;
        }

        /** @param v the members' names @return this */
        public Builder members(List<String> v) {
            this.members = new ArrayList<>(v);
            return this;
        }

        /** @return the group */
        public Group build() {
            return new Group(this);
        }
    }
}
