package example.pets;

import example.pets.hooks.OwnerCheck;
import example.pets.model.Collar;
import example.pets.model.CreatePetRequest;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetVisitsRequest;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsRequest;
import example.pets.model.ListPetsResponse;
import example.pets.model.Owner;
import example.pets.model.RenamePetRequest;
import example.pets.model.RenamePetResponse;
import example.pets.model.Species;
import example.pets.model.UpdatePetProfileRequest;
import example.pets.model.UpdatePetProfileResponse;
import io.github.acs4j.core.endpoint.Endpoints;
import io.github.acs4j.core.internal.JsonBody;
import io.github.acs4j.core.internal.Operation;
import io.github.acs4j.core.internal.ParameterWriter;
import io.github.acs4j.core.internal.RoaRoute;
import io.github.acs4j.core.internal.RoaWriter;
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

    /** Idempotent only with PetId: each call makes another pet, unless PetId names the pet it replaces. */
    static final Operation<CreatePetRequest, CreatePetResponse> CREATE_PET =
            Operation.of(SERVICE, "CreatePet", false,
                    PetsOperations::validateCreatePet,
                    PetsOperations::writeCreatePet,
                    PetsReaders.CREATE_PET,
                    Operation.requires("RequestId", "PetId"))
                    .withBodyParameters("Colours", "Friends")
                    .idempotentWhen(r -> r.petId() != null)
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

    /** Idempotent: PATCH sets the given fields to the given values. */
    static final Operation<UpdatePetProfileRequest, UpdatePetProfileResponse> UPDATE_PET_PROFILE =
            Operation.roa(SERVICE, "UpdatePetProfile", true,
                    PetsOperations::validateUpdatePetProfile,
                    RoaRoute.of("PATCH", "/pets/{petId}/profile", PetsOperations::writeUpdatePetProfile),
                    PetsReaders.UPDATE_PET_PROFILE,
                    Operation.requires("requestId"))
                    .withSensitiveMembers(Operation.sensitive("vetEmail", "email"));

    /** Idempotent: a read. */
    static final Operation<ListPetVisitsRequest, ListPetVisitsResponse> LIST_PET_VISITS =
            Operation.roa(SERVICE, "ListPetVisits", true,
                    PetsOperations::validateListPetVisits,
                    RoaRoute.of("GET", "/pets/{petId}/visits", PetsOperations::writeListPetVisits),
                    PetsReaders.LIST_PET_VISITS,
                    Operation.requires("requestId", "total"));

    private PetsOperations() {
    }

    static void validateCreatePet(CreatePetRequest r) {
        OwnerCheck.check(r, Validation.of("CreatePet", CREATE_PET.sensitiveMembers())
                .required("Name", r.name())
                .required("Species", r.species())
                .require(Validation.anyPresent(r.ownerEmail(), r.ownerPhone()),
                        "at least one of OwnerEmail, OwnerPhone is required")
                .require(!"40".equals(String.valueOf(r.age())) || !r.colours().isEmpty(),
                        "Colours are required when Age is 40")
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
                .put("PetId", r.petId())
                .put("ToyIds", r.toyIds().isEmpty() ? null : String.join(" ", r.toyIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.toList())))
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

    static void validateUpdatePetProfile(UpdatePetProfileRequest r) {
        Validation.of("UpdatePetProfile", UPDATE_PET_PROFILE.sensitiveMembers())
                .required("petId", r.petId())
                .length("petId", r.petId(), 1, 64)
                .length("nickname", r.nickname(), 0, 20)
                .email("vetEmail", r.vetEmail());
    }

    static void writeUpdatePetProfile(UpdatePetProfileRequest r, RoaWriter w) {
        w.path("petId", r.petId());
        w.header("x-acs-pets-trace", r.traceId());
        w.query("dryRun", r.dryRun());
        JsonBody b = w.body();
        b.field("nickname", r.nickname());
        b.field("weight", r.weight());
        b.list("labels", r.labels());
        b.field("vetEmail", r.vetEmail());
        b.personal(r.vetEmail());
        if (r.owner() != null) {
            b.startObject("owner");
            writeOwner(b, r.owner());
            b.endObject();
        }
        if (!r.collars().isEmpty()) {
            b.startArray("collars");
            for (Collar item : r.collars()) {
                b.startObject(null);
                writeCollar(b, item);
                b.endObject();
            }
            b.endArray();
        }
    }

    static void validateListPetVisits(ListPetVisitsRequest r) {
        Validation.of("ListPetVisits")
                .required("petId", r.petId())
                .eachOneOf("kinds", r.kinds(), Species.wireValues())
                .require(r.pageNumber() == null || r.pageNumber() >= 1, "pageNumber must be at least 1; got " + r.pageNumber())
                .require(r.pageSize() == null || r.pageSize() >= 1, "pageSize must be at least 1; got " + r.pageSize())
                .require(r.pageSize() == null || r.pageSize() <= 100, "pageSize must be at most 100; got " + r.pageSize());
    }

    static void writeListPetVisits(ListPetVisitsRequest r, RoaWriter w) {
        w.path("petId", r.petId());
        w.queryJson("visitIds", r.visitIds());
        w.query("kinds", r.kinds().isEmpty() ? null : String.join(",", r.kinds()));
        w.query("pageNumber", r.pageNumber());
        w.query("pageSize", r.pageSize());
    }

    private static void writeOwner(JsonBody b, Owner s) {
        b.field("Phone", s.phone());
        b.personal(s.phone());
        b.field("Email", s.email());
        b.personal(s.email());
        b.field("Hook", s.hook());
        b.personal(s.hook());
        b.field("Token", s.token());
        b.personal(s.token());
    }

    private static void writeCollar(JsonBody b, Collar s) {
        b.field("colour", s.colour());
        b.field("size", s.size());
        b.list("studs", s.studs());
        if (s.owner() != null) {
            b.startObject("owner");
            writeOwner(b, s.owner());
            b.endObject();
        }
    }
}
