package example.pets.model;

import io.github.acs4j.core.util.ToStringBuilder;

import java.util.Objects;

/** Lists pets, one page at a time. */
public final class ListPetsRequest {
    private final Integer pageNumber;
    private final Integer pageSize;

    private ListPetsRequest(Builder b) {
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
     * @return {@code PageNumber}: the page. Optional. Value at least 1.
     */
    public Integer pageNumber() {
        return pageNumber;
    }

    /**
     * @return {@code PageSize}: per page. Optional.
     */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListPetsRequest)) {
            return false;
        }
        ListPetsRequest x = (ListPetsRequest) o;
        return Objects.equals(pageNumber, x.pageNumber)
                && Objects.equals(pageSize, x.pageSize);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("ListPetsRequest")
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize).build();
    }

    /** Builder for {@link ListPetsRequest}. Lenient: checks run when the request is sent. */
    public static final class Builder {
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(ListPetsRequest x) {
            this.pageNumber = x.pageNumber;
            this.pageSize = x.pageSize;
        }

        /**
         * @param v {@code PageNumber}: the page. Optional. Value at least 1.
         * @return this
         */
        public Builder pageNumber(Integer v) {
            this.pageNumber = v;
            return this;
        }

        /**
         * @param v {@code PageSize}: per page. Optional.
         * @return this
         */
        public Builder pageSize(Integer v) {
            this.pageSize = v;
            return this;
        }

        /** @return the object */
        public ListPetsRequest build() {
            return new ListPetsRequest(this);
        }
    }
}
