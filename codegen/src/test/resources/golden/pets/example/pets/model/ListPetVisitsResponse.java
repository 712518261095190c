package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The answer to {@code ListPetVisits}. */
public final class ListPetVisitsResponse extends PetsResponse {
    private final List<Pet> visits;
    private final Integer total;
    private final Integer pageNumber;

    private ListPetVisitsResponse(Builder b) {
        super(b);
        this.visits = b.visits == null ? Collections.<Pet>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.visits));
        this.total = b.total;
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
     * @return {@code visits[]}: the visits' pets; never null
     */
    public List<Pet> visits() {
        return visits;
    }

    /**
     * @return {@code total}: how many in all
     */
    public Integer total() {
        return total;
    }

    /**
     * @return {@code pageNumber}: this page
     */
    public Integer pageNumber() {
        return pageNumber;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListPetVisitsResponse)) {
            return false;
        }
        ListPetVisitsResponse x = (ListPetVisitsResponse) o;
        return petsEquals(x)
                && Objects.equals(visits, x.visits)
                && Objects.equals(total, x.total)
                && Objects.equals(pageNumber, x.pageNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId(), code(), visits, total, pageNumber);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListPetVisitsResponse").add("requestId", requestId())
                .add("code", code())
                .add("visits", visits)
                .add("total", total)
                .add("pageNumber", pageNumber).build();
    }

    /** Builder for {@link ListPetVisitsResponse}. */
    public static final class Builder extends PetsResponse.Builder<Builder, ListPetVisitsResponse> {
        private List<Pet> visits;
        private Integer total;
        private Integer pageNumber;

        private Builder() {
        }

        private Builder(ListPetVisitsResponse x) {
            super(x);
            this.visits = x.visits;
            this.total = x.total;
            this.pageNumber = x.pageNumber;
        }

        /**
         * @param v {@code visits[]}: the visits' pets; never null
         * @return this
         */
        public Builder visits(List<Pet> v) {
            this.visits = v;
            return this;
        }

        /**
         * @param v {@code visits[]}: the visits' pets; never null
         * @return this
         */
        public Builder visits(Pet... v) {
            this.visits = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code total}: how many in all
         * @return this
         */
        public Builder total(Integer v) {
            this.total = v;
            return this;
        }

        /**
         * @param v {@code pageNumber}: this page
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
        public ListPetVisitsResponse build() {
            return new ListPetVisitsResponse(this);
        }
    }
}
