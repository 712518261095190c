package example.pets.model;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Creates a pet. */
public final class CreatePetRequest {
    private final String name;
    private final String species;
    private final List<String> colours;
    private final List<Long> friends;
    private final List<String> nicknames;
    private final List<String> kinds;
    private final String ownerEmail;
    private final String ownerPhone;
    private final Integer age;
    private final Long petId;
    private final List<Long> toyIds;
    private final List<String> guardians;

    private CreatePetRequest(Builder b) {
        this.name = b.name;
        this.species = b.species;
        this.colours = b.colours == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.colours));
        this.friends = b.friends == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.friends));
        this.nicknames = b.nicknames == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.nicknames));
        this.kinds = b.kinds == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.kinds));
        this.ownerEmail = b.ownerEmail;
        this.ownerPhone = b.ownerPhone;
        this.age = b.age;
        this.petId = b.petId;
        this.toyIds = b.toyIds == null ? Collections.<Long>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.toyIds));
        this.guardians = b.guardians == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.guardians));
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
     * @return {@code Name}: the name. Required. Length 2 to 12 characters. Rule: letters only.
     */
    public String name() {
        return name;
    }

    /**
     * @return {@code Species}: the species. Required. Allowed values: {@code Cat}, {@code Dog}.
     */
    public String species() {
        return species;
    }

    /**
     * @return {@code Colours}: colours. Optional. 1 to 3 entries. No entry twice. Allowed values: {@code black},
     * {@code white}. Sent as {@code Colours.1}, {@code Colours.2}, ...
     */
    public List<String> colours() {
        return colours;
    }

    /**
     * @return {@code Friends}: friend IDs. Optional. Sent as one parameter holding a JSON array.
     */
    public List<Long> friends() {
        return friends;
    }

    /**
     * @return {@code Nicknames}: other names. Optional. Sent as one parameter, entries separated by {@code ,}.
     */
    public List<String> nicknames() {
        return nicknames;
    }

    /**
     * @return {@code Kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as {@code Kinds.1},
     * {@code Kinds.2}, ...
     */
    public List<String> kinds() {
        return kinds;
    }

    /**
     * @return {@code OwnerEmail}: owner's e-mail. Optional. An e-mail address.
     */
    public String ownerEmail() {
        return ownerEmail;
    }

    /**
     * @return {@code OwnerPhone}: owner's phone. Optional. Format {@code <country code>-<number>}.
     */
    public String ownerPhone() {
        return ownerPhone;
    }

    /**
     * @return {@code Age}: age in years. Optional. Value 0 to 40.
     */
    public Integer age() {
        return age;
    }

    /**
     * @return {@code PetId}: the pet this one replaces; null creates another. Optional.
     */
    public Long petId() {
        return petId;
    }

    /**
     * @return {@code ToyIds}: toy IDs, space-separated. Optional. Sent as one parameter, entries separated by
     * {@code  }.
     */
    public List<Long> toyIds() {
        return toyIds;
    }

    /**
     * @return {@code Guardians}: who else to call, as mobile numbers. Optional. Sent as {@code Guardians.1},
     * {@code Guardians.2}, ...
     */
    public List<String> guardians() {
        return guardians;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CreatePetRequest)) {
            return false;
        }
        CreatePetRequest x = (CreatePetRequest) o;
        return Objects.equals(name, x.name)
                && Objects.equals(species, x.species)
                && Objects.equals(colours, x.colours)
                && Objects.equals(friends, x.friends)
                && Objects.equals(nicknames, x.nicknames)
                && Objects.equals(kinds, x.kinds)
                && Objects.equals(ownerEmail, x.ownerEmail)
                && Objects.equals(ownerPhone, x.ownerPhone)
                && Objects.equals(age, x.age)
                && Objects.equals(petId, x.petId)
                && Objects.equals(toyIds, x.toyIds)
                && Objects.equals(guardians, x.guardians);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, species, colours, friends, nicknames, kinds, ownerEmail, ownerPhone, age, petId, toyIds, guardians);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("CreatePetRequest")
                .add("name", name)
                .add("species", species)
                .add("colours", colours)
                .add("friends", friends)
                .add("nicknames", nicknames)
                .add("kinds", kinds)
                .add("ownerEmail", Redact.email(ownerEmail))
                .add("ownerPhone", Redact.phone(ownerPhone))
                .add("age", age)
                .add("petId", petId)
                .add("toyIds", toyIds)
                .add("guardians", guardians.isEmpty() ? guardians : Redact.HIDDEN).build();
    }

    /** Builder for {@link CreatePetRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String name;
        private String species;
        private List<String> colours;
        private List<Long> friends;
        private List<String> nicknames;
        private List<String> kinds;
        private String ownerEmail;
        private String ownerPhone;
        private Integer age;
        private Long petId;
        private List<Long> toyIds;
        private List<String> guardians;

        private Builder() {
        }

        private Builder(CreatePetRequest x) {
            this.name = x.name;
            this.species = x.species;
            this.colours = x.colours;
            this.friends = x.friends;
            this.nicknames = x.nicknames;
            this.kinds = x.kinds;
            this.ownerEmail = x.ownerEmail;
            this.ownerPhone = x.ownerPhone;
            this.age = x.age;
            this.petId = x.petId;
            this.toyIds = x.toyIds;
            this.guardians = x.guardians;
        }

        /**
         * @param v {@code Name}: the name. Required. Length 2 to 12 characters. Rule: letters only.
         * @return this
         */
        public Builder name(String v) {
            this.name = v;
            return this;
        }

        /**
         * @param v {@code Species}: the species. Required. Allowed values: {@code Cat}, {@code Dog}.
         * @return this
         */
        public Builder species(String v) {
            this.species = v;
            return this;
        }

        /**
         * @param v {@code Species}: the species. Required. Allowed values: {@code Cat}, {@code Dog}. As a constant
         * of {@link Species}.
         * @return this
         */
        public Builder species(Species v) {
            this.species = v == null ? null : v.value();
            return this;
        }

        /**
         * @param v {@code Colours}: colours. Optional. 1 to 3 entries. No entry twice. Allowed values: {@code
         * black}, {@code white}. Sent as {@code Colours.1}, {@code Colours.2}, ...
         * @return this
         */
        public Builder colours(List<String> v) {
            this.colours = v;
            return this;
        }

        /**
         * @param v {@code Colours}: colours. Optional. 1 to 3 entries. No entry twice. Allowed values: {@code
         * black}, {@code white}. Sent as {@code Colours.1}, {@code Colours.2}, ...
         * @return this
         */
        public Builder colours(String... v) {
            this.colours = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Friends}: friend IDs. Optional. Sent as one parameter holding a JSON array.
         * @return this
         */
        public Builder friends(List<Long> v) {
            this.friends = v;
            return this;
        }

        /**
         * @param v {@code Friends}: friend IDs. Optional. Sent as one parameter holding a JSON array.
         * @return this
         */
        public Builder friends(Long... v) {
            this.friends = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Nicknames}: other names. Optional. Sent as one parameter, entries separated by {@code
         * ,}.
         * @return this
         */
        public Builder nicknames(List<String> v) {
            this.nicknames = v;
            return this;
        }

        /**
         * @param v {@code Nicknames}: other names. Optional. Sent as one parameter, entries separated by {@code
         * ,}.
         * @return this
         */
        public Builder nicknames(String... v) {
            this.nicknames = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as {@code
         * Kinds.1}, {@code Kinds.2}, ...
         * @return this
         */
        public Builder kinds(List<String> v) {
            this.kinds = v;
            return this;
        }

        /**
         * @param v {@code Kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as {@code
         * Kinds.1}, {@code Kinds.2}, ...
         * @return this
         */
        public Builder kinds(String... v) {
            this.kinds = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param first {@code Kinds}: the first value, as a constant of {@link Species}
         * @param rest the other values
         * @return this
         */
        public Builder kinds(Species first, Species... rest) {
            List<String> all = new ArrayList<>();
            all.add(first.value());
            for (Species t : rest) {
                all.add(t.value());
            }
            this.kinds = all;
            return this;
        }

        /**
         * @param v {@code OwnerEmail}: owner's e-mail. Optional. An e-mail address.
         * @return this
         */
        public Builder ownerEmail(String v) {
            this.ownerEmail = v;
            return this;
        }

        /**
         * @param v {@code OwnerPhone}: owner's phone. Optional. Format {@code <country code>-<number>}.
         * @return this
         */
        public Builder ownerPhone(String v) {
            this.ownerPhone = v;
            return this;
        }

        /**
         * @param v {@code Age}: age in years. Optional. Value 0 to 40.
         * @return this
         */
        public Builder age(Integer v) {
            this.age = v;
            return this;
        }

        /**
         * @param v {@code PetId}: the pet this one replaces; null creates another. Optional.
         * @return this
         */
        public Builder petId(Long v) {
            this.petId = v;
            return this;
        }

        /**
         * @param v {@code ToyIds}: toy IDs, space-separated. Optional. Sent as one parameter, entries separated by
         * {@code  }.
         * @return this
         */
        public Builder toyIds(List<Long> v) {
            this.toyIds = v;
            return this;
        }

        /**
         * @param v {@code ToyIds}: toy IDs, space-separated. Optional. Sent as one parameter, entries separated by
         * {@code  }.
         * @return this
         */
        public Builder toyIds(Long... v) {
            this.toyIds = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Guardians}: who else to call, as mobile numbers. Optional. Sent as {@code Guardians.1},
         * {@code Guardians.2}, ...
         * @return this
         */
        public Builder guardians(List<String> v) {
            this.guardians = v;
            return this;
        }

        /**
         * @param v {@code Guardians}: who else to call, as mobile numbers. Optional. Sent as {@code Guardians.1},
         * {@code Guardians.2}, ...
         * @return this
         */
        public Builder guardians(String... v) {
            this.guardians = v == null ? null : Arrays.asList(v);
            return this;
        }

        /** @return the object */
        public CreatePetRequest build() {
            return new CreatePetRequest(this);
        }
    }
}
