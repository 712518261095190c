package example.pets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import example.pets.hooks.LegacyRead;
import example.pets.model.Collar;
import example.pets.model.CreatePetResponse;
import example.pets.model.ListPetVisitsResponse;
import example.pets.model.ListPetsResponse;
import example.pets.model.Owner;
import example.pets.model.Pet;
import example.pets.model.RenamePetResponse;
import example.pets.model.UpdatePetProfileResponse;
import io.github.acs4j.core.internal.JsonValues;
import io.github.acs4j.core.internal.ResponseReader;
import io.github.acs4j.core.internal.StreamedAnswer;
import io.github.acs4j.core.internal.StreamingResponseReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads Pets's success bodies into the typed responses, straight from Jackson's streaming parser (no tree):
 * wrapped lists ({@code Contacts.Contact[]}) are unwrapped, a missing list reads as empty, numbers and booleans
 * are read from text or JSON values alike, unknown fields are skipped. Generated; edit the model, not this file.
 */
final class PetsReaders {
    static final ResponseReader<CreatePetResponse> CREATE_PET =
            StreamingResponseReader.of(PetsReaders::readCreatePet);
    static final ResponseReader<ListPetsResponse> LIST_PETS =
            StreamingResponseReader.of(PetsReaders::readListPets);
    static final ResponseReader<RenamePetResponse> RENAME_PET = LegacyRead::read;
    static final ResponseReader<UpdatePetProfileResponse> UPDATE_PET_PROFILE =
            StreamingResponseReader.of(PetsReaders::readUpdatePetProfile);
    static final ResponseReader<ListPetVisitsResponse> LIST_PET_VISITS =
            StreamingResponseReader.of(PetsReaders::readListPetVisits);

    private PetsReaders() {
    }

    static CreatePetResponse readCreatePet(JsonParser p, StreamedAnswer a) throws IOException {
        CreatePetResponse.Builder b = CreatePetResponse.builder();
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "RequestId":
                    a.mark(0, p);
                    b.requestId(a.text(f, p));
                    break;
                case "Code":
                    b.code(a.text(f, p));
                    break;
                case "PetId":
                    a.mark(1, p);
                    b.petId(JsonValues.text(p));
                    break;
                default:
                    a.other(f, p);
            }
        }
        return b.metadata(a.metadata()).build();
    }

    static ListPetsResponse readListPets(JsonParser p, StreamedAnswer a) throws IOException {
        ListPetsResponse.Builder b = ListPetsResponse.builder();
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "RequestId":
                    a.mark(0, p);
                    b.requestId(a.text(f, p));
                    break;
                case "Code":
                    a.mark(1, p);
                    b.code(a.text(f, p));
                    break;
                case "Page":
                    listPetsPage(p, b, a);
                    break;
                default:
                    a.other(f, p);
            }
        }
        return b.metadata(a.metadata()).build();
    }

    private static void listPetsPage(JsonParser p, ListPetsResponse.Builder b, StreamedAnswer a) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "Total":
                    b.total(JsonValues.intValue(p));
                    break;
                case "Pets":
                    listPetsPagePets(p, b, a);
                    break;
                case "Number":
                    b.pageNumber(JsonValues.intValue(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    private static void listPetsPagePets(JsonParser p, ListPetsResponse.Builder b, StreamedAnswer a) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "Pet":
                    b.pets(petList(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    static UpdatePetProfileResponse readUpdatePetProfile(JsonParser p, StreamedAnswer a) throws IOException {
        UpdatePetProfileResponse.Builder b = UpdatePetProfileResponse.builder();
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "requestId":
                    a.mark(0, p);
                    b.requestId(a.text(f, p));
                    break;
                case "Code":
                    b.code(a.text(f, p));
                    break;
                case "petId":
                    b.petId(JsonValues.text(p));
                    break;
                default:
                    a.other(f, p);
            }
        }
        return b.metadata(a.metadata()).build();
    }

    static ListPetVisitsResponse readListPetVisits(JsonParser p, StreamedAnswer a) throws IOException {
        ListPetVisitsResponse.Builder b = ListPetVisitsResponse.builder();
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "requestId":
                    a.mark(0, p);
                    b.requestId(a.text(f, p));
                    break;
                case "Code":
                    b.code(a.text(f, p));
                    break;
                case "visits":
                    b.visits(petList(p));
                    break;
                case "total":
                    a.mark(1, p);
                    b.total(JsonValues.intValue(p));
                    break;
                case "pageNumber":
                    b.pageNumber(JsonValues.intValue(p));
                    break;
                default:
                    a.other(f, p);
            }
        }
        return b.metadata(a.metadata()).build();
    }

    static Pet pet(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Pet.Builder b = Pet.builder();
        if (t != JsonToken.START_OBJECT) { // what is no object reads as an empty one, as in the tree
            p.skipChildren();
            return b.build();
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "PetId":
                    b.petId(JsonValues.longValue(p));
                    break;
                case "Name":
                    b.name(JsonValues.text(p));
                    break;
                case "Tags":
                    petTags(p, b);
                    break;
                case "Owner":
                    b.owner(owner(p));
                    break;
                case "Born":
                    b.born(JsonValues.instant(p));
                    break;
                case "Extras":
                    b.extras(JsonValues.jsonText(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
        return b.build();
    }

    private static void petTags(JsonParser p, Pet.Builder b) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "Tag":
                    b.tags(JsonValues.strings(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    static List<Pet> petList(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) { // a single item reads as a list of one
            return Collections.singletonList(pet(p));
        }
        List<Pet> out = new ArrayList<>();
        while (JsonValues.nextElement(p)) {
            out.add(pet(p));
        }
        return out;
    }

    static Owner owner(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Owner.Builder b = Owner.builder();
        if (t != JsonToken.START_OBJECT) { // what is no object reads as an empty one, as in the tree
            p.skipChildren();
            return b.build();
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "Phone":
                    b.phone(JsonValues.text(p));
                    break;
                case "Email":
                    b.email(JsonValues.text(p));
                    break;
                case "Hook":
                    b.hook(JsonValues.text(p));
                    break;
                case "Token":
                    b.token(JsonValues.text(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
        return b.build();
    }

    static Collar collar(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Collar.Builder b = Collar.builder();
        if (t != JsonToken.START_OBJECT) { // what is no object reads as an empty one, as in the tree
            p.skipChildren();
            return b.build();
        }
        for (String f; (f = JsonValues.nextField(p)) != null; ) {
            switch (f) {
                case "colour":
                    b.colour(JsonValues.text(p));
                    break;
                case "size":
                    b.size(JsonValues.intValue(p));
                    break;
                case "studs":
                    b.studs(JsonValues.strings(p));
                    break;
                case "owner":
                    b.owner(owner(p));
                    break;
                default:
                    p.skipChildren();
            }
        }
        return b.build();
    }
}
