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
import io.github.acs4j.core.paging.AsyncPages;
import io.github.acs4j.core.waiters.WaiterConfiguration;
import io.github.acs4j.core.waiters.WaiterResult;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Client for the Pets test product. Every call returns at once with a future; nothing blocks the caller. */
public interface PetsAsyncClient extends AutoCloseable {
    /**
     * @return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a pet. <b>Not idempotent</b>: after a failure that may have reached the service it is not repeated.
     * @param request the request
     * @return the answer; it completes exceptionally with the exceptions the blocking client throws
     */
    CompletableFuture<CreatePetResponse> createPet(CreatePetRequest request);

    /**
     * Like {@link #createPet(CreatePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CompletableFuture<CreatePetResponse> createPet(Consumer<CreatePetRequest.Builder> request) {
        CreatePetRequest.Builder b = CreatePetRequest.builder();
        request.accept(b);
        return createPet(b.build());
    }

    /**
     * Lists pets, one page at a time. Idempotent.
     * @param request the request
     * @return the answer; it completes exceptionally with the exceptions the blocking client throws
     */
    CompletableFuture<ListPetsResponse> listPets(ListPetsRequest request);

    /**
     * Like {@link #listPets(ListPetsRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CompletableFuture<ListPetsResponse> listPets(Consumer<ListPetsRequest.Builder> request) {
        ListPetsRequest.Builder b = ListPetsRequest.builder();
        request.accept(b);
        return listPets(b.build());
    }

    /**
     * The pages of {@link #listPets(ListPetsRequest)}, each fetched only when asked for, from the request's page
     * on (set the page size on the request). {@code items()} flattens them into pets.
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<ListPetsResponse, Pet> listPetsPaginator(ListPetsRequest request) {
        return AsyncPages.of(PetsPaging.LIST_PETS, request, this::listPets);
    }

    /**
     * Like {@link #listPetsPaginator(ListPetsRequest)}, building the first request in place.
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<ListPetsResponse, Pet> listPetsPaginator(Consumer<ListPetsRequest.Builder> request) {
        ListPetsRequest.Builder b = ListPetsRequest.builder();
        request.accept(b);
        return listPetsPaginator(b.build());
    }

    /**
     * Renames a pet. Idempotent.
     * @param request the request
     * @return the answer; it completes exceptionally with the exceptions the blocking client throws
     */
    CompletableFuture<RenamePetResponse> renamePet(RenamePetRequest request);

    /**
     * Like {@link #renamePet(RenamePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CompletableFuture<RenamePetResponse> renamePet(Consumer<RenamePetRequest.Builder> request) {
        RenamePetRequest.Builder b = RenamePetRequest.builder();
        request.accept(b);
        return renamePet(b.build());
    }

    /**
     * Updates a pet's profile (REST-style). Idempotent.
     * @param request the request
     * @return the answer; it completes exceptionally with the exceptions the blocking client throws
     */
    CompletableFuture<UpdatePetProfileResponse> updatePetProfile(UpdatePetProfileRequest request);

    /**
     * Like {@link #updatePetProfile(UpdatePetProfileRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CompletableFuture<UpdatePetProfileResponse> updatePetProfile(Consumer<UpdatePetProfileRequest.Builder> request) {
        UpdatePetProfileRequest.Builder b = UpdatePetProfileRequest.builder();
        request.accept(b);
        return updatePetProfile(b.build());
    }

    /**
     * Lists a pet's visits (REST-style). Idempotent.
     * @param request the request
     * @return the answer; it completes exceptionally with the exceptions the blocking client throws
     */
    CompletableFuture<ListPetVisitsResponse> listPetVisits(ListPetVisitsRequest request);

    /**
     * Like {@link #listPetVisits(ListPetVisitsRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return the answer
     */
    default CompletableFuture<ListPetVisitsResponse> listPetVisits(Consumer<ListPetVisitsRequest.Builder> request) {
        ListPetVisitsRequest.Builder b = ListPetVisitsRequest.builder();
        request.accept(b);
        return listPetVisits(b.build());
    }

    /**
     * The pages of {@link #listPetVisits(ListPetVisitsRequest)}, each fetched only when asked for, from the
     * request's page on (set the page size on the request). {@code items()} flattens them into items.
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<ListPetVisitsResponse, Pet> listPetVisitsPaginator(ListPetVisitsRequest request) {
        return AsyncPages.of(PetsPaging.LIST_PET_VISITS, request, this::listPetVisits);
    }

    /**
     * Like {@link #listPetVisitsPaginator(ListPetVisitsRequest)}, building the first request in place.
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<ListPetVisitsResponse, Pet> listPetVisitsPaginator(Consumer<ListPetVisitsRequest.Builder> request) {
        ListPetVisitsRequest.Builder b = ListPetVisitsRequest.builder();
        request.accept(b);
        return listPetVisitsPaginator(b.build());
    }

    /**
     * Waits until the pet carries a name. Polls {@link #renamePet(RenamePetRequest)} with {@link
     * WaiterConfiguration#defaults()}; the acceptors, in order: success when {@code Pet.Name is one of Rex, Fido};
     * failure when {@code Pet.Name = Gone "for good"}; retry when the error is {@code Busy}; failure when the
     * error is {@code Pet.NotFound}; retry when {@code Pet.Name is none of Rex, Fido}. An answer none matches is
     * polled again; an error none matches ends the wait unchanged. No thread waits between polls; cancelling the
     * future stops the wait.
     * @param request the request each poll sends
     * @return completes with how the wait succeeded, or exceptionally as the blocking waiter throws
     */
    default CompletableFuture<WaiterResult<RenamePetResponse>> waitUntilPetNamed(RenamePetRequest request) {
        return waitUntilPetNamed(request, WaiterConfiguration.defaults());
    }

    /**
     * Like {@link #waitUntilPetNamed(RenamePetRequest)}, building the request in place.
     * @param request fills a fresh builder
     * @return as the request overload returns
     */
    default CompletableFuture<WaiterResult<RenamePetResponse>> waitUntilPetNamed(Consumer<RenamePetRequest.Builder> request) {
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
    default CompletableFuture<WaiterResult<RenamePetResponse>> waitUntilPetNamed(RenamePetRequest request, WaiterConfiguration configuration) {
        return PetsWaiters.PET_NAMED.withConfiguration(configuration).runAsync(() -> renamePet(request));
    }

    /**
     * A view of this client whose calls use the override's settings, e.g. {@code withOverride(o ->
     * o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and threads; closing the view
     * does nothing (close this client instead).
     * @param override the settings that replace the client's
     * @return the view
     */
    PetsAsyncClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     * @param override fills a fresh override builder
     * @return the view
     */
    default PetsAsyncClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads. Calls after closing fail. */
    @Override
    void close();

    /** Builder for {@link PetsAsyncClient}. */
    final class Builder extends AcsClientBuilder<Builder, PetsAsyncClient> {
        Builder() {
        }

        @Override
        public PetsAsyncClient build() {
            return new DefaultPetsAsyncClient(configuration());
        }
    }
}
