package example.pets;

import example.pets.hooks.OwnerCheck;
import example.pets.model.CreatePetRequest;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetsRequest;
import example.pets.model.ListPetsResponse;
import example.pets.model.RenamePetRequest;
import example.pets.model.RenamePetResponse;
import example.pets.model.Species;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ParameterWriter;
import io.github.acs4j.core.internal.ServiceDescriptor;
import io.github.acs4j.core.internal.Validation;
import io.github.acs4j.core.signing.SignatureVersion;

import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * Pets's operations as data (API 2020-01-01): wire names, idempotency, validation from the documented limits.
 * Generated from {@code pets-2020-01-01.json}; edit the model, not this file.
 */
final class PetsOperations {
    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Pets", "2020-01-01", Endpoints.CMS,
            PetsException::new, true, false, SignatureVersion.V3);

    private static final Pattern CREATE_PET_NAME_PATTERN = Pattern.compile("[A-Za-z]+");

    /** Not idempotent: each call makes another pet. */
    static final Operation<CreatePetRequest, CreatePetResponse> CREATE_PET =
            Operation.of(SERVICE, "CreatePet", false,
                    PetsOperations::validateCreatePet,
                    PetsOperations::writeCreatePet,
                    PetsReaders.CREATE_PET,
                    Operation.requires("RequestId", "PetId"))
                    .withBodyParameters("Colours", "Friends")
                    .withSensitiveMembers(Operation.sensitive("OwnerEmail", "email", "OwnerPhone", "phone", "Guardians.N", "phone"));

    /** Idempotent: a read. */
    static final Operation<ListPetsRequest, ListPetsResponse> LIST_PETS =
            Operation.of(SERVICE, "ListPets", true,
                    PetsOperations::validateListPets,
                    PetsOperations::writeListPets,
                    PetsReaders.LIST_PETS,
                    Operation.requires("RequestId", "Code"))
                    .withHttpMethod("GET");

    /** Idempotent: sets the name. */
    static final Operation<RenamePetRequest, RenamePetResponse> RENAME_PET =
            Operation.of(SERVICE, "RenamePet", true,
                    PetsOperations::validateRenamePet,
                    PetsOperations::writeRenamePet,
                    PetsReaders.RENAME_PET);

    private PetsOperations() {
    }

    static void validateCreatePet(CreatePetRequest r) {
        OwnerCheck.check(r, Validation.of("CreatePet", CREATE_PET.sensitiveMembers())
                .required("Name", r.name())
                .required("Species", r.species())
                .require(Validation.anyPresent(r.ownerEmail(), r.ownerPhone()),
                        "at least one of OwnerEmail, OwnerPhone is required")
                .length("Name", r.name(), 2, 12)
                .matches("Name", r.name(), CREATE_PET_NAME_PATTERN, "letters only")
                .oneOf("Species", r.species(), Species.wireValues())
                .size("Colours", r.colours().isEmpty() ? null : r.colours(), 1, 3)
                .noBlankEntries("Colours", r.colours())
                .require(new HashSet<>(r.colours()).size() == r.colours().size(), "Colours must not list an entry twice; got " + r.colours())
                .eachOneOf("Colours", r.colours(), "black", "white")
                .require(!r.friends().contains(null), "Friends must not contain null")
                .eachOneOf("Kinds", r.kinds(), Species.wireValues())
                .email("OwnerEmail", r.ownerEmail())
                .phoneWithCountryCode("OwnerPhone", r.ownerPhone())
                .require(r.age() == null || r.age() >= 0, "Age must be at least 0; got " + r.age())
                .require(r.age() == null || r.age() <= 40, "Age must be at most 40; got " + r.age()));
    }

    static void writeCreatePet(CreatePetRequest r, ParameterWriter w) {
        w
                .put("Name", r.name())
                .put("Species", r.species())
                .putList("Colours", r.colours())
                .putJsonArray("Friends", r.friends())
                .put("Nicknames", r.nicknames().isEmpty() ? null : String.join(",", r.nicknames()))
                .putList("Kinds", r.kinds())
                .put("OwnerEmail", r.ownerEmail())
                .put("OwnerPhone", r.ownerPhone())
                .put("Age", r.age())
                .putList("Guardians", r.guardians());
    }

    static void validateListPets(ListPetsRequest r) {
        Validation.of("ListPets")
                .require(r.pageNumber() == null || r.pageNumber() >= 1, "PageNumber must be at least 1; got " + r.pageNumber());
    }

    static void writeListPets(ListPetsRequest r, ParameterWriter w) {
        w
                .put("PageNumber", r.pageNumber())
                .put("PageSize", r.pageSize());
    }

    static void validateRenamePet(RenamePetRequest r) {
        Validation.of("RenamePet")
                .required("PetId", r.petId());
    }

    static void writeRenamePet(RenamePetRequest r, ParameterWriter w) {
        w
                .put("PetId", r.petId())
                .put("Name", r.name());
    }
}
