package example.pets.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Updates a pet's profile (REST-style). */
public final class UpdatePetProfileRequest {
    private final String petId;
    private final String traceId;
    private final Boolean dryRun;
    private final String nickname;
    private final Long weight;
    private final List<String> labels;
    private final String vetEmail;
    private final Owner owner;
    private final List<Collar> collars;

    private UpdatePetProfileRequest(Builder b) {
        this.petId = b.petId;
        this.traceId = b.traceId;
        this.dryRun = b.dryRun;
        this.nickname = b.nickname;
        this.weight = b.weight;
        this.labels = b.labels == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.labels));
        this.vetEmail = b.vetEmail;
        this.owner = b.owner;
        this.collars = b.collars == null ? Collections.<Collar>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.collars));
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
     * @return {@code petId}: the pet. Required. Length 1 to 64 characters.
     */
    public String petId() {
        return petId;
    }

    /**
     * @return {@code x-acs-pets-trace}: a trace ID, signed as an x-acs header. Optional.
     */
    public String traceId() {
        return traceId;
    }

    /**
     * @return {@code dryRun}: only check the change. Optional.
     */
    public Boolean dryRun() {
        return dryRun;
    }

    /**
     * @return {@code nickname}: the new nickname. Optional. Length at most 20 characters.
     */
    public String nickname() {
        return nickname;
    }

    /**
     * @return {@code weight}: weight in grams. Optional.
     */
    public Long weight() {
        return weight;
    }

    /**
     * @return {@code labels}: labels. Optional. Sent as {@code labels.1}, {@code labels.2}, ...
     */
    public List<String> labels() {
        return labels;
    }

    /**
     * @return {@code vetEmail}: the vet's e-mail. Optional. An e-mail address.
     */
    public String vetEmail() {
        return vetEmail;
    }

    /**
     * @return {@code owner}: the owner, a nested object. Optional.
     */
    public Owner owner() {
        return owner;
    }

    /**
     * @return {@code collars}: collars, a list of objects. Optional. Sent as {@code collars.1}, {@code collars.2},
     * ...
     */
    public List<Collar> collars() {
        return collars;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpdatePetProfileRequest)) {
            return false;
        }
        UpdatePetProfileRequest x = (UpdatePetProfileRequest) o;
        return Objects.equals(petId, x.petId)
                && Objects.equals(traceId, x.traceId)
                && Objects.equals(dryRun, x.dryRun)
                && Objects.equals(nickname, x.nickname)
                && Objects.equals(weight, x.weight)
                && Objects.equals(labels, x.labels)
                && Objects.equals(vetEmail, x.vetEmail)
                && Objects.equals(owner, x.owner)
                && Objects.equals(collars, x.collars);
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, traceId, dryRun, nickname, weight, labels, vetEmail, owner, collars);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("UpdatePetProfileRequest")
                .add("petId", petId)
                .add("traceId", traceId)
                .add("dryRun", dryRun)
                .add("nickname", nickname)
                .add("weight", weight)
                .add("labels", labels)
                .add("vetEmail", Redact.email(vetEmail))
                .add("owner", owner)
                .add("collars", collars).build();
    }

    /** Builder for {@link UpdatePetProfileRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String petId;
        private String traceId;
        private Boolean dryRun;
        private String nickname;
        private Long weight;
        private List<String> labels;
        private String vetEmail;
        private Owner owner;
        private List<Collar> collars;

        private Builder() {
        }

        private Builder(UpdatePetProfileRequest x) {
            this.petId = x.petId;
            this.traceId = x.traceId;
            this.dryRun = x.dryRun;
            this.nickname = x.nickname;
            this.weight = x.weight;
            this.labels = x.labels;
            this.vetEmail = x.vetEmail;
            this.owner = x.owner;
            this.collars = x.collars;
        }

        /**
         * @param v {@code petId}: the pet. Required. Length 1 to 64 characters.
         * @return this
         */
        public Builder petId(String v) {
            this.petId = v;
            return this;
        }

        /**
         * @param v {@code x-acs-pets-trace}: a trace ID, signed as an x-acs header. Optional.
         * @return this
         */
        public Builder traceId(String v) {
            this.traceId = v;
            return this;
        }

        /**
         * @param v {@code dryRun}: only check the change. Optional.
         * @return this
         */
        public Builder dryRun(Boolean v) {
            this.dryRun = v;
            return this;
        }

        /**
         * @param v {@code nickname}: the new nickname. Optional. Length at most 20 characters.
         * @return this
         */
        public Builder nickname(String v) {
            this.nickname = v;
            return this;
        }

        /**
         * @param v {@code weight}: weight in grams. Optional.
         * @return this
         */
        public Builder weight(Long v) {
            this.weight = v;
            return this;
        }

        /**
         * @param v {@code labels}: labels. Optional. Sent as {@code labels.1}, {@code labels.2}, ...
         * @return this
         */
        public Builder labels(List<String> v) {
            this.labels = v;
            return this;
        }

        /**
         * @param v {@code labels}: labels. Optional. Sent as {@code labels.1}, {@code labels.2}, ...
         * @return this
         */
        public Builder labels(String... v) {
            this.labels = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code vetEmail}: the vet's e-mail. Optional. An e-mail address.
         * @return this
         */
        public Builder vetEmail(String v) {
            this.vetEmail = v;
            return this;
        }

        /**
         * @param v {@code owner}: the owner, a nested object. Optional.
         * @return this
         */
        public Builder owner(Owner v) {
            this.owner = v;
            return this;
        }

        /**
         * @param v {@code collars}: collars, a list of objects. Optional. Sent as {@code collars.1}, {@code
         * collars.2}, ...
         * @return this
         */
        public Builder collars(List<Collar> v) {
            this.collars = v;
            return this;
        }

        /**
         * @param v {@code collars}: collars, a list of objects. Optional. Sent as {@code collars.1}, {@code
         * collars.2}, ...
         * @return this
         */
        public Builder collars(Collar... v) {
            this.collars = v == null ? null : Arrays.asList(v);
            return this;
        }

        /** @return the object */
        public UpdatePetProfileRequest build() {
            return new UpdatePetProfileRequest(this);
        }
    }
}
