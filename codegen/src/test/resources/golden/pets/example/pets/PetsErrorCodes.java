package example.pets;

/** Documented error codes of Pets. */
public final class PetsErrorCodes {
    /** HTTP 404: no such pet. */
    public static final String PET_NOT_FOUND = "Pet.NotFound";
    /** HTTP 429: try later. Throttling: retried with backoff. */
    public static final String BUSY = "Busy";

    private PetsErrorCodes() {
    }
}
