package example.pets;

import example.pets.model.CreatePetRequest;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetVisitsRequest;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsRequest;
import example.pets.model.ListPetsResponse;
import example.pets.model.RenamePetRequest;
import example.pets.model.RenamePetResponse;
import example.pets.model.UpdatePetProfileRequest;
import example.pets.model.UpdatePetProfileResponse;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;

import java.util.concurrent.CompletableFuture;

/**
 * The {@link PetsAsyncClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation}
 * run by the shared pipeline without blocking.
 */
final class DefaultPetsAsyncClient implements PetsAsyncClient {
    private final ClientRuntime runtime;

    DefaultPetsAsyncClient(ClientConfiguration configuration) {
        this(new ClientRuntime(PetsOperations.SERVICE, configuration));
    }

    private DefaultPetsAsyncClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<CreatePetResponse> createPet(CreatePetRequest request) {
        return runtime.invokeAsync(PetsOperations.CREATE_PET, request);
    }

    @Override
    public CompletableFuture<ListPetsResponse> listPets(ListPetsRequest request) {
        return runtime.invokeAsync(PetsOperations.LIST_PETS, request);
    }

    @Override
    public CompletableFuture<RenamePetResponse> renamePet(RenamePetRequest request) {
        return runtime.invokeAsync(PetsOperations.RENAME_PET, request);
    }

    @Override
    public CompletableFuture<UpdatePetProfileResponse> updatePetProfile(UpdatePetProfileRequest request) {
        return runtime.invokeAsync(PetsOperations.UPDATE_PET_PROFILE, request);
    }

    @Override
    public CompletableFuture<ListPetVisitsResponse> listPetVisits(ListPetVisitsRequest request) {
        return runtime.invokeAsync(PetsOperations.LIST_PET_VISITS, request);
    }

    @Override
    public PetsAsyncClient withOverride(RequestOverride override) {
        return new DefaultPetsAsyncClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
