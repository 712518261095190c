package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A pet. */
public final class Pet {
    private final Long petId;
    private final String name;
    private final List<String> tags;
    private final Owner owner;
    private final Instant born;
    private final String extras;

    private Pet(Builder b) {
        this.petId = b.petId;
        this.name = b.name;
        this.tags = b.tags == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.tags));
        this.owner = b.owner;
        this.born = b.born;
        this.extras = b.extras;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this object's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return {@code PetId}: the ID
     */
    public Long petId() {
        return petId;
    }

    /**
     * @return {@code Name}: the name
     */
    public String name() {
        return name;
    }

    /**
     * @return {@code Tags.Tag[]}: the tags; never null
     */
    public List<String> tags() {
        return tags;
    }

    /**
     * @return {@code Owner}: who owns it
     */
    public Owner owner() {
        return owner;
    }

    /**
     * @return {@code Born}: when it was born
     */
    public Instant born() {
        return born;
    }

    /**
     * @return {@code Extras}: extra data: text, or an object kept as its JSON text
     */
    public String extras() {
        return extras;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Pet)) {
            return false;
        }
        Pet x = (Pet) o;
        return Objects.equals(petId, x.petId)
                && Objects.equals(name, x.name)
                && Objects.equals(tags, x.tags)
                && Objects.equals(owner, x.owner)
                && Objects.equals(born, x.born)
                && Objects.equals(extras, x.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, name, tags, owner, born, extras);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("Pet")
                .add("petId", petId)
                .add("name", name)
                .add("tags", tags)
                .add("owner", owner)
                .add("born", born)
                .add("extras", extras).build();
    }

    /** Builder for {@link Pet}. */
    public static final class Builder {
        private Long petId;
        private String name;
        private List<String> tags;
        private Owner owner;
        private Instant born;
        private String extras;

        private Builder() {
        }

        private Builder(Pet x) {
            this.petId = x.petId;
            this.name = x.name;
            this.tags = x.tags;
            this.owner = x.owner;
            this.born = x.born;
            this.extras = x.extras;
        }

        /**
         * @param v {@code PetId}: the ID
         * @return this
         */
        public Builder petId(Long v) {
            this.petId = v;
            return this;
        }

        /**
         * @param v {@code Name}: the name
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code Tags.Tag[]}: the tags; never null
         * @return this
         */
        public Builder tags(List<String> v) {
            this.tags = v;
            return this;
        }

        /**
         * @param v {@code Tags.Tag[]}: the tags; never null
         * @return this
         */
        public Builder tags(String... v) {
            this.tags = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Owner}: who owns it
         * @return this
         */
        public Builder owner(Owner v) {
            this.owner = v;
            return this;
        }

        /**
         * @param v {@code Born}: when it was born
         * @return this
         */
        public Builder born(Instant v) {
            this.born = v;
            return this;
        }

        /**
         * @param v {@code Extras}: extra data: text, or an object kept as its JSON text
         * @return this
         */
        public Builder extras(String v) {
            this.extras = v;
            return this;
        }

        /** @return the object */
        public Pet build() {
            return new Pet(this);
        }
    }
}
