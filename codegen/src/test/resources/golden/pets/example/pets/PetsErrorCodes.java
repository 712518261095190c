package example.pets;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Documented error codes of Pets. */
public final class PetsErrorCodes {
    /** HTTP 404: no such pet. */
    public static final String PET_NOT_FOUND = "Pet.NotFound";
    /** HTTP 429: try later. Throttling: retried with backoff. */
    public static final String BUSY = "Busy";
    /** HTTP 400: the pet will answer later. Retryable. */
    public static final String PET_ASLEEP = "Pet.Asleep";
    /** HTTP 503: the pet left for good, whatever the status says. */
    public static final String PET_GONE = "Pet.Gone";

    /** Every documented code: a call failing with one is retried as its flags say, whatever its HTTP status. */
    public static final Set<String> DOCUMENTED_CODES = codes(PET_NOT_FOUND, BUSY, PET_ASLEEP, PET_GONE);
    /** The documented codes a repeated call may cure (the throttling codes included). */
    public static final Set<String> RETRYABLE_CODES = codes(BUSY, PET_ASLEEP);
    /**
     * The documented codes that mean the call was throttled and not processed: retried with the throttling
     * backoff, even for a non-idempotent call.
     */
    public static final Set<String> THROTTLING_CODES = codes(BUSY);

    private PetsErrorCodes() {
    }

    private static Set<String> codes(String... codes) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(codes)));
    }
}
