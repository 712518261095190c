package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** The answer to {@code CreatePet}. */
public final class CreatePetResponse extends PetsResponse {
    private final String petId;

    private CreatePetResponse(Builder b) {
        super(b);
        this.petId = b.petId;
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
     * @return {@code PetId}: the new pet's ID
     */
    public String petId() {
        return petId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CreatePetResponse)) {
            return false;
        }
        CreatePetResponse x = (CreatePetResponse) o;
        return petsEquals(x)
                && Objects.equals(petId, x.petId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), code(), petId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CreatePetResponse").add("requestId", requestId())
                .add("code", code())
                .add("petId", petId).build();
    }

    /** Builder for {@link CreatePetResponse}. */
    public static final class Builder extends PetsResponse.Builder<Builder, CreatePetResponse> {
        private String petId;

        private Builder() {
        }

        private Builder(CreatePetResponse x) {
            super(x);
            this.petId = x.petId;
        }

        /**
         * @param v {@code PetId}: the new pet's ID
         * @return this
         */
        public Builder petId(String v) {
            this.petId = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public CreatePetResponse build() {
            return new CreatePetResponse(this);
        }
    }
}
