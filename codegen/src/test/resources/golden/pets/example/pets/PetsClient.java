package example.pets;

import example.pets.model.CreatePetRequest;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetVisitsRequest;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsRequest;
import example.pets.model.ListPetsResponse;
import example.pets.model.Pet;
import example.pets.model.RenamePetRequest;
import example.pets.model.RenamePetResponse;
import example.pets.model.UpdatePetProfileRequest;
import example.pets.model.UpdatePetProfileResponse;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.paging.PageIterable;
import io.github.acs4j.core.waiters.WaiterConfiguration;
import io.github.acs4j.core.waiters.WaiterResult;

import java.util.function.Consumer;

/** Client for the Pets test product. */
public interface PetsClient extends AutoCloseable {
    /**
     * @return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a pet. <b>Not idempotent</b>: after a failure that may have reached the service it is not repeated.
     * @param request the request
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws PetsException when Pets answers with an error
     */
    CreatePetResponse createPet(CreatePetRequest request);

    /**
     * Like {@link #createPet(CreatePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CreatePetResponse createPet(Consumer<CreatePetRequest.Builder> request) {
        CreatePetRequest.Builder b = CreatePetRequest.builder();
        request.accept(b);
        return createPet(b.build());
    }

    /**
     * Lists pets, one page at a time. Idempotent.
     * @param request the request
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws PetsException when Pets answers with an error
     */
    ListPetsResponse listPets(ListPetsRequest request);

    /**
     * Like {@link #listPets(ListPetsRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default ListPetsResponse listPets(Consumer<ListPetsRequest.Builder> request) {
        ListPetsRequest.Builder b = ListPetsRequest.builder();
        request.accept(b);
        return listPets(b.build());
    }

    /**
     * The pages of {@link #listPets(ListPetsRequest)}, each fetched only when iteration reaches it, from the
     * request's page on (set the page size on the request). {@code items()} flattens them into pets.
     * @param request the first page's request
     * @return the lazy pages
     */
    default PageIterable<ListPetsResponse, Pet> listPetsPaginator(ListPetsRequest request) {
        return PageIterable.of(PetsPaging.LIST_PETS, request, this::listPets);
    }

    /**
     * Like {@link #listPetsPaginator(ListPetsRequest)}, building the first request in place.
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default PageIterable<ListPetsResponse, Pet> listPetsPaginator(Consumer<ListPetsRequest.Builder> request) {
        ListPetsRequest.Builder b = ListPetsRequest.builder();
        request.accept(b);
        return listPetsPaginator(b.build());
    }

    /**
     * Renames a pet. Idempotent.
     * @param request the request
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws PetsException when Pets answers with an error
     */
    RenamePetResponse renamePet(RenamePetRequest request);

    /**
     * Like {@link #renamePet(RenamePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default RenamePetResponse renamePet(Consumer<RenamePetRequest.Builder> request) {
        RenamePetRequest.Builder b = RenamePetRequest.builder();
        request.accept(b);
        return renamePet(b.build());
    }

    /**
     * Updates a pet's profile (REST-style). Idempotent.
     * @param request the request
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws PetsException when Pets answers with an error
     */
    UpdatePetProfileResponse updatePetProfile(UpdatePetProfileRequest request);

    /**
     * Like {@link #updatePetProfile(UpdatePetProfileRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default UpdatePetProfileResponse updatePetProfile(Consumer<UpdatePetProfileRequest.Builder> request) {
        UpdatePetProfileRequest.Builder b = UpdatePetProfileRequest.builder();
        request.accept(b);
        return updatePetProfile(b.build());
    }

    /**
     * Lists a pet's visits (REST-style). Idempotent.
     * @param request the request
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws PetsException when Pets answers with an error
     */
    ListPetVisitsResponse listPetVisits(ListPetVisitsRequest request);

    /**
     * Like {@link #listPetVisits(ListPetVisitsRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default ListPetVisitsResponse listPetVisits(Consumer<ListPetVisitsRequest.Builder> request) {
        ListPetVisitsRequest.Builder b = ListPetVisitsRequest.builder();
        request.accept(b);
        return listPetVisits(b.build());
    }

    /**
     * The pages of {@link #listPetVisits(ListPetVisitsRequest)}, each fetched only when iteration reaches it, from
     * the request's page on (set the page size on the request). {@code items()} flattens them into items.
     * @param request the first page's request
     * @return the lazy pages
     */
    default PageIterable<ListPetVisitsResponse, Pet> listPetVisitsPaginator(ListPetVisitsRequest request) {
        return PageIterable.of(PetsPaging.LIST_PET_VISITS, request, this::listPetVisits);
    }

    /**
     * Like {@link #listPetVisitsPaginator(ListPetVisitsRequest)}, building the first request in place.
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default PageIterable<ListPetVisitsResponse, Pet> listPetVisitsPaginator(Consumer<ListPetVisitsRequest.Builder> request) {
        ListPetVisitsRequest.Builder b = ListPetVisitsRequest.builder();
        request.accept(b);
        return listPetVisitsPaginator(b.build());
    }

    /**
     * Waits until the pet carries a name. Polls {@link #renamePet(RenamePetRequest)} with {@link
     * WaiterConfiguration#defaults()}; the acceptors, in order: success when {@code Pet.Name is one of Rex, Fido};
     * failure when {@code Pet.Name = Gone "for good"}; retry when the error is {@code Busy}; failure when the
     * error is {@code Pet.NotFound}; retry when {@code Pet.Name is none of Rex, Fido}. An answer none matches is
     * polled again; an error none matches ends the wait unchanged.
     * @param request the request each poll sends
     * @return how the wait succeeded: the polls made, the last answer or the matched error
     * @throws io.github.acs4j.core.waiters.WaiterFailureException when a failure state is reached (it names the
     * state and the last answer)
     * @throws io.github.acs4j.core.waiters.WaiterTimeoutException when the attempts or the time run out
     */
    default WaiterResult<RenamePetResponse> waitUntilPetNamed(RenamePetRequest request) {
        return waitUntilPetNamed(request, WaiterConfiguration.defaults());
    }

    /**
     * Like {@link #waitUntilPetNamed(RenamePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return as the request overload returns
     */
    default WaiterResult<RenamePetResponse> waitUntilPetNamed(Consumer<RenamePetRequest.Builder> request) {
        RenamePetRequest.Builder b = RenamePetRequest.builder();
        request.accept(b);
        return waitUntilPetNamed(b.build());
    }

    /**
     * Like {@link #waitUntilPetNamed(RenamePetRequest)}, with the given delays and limits.
     * @param request the request each poll sends
     * @param configuration the delays and limits
     * @return as the request overload returns
     */
    default WaiterResult<RenamePetResponse> waitUntilPetNamed(RenamePetRequest request, WaiterConfiguration configuration) {
        return PetsWaiters.PET_NAMED.withConfiguration(configuration).run(() -> renamePet(request));
    }

    /**
     * A view of this client whose calls use the override's settings, e.g. {@code withOverride(o ->
     * o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and threads; closing the view
     * does nothing (close this client instead).
     * @param override the settings that replace the client's
     * @return the view
     */
    PetsClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     * @param override fills a fresh override builder
     * @return the view
     */
    default PetsClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads. Calls after closing fail. */
    @Override
    void close();

    /** Builder for {@link PetsClient}. */
    final class Builder extends AcsClientBuilder<Builder, PetsClient> {
        Builder() {
        }

        @Override
        public PetsClient build() {
            return new DefaultPetsClient(configuration());
        }
    }
}
