package example.pets.model;

import io.github.acs4j.core.AcsResponse;

import java.util.Objects;

/** Fields every Pets answer carries. */
public abstract class PetsResponse extends AcsResponse {
    private final String code;

    /** @param b the values */
    protected PetsResponse(Builder<?, ?> b) {
        super(b);
        this.code = b.code;
    }

    /**
     * @return {@code Code}: the body's code
     */
    public String code() {
        return code;
    }

    /**
     * @param o another response of the same class
     * @return whether the common fields are equal
     */
    protected boolean petsEquals(PetsResponse o) {
        return baseEquals(o)
                && Objects.equals(code, o.code);
    }

    /**
     * @return hash of the common fields
     */
    protected int petsHashCode() {
        return Objects.hash(requestId(), code);
    }

    /**
     * Builder of the common fields.
     * @param <B> the concrete builder
     * @param <R> the response
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends PetsResponse> extends AcsResponse.Builder<B, R> {
        private String code;

        /** Starts empty. */
        protected Builder() {
        }

        /** @param r the response to copy */
        protected Builder(PetsResponse r) {
            super(r);
            this.code = r.code;
        }

        /**
         * @param v {@code Code}: the body's code
         * @return this
         */
        public B code(String v) {
            this.code = v;
            return self();
        }
    }
}
