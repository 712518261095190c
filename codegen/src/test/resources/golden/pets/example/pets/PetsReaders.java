package example.pets;

import com.fasterxml.jackson.databind.JsonNode;
import example.pets.hooks.LegacyRead;
import example.pets.model.Collar;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsResponse;
import example.pets.model.Owner;
import example.pets.model.Pet;
import example.pets.model.RenamePetResponse;
import example.pets.model.UpdatePetProfileResponse;
import io.github.acs4j.core.internal.Json;
import io.github.acs4j.core.internal.ResponseReader;

/**
 * Reads Pets's success bodies into the typed responses; wrapped lists ({@code Contacts.Contact[]}) are unwrapped,
 * a missing list reads as empty, numbers and booleans are read from text or JSON values alike. Generated; edit the
 * model, not this file.
 */
final class PetsReaders {
    static final ResponseReader<CreatePetResponse> CREATE_PET = (body, meta) -> CreatePetResponse.builder().metadata(meta)
            .requestId(Json.text(body, "RequestId"))
            .code(Json.text(body, "Code"))
            .petId(Json.text(body, "PetId"))
            .build();
    static final ResponseReader<ListPetsResponse> LIST_PETS = (body, meta) -> ListPetsResponse.builder().metadata(meta)
            .requestId(Json.text(body, "RequestId"))
            .code(Json.text(body, "Code"))
            .total(Json.intValue(Json.path(body, "Page"), "Total"))
            .pets(Json.list(Json.path(body, "Page", "Pets", "Pet"), PetsReaders::pet))
            .pageNumber(Json.intValue(Json.path(body, "Page"), "Number"))
            .build();
    static final ResponseReader<RenamePetResponse> RENAME_PET = LegacyRead::read;
    static final ResponseReader<UpdatePetProfileResponse> UPDATE_PET_PROFILE = (body, meta) -> UpdatePetProfileResponse.builder().metadata(meta)
            .requestId(Json.text(body, "requestId"))
            .code(Json.text(body, "Code"))
            .petId(Json.text(body, "petId"))
            .build();
    static final ResponseReader<ListPetVisitsResponse> LIST_PET_VISITS = (body, meta) -> ListPetVisitsResponse.builder().metadata(meta)
            .requestId(Json.text(body, "requestId"))
            .code(Json.text(body, "Code"))
            .visits(Json.list(Json.path(body, "visits"), PetsReaders::pet))
            .total(Json.intValue(body, "total"))
            .pageNumber(Json.intValue(body, "pageNumber"))
            .build();

    private PetsReaders() {
    }

    static Pet pet(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return Pet.builder()
                .petId(Json.longValue(n, "PetId"))
                .name(Json.text(n, "Name"))
                .tags(Json.strings(Json.path(n, "Tags", "Tag")))
                .owner(owner(Json.path(n, "Owner")))
                .born(Json.instant(n, "Born"))
                .extras(Json.jsonText(n, "Extras"))
                .build();
    }

    static Owner owner(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return Owner.builder()
                .phone(Json.text(n, "Phone"))
                .email(Json.text(n, "Email"))
                .hook(Json.text(n, "Hook"))
                .token(Json.text(n, "Token"))
                .build();
    }

    static Collar collar(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return Collar.builder()
                .colour(Json.text(n, "colour"))
                .size(Json.intValue(n, "size"))
                .studs(Json.strings(Json.path(n, "studs")))
                .owner(owner(Json.path(n, "owner")))
                .build();
    }
}
