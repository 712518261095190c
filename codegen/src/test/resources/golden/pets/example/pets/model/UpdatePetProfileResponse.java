package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** The answer to {@code UpdatePetProfile}. */
public final class UpdatePetProfileResponse extends PetsResponse {
    private final String petId;

    private UpdatePetProfileResponse(Builder b) {
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
     * @return {@code petId}: the pet
     */
    public String petId() {
        return petId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdatePetProfileResponse)) {
            return false;
        }
        UpdatePetProfileResponse x = (UpdatePetProfileResponse) o;
        return petsEquals(x)
                && Objects.equals(petId, x.petId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), code(), petId);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("UpdatePetProfileResponse").add("requestId", requestId())
                .add("code", code())
                .add("petId", petId).build();
    }

    /** Builder for {@link UpdatePetProfileResponse}. */
    public static final class Builder extends PetsResponse.Builder<Builder, UpdatePetProfileResponse> {
        private String petId;

        private Builder() {
        }

        private Builder(UpdatePetProfileResponse x) {
            super(x);
            this.petId = x.petId;
        }

        /**
         * @param v {@code petId}: the pet
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
        public UpdatePetProfileResponse build() {
            return new UpdatePetProfileResponse(this);
        }
    }
}
