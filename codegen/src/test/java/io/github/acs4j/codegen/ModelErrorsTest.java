package io.github.acs4j.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model that breaks a rule of the format fails before anything is generated, with a message naming the file,
 * the operation (or shape) and the member. Each case takes the valid test model and breaks one thing.
 */
class ModelErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    File dir;

    @Test
    void theValidModelLoads() {
        assertEquals(5, ModelLoader.load(GoldenFilesTest.MODEL).operationCount());
    }

    @Test
    void unknownTypeNamesFileOperationAndMember() throws IOException {
        String m = failure(root -> createPetMember(root, 1).put("type", "strng"));
        assertMessage(m, "operation CreatePet, member Species: unknown type \"strng\"");
    }

    @Test
    void typeNamingNoShapeIsUnknown() throws IOException {
        String m = failure(root -> listPetsResponse(root, 1).put("type", "list<Cat>"));
        assertMessage(m, "operation ListPets, response, member Page.Pets.Pet: unknown type \"list<Cat>\" (no such shape)");
    }

    @Test
    void missingWireNameNamesFileOperationAndMember() throws IOException {
        String m = failure(root -> createPetMember(root, 0).remove("wire"));
        assertMessage(m, "operation CreatePet, member name: missing wire name");
    }

    @Test
    void duplicateOperationNamesTheAction() throws IOException {
        String m = failure(root -> {
            ArrayNode ops = (ArrayNode) root.get("operations");
            ops.add(ops.get(1).deepCopy());
        });
        assertMessage(m, "operation ListPets: duplicate operation");
    }

    @Test
    void aBodyParameterOnAGetOperationNamesFileOperationAndMember() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 0)).put("method", "GET"));
        assertMessage(m, "operation CreatePet, member Colours: position body on a GET operation, which has no body");
    }

    @Test
    void anRpcOperationIsSentByPostOrGet() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 1)).put("method", "PUT"));
        assertMessage(m, "operation ListPets: an RPC operation is sent by POST or GET, not PUT");
    }

    @Test
    void unknownHookNamesTheOperationAndTheHook() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 0).get("hooks")).put("validator", "NoSuchHook"));
        assertMessage(m, "operation CreatePet: unknown hook \"NoSuchHook\"");
    }

    @Test
    void hookUsedAsTheWrongKindFails() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 0).get("hooks")).put("validator", "LegacyRead"));
        assertMessage(m, "operation CreatePet: hook LegacyRead is a reader, used as a validator");
    }

    @Test
    void enumNamingNoEnumIsABadEnum() throws IOException {
        String m = failure(root -> ((ObjectNode) createPetMember(root, 1).get("limits")).put("enum", "Specie"));
        assertMessage(m, "operation CreatePet, member Species: bad enum: no enum named Specie");
    }

    @Test
    void enumWithARepeatedValueIsABadEnum() throws IOException {
        String m = failure(root -> ((ArrayNode) root.get("enums").get("Species").get("values")).add("Cat"));
        assertMessage(m, "enum Species: bad enum: empty or repeated value \"Cat\"");
    }

    @Test
    void inlineEnumOnANumberIsABadEnum() throws IOException {
        String m = failure(root -> ((ObjectNode) createPetMember(root, 8).get("limits")).putArray("enum").add("1"));
        assertMessage(m, "operation CreatePet, member Age: bad enum: only string members take an enum");
    }

    @Test
    void pagingThatNamesNoRequestMemberFails() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 1).get("paging")).put("pageNumber", "page"));
        assertMessage(m, "operation ListPets, paging: request member page does not exist");
    }

    @Test
    void pagingPositionThatTheResponseLacksFails() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 1).get("paging")).put("position", "currentPage"));
        assertMessage(m, "operation ListPets, paging: position currentPage is not a member of the response");
    }

    @Test
    void mustCarryThatTheResponseLacksFails() throws IOException {
        String m = failure(root -> ((ArrayNode) op(root, 0).get("response").get("mustCarry")).add("PetName"));
        assertMessage(m, "operation CreatePet, response: mustCarry names PetName");
    }

    @Test
    void errorCodeOutsideTheProductListFails() throws IOException {
        String m = failure(root -> ((ArrayNode) op(root, 0).get("errors")).add("NoSuchCode"));
        assertMessage(m, "operation CreatePet: error code NoSuchCode is not in the product's \"errors\" list");
    }

    @Test
    void operationWithoutIdempotencyFails() throws IOException {
        String m = failure(root -> op(root, 2).remove("idempotent"));
        assertMessage(m, "operation RenamePet: \"idempotent\" is required");
    }

    @Test
    void pathParameterMissingFromTheTemplateFails() throws IOException {
        String m = failure(root -> {
            op(root, 2).put("style", "ROA").put("method", "PATCH").put("path", "/pets");
            ((ObjectNode) op(root, 2).get("request").get("members").get(0)).put("position", "path");
        });
        assertMessage(m, "operation RenamePet, member PetId: a path parameter must appear in the path template /pets");
    }

    @Test
    void patternWithoutARuleFails() throws IOException {
        String m = failure(root -> ((ObjectNode) createPetMember(root, 0).get("limits").get("pattern")).remove("rule"));
        assertMessage(m, "operation CreatePet, member Name: a pattern needs \"regex\" and a \"rule\"");
    }

    @Test
    void unknownDefaultSignatureFails() throws IOException {
        String m = failure(root -> ((ObjectNode) root.get("service").get("defaultSignature")).put("value", "MD5"));
        assertMessage(m, "service.defaultSignature: unknown signature \"MD5\"");
    }

    @Test
    void misspeltKeyFailsInsteadOfDroppingTheFact() throws IOException {
        String m = failure(root -> createPetMember(root, 0).put("requried", true));
        assertMessage(m, "operation CreatePet, member Name: unknown key \"requried\"");
    }

    @Test
    void roaTemplateParameterWithoutAPathMemberFails() throws IOException {
        String m = failure(root -> op(root, 3).put("path", "/pets/{petId}/profile/{part}"));
        assertMessage(m, "operation UpdatePetProfile: path template /pets/{petId}/profile/{part} names {part}, which no"
                + " request member with position path fills");
    }

    @Test
    void roaPathMemberMissingFromTheTemplateFails() throws IOException {
        String m = failure(root -> op(root, 3).put("path", "/pets/profile"));
        assertMessage(m, "operation UpdatePetProfile, member petId: a path parameter must appear in the path template"
                + " /pets/profile as {petId}");
    }

    @Test
    void roaParameterThatDoesNotFillASegmentFails() throws IOException {
        String m = failure(root -> op(root, 3).put("path", "/pets/pet-{petId}"));
        assertMessage(m, "operation UpdatePetProfile: path template /pets/pet-{petId} is malformed");
    }

    @Test
    void roaOptionalPathParameterFails() throws IOException {
        String m = failure(root -> roaMember(root, 3, 0).put("required", false));
        assertMessage(m, "operation UpdatePetProfile, member petId: a path parameter must be required");
    }

    @Test
    void roaBodyMemberOnGetFails() throws IOException {
        String m = failure(root -> roaMember(root, 4, 3).put("position", "body"));
        assertMessage(m, "operation ListPetVisits, member pageNumber: a GET request carries no body");
    }

    @Test
    void roaFlatQueryListFails() throws IOException {
        String m = failure(root -> roaMember(root, 4, 1).remove("listStyle"));
        assertMessage(m, "operation ListPetVisits, member visitIds: an ROA query list travels as one value");
    }

    @Test
    void roaObjectInTheQueryFails() throws IOException {
        String m = failure(root -> roaMember(root, 3, 7).put("position", "query"));
        assertMessage(m, "operation UpdatePetProfile, member owner: objects go in the JSON body");
    }

    @Test
    void roaListHeaderFails() throws IOException {
        String m = failure(root -> roaMember(root, 3, 1).put("type", "list<string>"));
        assertMessage(m, "operation UpdatePetProfile, member x-acs-pets-trace: a header is one scalar value");
    }

    @Test
    void roaBodyShapeWithDottedWireNamesFails() throws IOException {
        String m = failure(root -> roaMember(root, 3, 8).put("type", "list<Pet>"));
        assertMessage(m, "operation UpdatePetProfile, member collars: shape Pet, member Tags.Tag: a shape written into"
                + " a JSON body needs plain wire names");
    }

    @Test
    void waiterPollingANonIdempotentOperationFails() throws IOException {
        String m = failure(root -> waiter(root).put("operation", "CreatePet"));
        assertMessage(m, "waiter PetNamed: polls CreatePet, which is not idempotent");
    }

    @Test
    void waiterMemberThatIsNoResponseMemberFails() throws IOException {
        String m = failure(root -> ((ObjectNode) waiter(root).get("acceptors").get(0)).put("member", "pet.nmae"));
        assertMessage(m, "waiter PetNamed: member pet.nmae does not name a response member of RenamePet");
    }

    @Test
    void waiterErrorCodeOutsideTheProductListFails() throws IOException {
        String m = failure(root -> ((ObjectNode) waiter(root).get("acceptors").get(2)).put("errorCode", "Pet.Lost"));
        assertMessage(m, "waiter PetNamed: error code Pet.Lost is not in the product's \"errors\" list");
    }

    @Test
    void waiterAcceptorWithBothMatchersFails() throws IOException {
        String m = failure(root -> ((ObjectNode) waiter(root).get("acceptors").get(0)).put("errorCode", "Busy"));
        assertMessage(m, "waiter PetNamed, acceptor: an acceptor matches either an \"errorCode\", or a \"member\"");
    }

    @Test
    void idempotentWhenOnAnIdempotentOperationOrAnUnknownMemberFails() throws IOException {
        String m = failure(root -> op(root, 2).put("idempotentWhen", "PetId"));
        assertMessage(m, "operation RenamePet: idempotentWhen names PetId: it must be a request member of an operation "
                + "with \"idempotent\": false");
        String unknown = failure(root -> op(root, 0).put("idempotentWhen", "PetID"));
        assertMessage(unknown, "operation CreatePet: idempotentWhen names PetID");
    }

    @Test
    void aRuleConditionOnAnUnknownMemberFails() throws IOException {
        String m = failure(root -> ((ObjectNode) op(root, 0).get("request").get("rules").get(1).get("when"))
                .put("member", "Ages"));
        assertMessage(m, "operation CreatePet: rule condition names Ages, which is not a request member");
    }

    @Test
    void unreadableJsonNamesTheFile() throws IOException {
        File f = new File(dir, "broken.json");
        Files.write(f.toPath(), "{\"format\": 1,".getBytes(StandardCharsets.UTF_8));
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load(f));
        assertTrue(e.getMessage().startsWith(f.getPath() + ": not readable JSON"), e.getMessage());
    }

    private String failure(Consumer<ObjectNode> breakIt) throws IOException {
        File f = broken(breakIt);
        return assertThrows(ModelException.class, () -> ModelLoader.load(f)).getMessage();
    }

    private File broken(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(GoldenFilesTest.MODEL);
        breakIt.accept(root);
        File f = new File(dir, "pets-broken.json");
        JSON.writeValue(f, root);
        return f;
    }

    private void assertMessage(String message, String expected) {
        String file = new File(dir, "pets-broken.json").getPath() + ": ";
        assertTrue(message.startsWith(file + expected), "expected \"" + file + expected + "...\", got: " + message);
    }

    private static ObjectNode waiter(ObjectNode root) {
        return (ObjectNode) root.get("waiters").get("PetNamed");
    }

    private static ObjectNode op(ObjectNode root, int i) {
        return (ObjectNode) root.get("operations").get(i);
    }

    private static ObjectNode roaMember(ObjectNode root, int op, int i) {
        return (ObjectNode) op(root, op).get("request").get("members").get(i);
    }

    private static ObjectNode createPetMember(ObjectNode root, int i) {
        return (ObjectNode) op(root, 0).get("request").get("members").get(i);
    }

    private static ObjectNode listPetsResponse(ObjectNode root, int i) {
        return (ObjectNode) op(root, 1).get("response").get("members").get(i);
    }
}
