package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** Renames a pet. */
public final class RenamePetRequest {
    private final Long petId;
    private final String name;

    private RenamePetRequest(Builder b) {
        this.petId = b.petId;
        this.name = b.name;
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
     * @return {@code PetId}: the pet. Required.
     */
    public Long petId() {
        return petId;
    }

    /**
     * @return {@code Name}: the new name. Optional.
     */
    public String name() {
        return name;
    }

    /**
     * Starts from a pet as read.
     * @param current the item as it is now
     * @return a builder holding the item's values
     */
    public static Builder builderFrom(Pet current) {
        return new Builder()
                .petId(current.petId())
                .name(current.name());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RenamePetRequest)) {
            return false;
        }
        RenamePetRequest x = (RenamePetRequest) o;
        return Objects.equals(petId, x.petId)
                && Objects.equals(name, x.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, name);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("RenamePetRequest")
                .add("petId", petId)
                .add("name", name).build();
    }

    /** Builder for {@link RenamePetRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private Long petId;
        private String name;

        private Builder() {
        }

        private Builder(RenamePetRequest x) {
            this.petId = x.petId;
            this.name = x.name;
        }

        /**
         * @param v {@code PetId}: the pet. Required.
         * @return this
         */
        public Builder petId(Long v) {
            this.petId = v;
            return this;
        }

        /**
         * @param v {@code Name}: the new name. Optional.
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /** @return the object */
        public RenamePetRequest build() {
            return new RenamePetRequest(this);
        }
    }
}
