package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** The answer to {@code RenamePet}. */
public final class RenamePetResponse extends PetsResponse {
    private final Pet pet;

    private RenamePetResponse(Builder b) {
        super(b);
        this.pet = b.pet;
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
     * @return {@code Pet}: the pet now
     */
    public Pet pet() {
        return pet;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RenamePetResponse)) {
            return false;
        }
        RenamePetResponse x = (RenamePetResponse) o;
        return petsEquals(x)
                && Objects.equals(pet, x.pet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), code(), pet);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("RenamePetResponse").add("requestId", requestId())
                .add("code", code())
                .add("pet", pet).build();
    }

    /** Builder for {@link RenamePetResponse}. */
    public static final class Builder extends PetsResponse.Builder<Builder, RenamePetResponse> {
        private Pet pet;

        private Builder() {
        }

        private Builder(RenamePetResponse x) {
            super(x);
            this.pet = x.pet;
        }

        /**
         * @param v {@code Pet}: the pet now
         * @return this
         */
        public Builder pet(Pet v) {
            this.pet = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public RenamePetResponse build() {
            return new RenamePetResponse(this);
        }
    }
}
