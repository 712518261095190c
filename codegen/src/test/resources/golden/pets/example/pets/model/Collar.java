package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A collar, written into a JSON body. */
public final class Collar {
    private final String colour;
    private final Integer size;
    private final List<String> studs;
    private final Owner owner;

    private Collar(Builder b) {
        this.colour = b.colour;
        this.size = b.size;
        this.studs = b.studs == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.studs));
        this.owner = b.owner;
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
     * @return {@code colour}: its colour
     */
    public String colour() {
        return colour;
    }

    /**
     * @return {@code size}: its size
     */
    public Integer size() {
        return size;
    }

    /**
     * @return {@code studs[]}: its studs; never null
     */
    public List<String> studs() {
        return studs;
    }

    /**
     * @return {@code owner}: who bought it
     */
    public Owner owner() {
        return owner;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Collar)) {
            return false;
        }
        Collar x = (Collar) o;
        return Objects.equals(colour, x.colour)
                && Objects.equals(size, x.size)
                && Objects.equals(studs, x.studs)
                && Objects.equals(owner, x.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(colour, size, studs, owner);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("Collar")
                .add("colour", colour)
                .add("size", size)
                .add("studs", studs)
                .add("owner", owner).build();
    }

    /** Builder for {@link Collar}. */
    public static final class Builder {
        private String colour;
        private Integer size;
        private List<String> studs;
        private Owner owner;

        private Builder() {
        }

        private Builder(Collar x) {
            this.colour = x.colour;
            this.size = x.size;
            this.studs = x.studs;
            this.owner = x.owner;
        }

        /**
         * @param v {@code colour}: its colour
         * @return this
         */
        public Builder colour(String v) {
            this.colour = v;
            return this;
        }

        /**
         * @param v {@code size}: its size
         * @return this
         */
        public Builder size(Integer v) {
            this.size = v;
            return this;
        }

        /**
         * @param v {@code studs[]}: its studs; never null
         * @return this
         */
        public Builder studs(List<String> v) {
            this.studs = v;
            return this;
        }

        /**
         * @param v {@code studs[]}: its studs; never null
         * @return this
         */
        public Builder studs(String... v) {
            this.studs = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code owner}: who bought it
         * @return this
         */
        public Builder owner(Owner v) {
            this.owner = v;
            return this;
        }

        /** @return the object */
        public Collar build() {
            return new Collar(this);
        }
    }
}
