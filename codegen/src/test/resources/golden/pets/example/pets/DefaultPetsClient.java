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

/**
 * The {@link PetsClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation} run by
 * the shared pipeline.
 */
final class DefaultPetsClient implements PetsClient {
    private final ClientRuntime runtime;

    DefaultPetsClient(ClientConfiguration configuration) {
        this(new ClientRuntime(PetsOperations.SERVICE, configuration));
    }

    private DefaultPetsClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CreatePetResponse createPet(CreatePetRequest request) {
        return runtime.invoke(PetsOperations.CREATE_PET, request);
    }

    @Override
    public ListPetsResponse listPets(ListPetsRequest request) {
        return runtime.invoke(PetsOperations.LIST_PETS, request);
    }

    @Override
    public RenamePetResponse renamePet(RenamePetRequest request) {
        return runtime.invoke(PetsOperations.RENAME_PET, request);
    }

    @Override
    public UpdatePetProfileResponse updatePetProfile(UpdatePetProfileRequest request) {
        return runtime.invoke(PetsOperations.UPDATE_PET_PROFILE, request);
    }

    @Override
    public ListPetVisitsResponse listPetVisits(ListPetVisitsRequest request) {
        return runtime.invoke(PetsOperations.LIST_PET_VISITS, request);
    }

    @Override
    public PetsClient withOverride(RequestOverride override) {
        return new DefaultPetsClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
