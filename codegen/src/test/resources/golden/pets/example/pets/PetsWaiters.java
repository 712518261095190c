package example.pets;

import example.pets.model.RenamePetResponse;
import io.github.acs4j.core.waiters.Acceptor;
import io.github.acs4j.core.waiters.Waiter;
import io.github.acs4j.core.waiters.WaiterState;

/**
 * The waiters of Pets, from its API model: each polls one operation and judges every answer or error with its
 * acceptors, in order.
 */
final class PetsWaiters {
    /** {@code PetNamed}: polls {@code RenamePet}. Source: golden case. */
    static final Waiter<RenamePetResponse> PET_NAMED = Waiter.of("PetNamed",
            Acceptor.<RenamePetResponse>onResponse(WaiterState.SUCCESS, "Pet.Name is one of Rex, Fido",
                    r -> java.util.Arrays.asList("Rex", "Fido").contains(java.util.Optional.ofNullable(r.pet()).map(v -> v.name()).orElse(null))),
            Acceptor.<RenamePetResponse>onResponse(WaiterState.FAILURE, "Pet.Name = Gone \"for good\"",
                    r -> "Gone \"for good\"".equals(java.util.Optional.ofNullable(r.pet()).map(v -> v.name()).orElse(null))),
            Acceptor.<RenamePetResponse>onErrorCode(WaiterState.RETRY, "Busy"),
            Acceptor.<RenamePetResponse>onErrorCode(WaiterState.FAILURE, "Pet.NotFound"),
            Acceptor.<RenamePetResponse>onResponse(WaiterState.RETRY, "Pet.Name is none of Rex, Fido",
                    r -> !java.util.Arrays.asList("Rex", "Fido").contains(java.util.Optional.ofNullable(r.pet()).map(v -> v.name()).orElse(null))));

    private PetsWaiters() {
    }
}
