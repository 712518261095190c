package io.github.acs4j.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON Schema that documents the format ({@code api-model.schema.json}) allows exactly the keys the
 * loader accepts, object by object, so the two cannot drift apart.
 */
class ModelFormatSchemaTest {
    @Test
    void schemaAndLoaderKnowTheSameKeys() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(new File("src/main/resources/api-model.schema.json"));
        JsonNode defs = schema.get("definitions");
        JsonNode service = defs.get("service").get("properties");
        JsonNode operation = defs.get("operation").get("properties");
        assertKeys(ModelLoader.ROOT_KEYS, schema, "top level");
        assertKeys(ModelLoader.HOOK_KEYS, defs.get("hook"), "hook");
        assertKeys(ModelLoader.ERROR_KEYS, defs.get("error"), "error");
        assertKeys(ModelLoader.SERVICE_KEYS, defs.get("service"), "service");
        assertKeys(ModelLoader.ENDPOINT_KEYS, service.get("endpoints"), "service.endpoints");
        assertKeys(ModelLoader.SIGNATURE_KEYS, service.get("defaultSignature"), "service.defaultSignature");
        assertKeys(ModelLoader.EXCEPTION_KEYS, service.get("exception"), "service.exception");
        assertKeys(ModelLoader.ENUM_KEYS, defs.get("enum"), "enum");
        assertKeys(ModelLoader.SHAPE_KEYS, defs.get("shape"), "shape");
        assertKeys(ModelLoader.OPERATION_KEYS, defs.get("operation"), "operation");
        assertKeys(ModelLoader.REQUEST_KEYS, operation.get("request"), "operation.request");
        assertKeys(ModelLoader.RESPONSE_KEYS, operation.get("response"), "operation.response");
        assertKeys(ModelLoader.PAGING_KEYS, operation.get("paging"), "operation.paging");
        assertKeys(ModelLoader.OPERATION_HOOK_KEYS, operation.get("hooks"), "operation.hooks");
        assertKeys(ModelLoader.MEMBER_KEYS, defs.get("member"), "member");
        assertKeys(ModelLoader.WAITER_KEYS, defs.get("waiter"), "waiter");
        assertKeys(ModelLoader.ACCEPTOR_KEYS, defs.get("acceptor"), "waiter.acceptor");
        assertKeys(ModelLoader.LIMIT_KEYS, defs.get("member").get("properties").get("limits"), "member.limits");
    }

    private static void assertKeys(String[] loader, JsonNode schemaObject, String where) {
        TreeSet<String> inSchema = new TreeSet<>();
        for (Iterator<String> it = schemaObject.get("properties").fieldNames(); it.hasNext(); ) {
            inSchema.add(it.next());
        }
        assertEquals(inSchema, new TreeSet<>(Arrays.asList(loader)), where);
    }
}
