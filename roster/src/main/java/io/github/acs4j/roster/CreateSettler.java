package io.github.acs4j.roster;

import io.github.acs4j.core.exception.AcsServiceException;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a non-idempotent create so that it never creates twice. The SDK never repeats such a call once the
 * request may have arrived, so a failure here can mean "created, answer lost". Before anything is tried
 * again, the product is listed: if the object is there, it was created; only when it is not is the create
 * sent again. A refusal (a 4xx answer other than throttling) proves nothing was created and ends at once.
 */
final class CreateSettler {
    /** Creates sent at most, each after a listing proved the previous one created nothing. */
    static final int MAX_CREATES = 3;

    private CreateSettler() {
    }

    /**
     * @param create sends the create (counted)
     * @param exists lists the product and says whether the object is there
     * @return {@code null} when the first create succeeded, else how the outcome was settled
     */
    static String create(Runnable create, Supplier<Boolean> exists, AtomicInteger calls) {
        for (int sent = 1; ; sent++) {
            try {
                calls.incrementAndGet();
                create.run();
                return sent == 1 ? null : "created on attempt " + sent + " after listing showed the earlier ones created nothing";
            } catch (RuntimeException e) {
                if (refused(e)) {
                    throw e;
                }
                if (exists.get()) {
                    return "outcome unknown (" + RosterSync.reason(e) + "); found by listing, not created again";
                }
                if (sent == MAX_CREATES) {
                    throw e;
                }
            }
        }
    }

    private static boolean refused(RuntimeException e) {
        if (!(e instanceof AcsServiceException)) {
            return false;
        }
        AcsServiceException s = (AcsServiceException) e;
        return s.httpStatus() >= 400 && s.httpStatus() < 500 && !s.isThrottling();
    }
}
