package example.pets;

import example.pets.model.ListPetVisitsRequest;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsRequest;
import example.pets.model.ListPetsResponse;
import example.pets.model.Pet;
import io.github.acs4j.core.internal.PageDescription;

/**
 * How Pets's list operations page, as data for the paginators of {@link PetsClient} and {@link PetsAsyncClient}.
 * Generated.
 */
final class PetsPaging {
    /**
     * {@code listPets}: {@code pageNumber} selects the page, {@code total} says when to stop; the answer's {@code
     * pageNumber} shows progress.
     */
    static final PageDescription<ListPetsRequest, ListPetsResponse, Pet> LIST_PETS =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    ListPetsRequest::pageNumber,
                    ListPetsRequest::pageSize,
                    ListPetsResponse::pets,
                    ListPetsResponse::total,
                    ListPetsResponse::pageNumber);

    /**
     * {@code listPetVisits}: {@code pageNumber} selects the page, {@code total} says when to stop; the answer's
     * {@code pageNumber} shows progress.
     */
    static final PageDescription<ListPetVisitsRequest, ListPetVisitsResponse, Pet> LIST_PET_VISITS =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    ListPetVisitsRequest::pageNumber,
                    ListPetVisitsRequest::pageSize,
                    ListPetVisitsResponse::visits,
                    ListPetVisitsResponse::total,
                    ListPetVisitsResponse::pageNumber);

    private PetsPaging() {
    }
}
