package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Lists a pet's visits (REST-style). */
public final class ListPetVisitsRequest {
    private final String petId;
    private final List<String> visitIds;
    private final List<String> kinds;
    private final Integer pageNumber;
    private final Integer pageSize;

    private ListPetVisitsRequest(Builder b) {
        this.petId = b.petId;
        this.visitIds = b.visitIds == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.visitIds));
        this.kinds = b.kinds == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.kinds));
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
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
     * @return {@code petId}: the pet. Required.
     */
    public String petId() {
        return petId;
    }

    /**
     * @return {@code visitIds}: only these visits, sent as one JSON array. Optional. Sent as one parameter holding
     * a JSON array.
     */
    public List<String> visitIds() {
        return visitIds;
    }

    /**
     * @return {@code kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as one parameter,
     * entries separated by {@code ,}.
     */
    public List<String> kinds() {
        return kinds;
    }

    /**
     * @return {@code pageNumber}: page, from 1. Optional. Value at least 1.
     */
    public Integer pageNumber() {
        return pageNumber;
    }

    /**
     * @return {@code pageSize}: page size. Optional. Value 1 to 100.
     */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListPetVisitsRequest)) {
            return false;
        }
        ListPetVisitsRequest x = (ListPetVisitsRequest) o;
        return Objects.equals(petId, x.petId)
                && Objects.equals(visitIds, x.visitIds)
                && Objects.equals(kinds, x.kinds)
                && Objects.equals(pageNumber, x.pageNumber)
                && Objects.equals(pageSize, x.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(petId, visitIds, kinds, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListPetVisitsRequest")
                .add("petId", petId)
                .add("visitIds", visitIds)
                .add("kinds", kinds)
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize).build();
    }

    /** Builder for {@link ListPetVisitsRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private String petId;
        private List<String> visitIds;
        private List<String> kinds;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(ListPetVisitsRequest x) {
            this.petId = x.petId;
            this.visitIds = x.visitIds;
            this.kinds = x.kinds;
            this.pageNumber = x.pageNumber;
            this.pageSize = x.pageSize;
        }

        /**
         * @param v {@code petId}: the pet. Required.
         * @return this
         */
        public Builder petId(String v) {
            this.petId = v;
            return this;
        }

        /**
         * @param v {@code visitIds}: only these visits, sent as one JSON array. Optional. Sent as one parameter
         * holding a JSON array.
         * @return this
         */
        public Builder visitIds(List<String> v) {
            this.visitIds = v;
            return this;
        }

        /**
         * @param v {@code visitIds}: only these visits, sent as one JSON array. Optional. Sent as one parameter
         * holding a JSON array.
         * @return this
         */
        public Builder visitIds(String... v) {
            this.visitIds = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param v {@code kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as one
         * parameter, entries separated by {@code ,}.
         * @return this
         */
        public Builder kinds(List<String> v) {
            this.kinds = v;
            return this;
        }

        /**
         * @param v {@code kinds}: kinds. Optional. Allowed values: {@code Cat}, {@code Dog}. Sent as one
         * parameter, entries separated by {@code ,}.
         * @return this
         */
        public Builder kinds(String... v) {
            this.kinds = v == null ? null : Arrays.asList(v);
            return this;
        }

        /**
         * @param first {@code kinds}: the first value, as a constant of {@link Species}
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
         * @param v {@code pageNumber}: page, from 1. Optional. Value at least 1.
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code pageSize}: page size. Optional. Value 1 to 100.
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /** @return the object */
        public ListPetVisitsRequest build() {
            return new ListPetVisitsRequest(this);
        }
    }
}
