package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The answer to {@code ListPets}. */
public final class ListPetsResponse extends PetsResponse {
    private final Integer total;
    private final List<Pet> pets;
    private final Integer pageNumber;

    private ListPetsResponse(Builder b) {
        super(b);
        this.total = b.total;
        this.pets = b.pets == null ? Collections.<Pet>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.pets));
        this.pageNumber = b.pageNumber;
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
     * @return {@code Page.Total}: how many
     */
    public Integer total() {
        return total;
    }

    /**
     * @return {@code Page.Pets.Pet[]}: the pets; never null
     */
    public List<Pet> pets() {
        return pets;
    }

    /**
     * @return {@code Page.Number}: the page this answers
     */
    public Integer pageNumber() {
        return pageNumber;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListPetsResponse)) {
            return false;
        }
        ListPetsResponse x = (ListPetsResponse) o;
        return petsEquals(x)
                && Objects.equals(total, x.total)
                && Objects.equals(pets, x.pets)
                && Objects.equals(pageNumber, x.pageNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), code(), total, pets, pageNumber);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListPetsResponse").add("requestId", requestId())
                .add("code", code())
                .add("total", total)
                .add("pets", pets)
                .add("pageNumber", pageNumber).build();
    }

    /** Builder for {@link ListPetsResponse}. */
    public static final class Builder extends PetsResponse.Builder<Builder, ListPetsResponse> {
        private Integer total;
        private List<Pet> pets;
        private Integer pageNumber;

        private Builder() {
        }

        private Builder(ListPetsResponse x) {
            super(x);
            this.total = x.total;
            this.pets = x.pets;
            this.pageNumber = x.pageNumber;
        }

        /**
         * @param v {@code Page.Total}: how many
         * @return this
         */
        public Builder total(Integer v) {
            this.total = v;
            return this;
        }

        /**
         * @param v {@code Page.Pets.Pet[]}: the pets; never null
         * @return this
         */
        public Builder pets(List<Pet> v) {
            this.pets = v;
            return this;
        }

        /**
         * @param v {@code Page.Pets.Pet[]}: the pets; never null
         * @return this
         */
        public Builder pets(Pet... v) {
            this.pets = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code Page.Number}: the page this answers
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        public ListPetsResponse build() {
            return new ListPetsResponse(this);
        }
    }
}
