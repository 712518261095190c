package io.github.acs4j.codegen;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST-style (ROA) operations generated from the pets model work on the wire: a driver compiled beside the
 * generated sources ({@code src/test/resources/pets-wire}) calls the client against a MockWebServer, and the test
 * checks the method, the encoded path parameter, the JSON-text and delimited query values, the header member,
 * the JSON body with nested objects and lists of objects, the ACS3 headers, paging by page number with
 * {@code total}, and that invalid input sends nothing.
 */
class GeneratedRoaClientWireTest extends PetsWireFixture {
    @Test
    void patchWritesPathQueryHeaderAndNestedJsonBody() throws Exception {
        server.enqueue(json("{\"requestId\":\"r-1\",\"petId\":\"p/1 ü\"}"));
        assertEquals("p/1 ü", drive("updatePetProfile"));
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("PATCH", r.getMethod());
        assertEquals("/pets/p%2F1%20%C3%BC/profile?dryRun=true", r.getPath());
        assertEquals("UpdatePetProfile", r.getHeader("x-acs-action"));
        assertEquals("2020-01-01", r.getHeader("x-acs-version"));
        assertEquals("t-1", r.getHeader("x-acs-pets-trace"));
        assertEquals("application/json; charset=utf-8", r.getHeader("Content-Type"));
        String owner = "{\"Phone\":\"+86 13800001234\",\"Email\":\"vet.owner@example.com\"}";
        assertEquals("{\"nickname\":\"小白 ✓\",\"weight\":4200,\"labels\":[\"calm\",\"old\"],\"owner\":" + owner
                + ",\"collars\":[{\"colour\":\"red\",\"size\":3,\"studs\":[\"s1\"],\"owner\":" + owner + "},"
                + "{\"colour\":\"blue\"}]}", r.getBody().readString(StandardCharsets.UTF_8));
        String auth = r.getHeader("Authorization");
        assertTrue(auth.startsWith("ACS3-HMAC-SHA256 Credential=pets-id,SignedHeaders=content-type;host;x-acs-action;"
                + "x-acs-content-sha256;x-acs-date;x-acs-pets-trace;x-acs-signature-nonce;x-acs-version,Signature="), auth);
    }

    @Test
    void getPagesByPageNumberWithJsonAndDelimitedQueryValues() throws Exception {
        server.enqueue(json("{\"requestId\":\"r-1\",\"total\":3,\"pageNumber\":1,\"visits\":[{\"Name\":\"a\"},{\"Name\":\"b\"}]}"));
        server.enqueue(json("{\"requestId\":\"r-2\",\"total\":3,\"pageNumber\":2,\"visits\":[{\"Name\":\"c\"}]}"));
        assertEquals("a,b,c", drive("listPetVisitsPages"));
        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("GET", first.getMethod());
        assertEquals("/pets/p1/visits?kinds=Cat%2CDog&pageSize=2&visitIds=%5B%22v1%22%2C%22v%202%22%5D", first.getPath());
        assertEquals(0, first.getBodySize());
        assertNull(first.getHeader("Content-Type"));
        assertEquals("/pets/p1/visits?kinds=Cat%2CDog&pageNumber=2&pageSize=2&visitIds=%5B%22v1%22%2C%22v%202%22%5D",
                server.takeRequest(5, TimeUnit.SECONDS).getPath());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aMissingPathParameterFailsBeforeAnythingIsSent() throws Exception {
        String message = drive("updateWithoutPetId");
        assertEquals("Invalid UpdatePetProfile request: petId is required; got null. Nothing was sent.", message);
        assertEquals(0, server.getRequestCount());
    }

    private String drive(String method) throws Exception {
        return drive("PetsRoaDriver", method);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
