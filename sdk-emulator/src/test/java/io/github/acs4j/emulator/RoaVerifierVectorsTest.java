package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every ROA signing vector (roa-vectors.json, a verbatim copy of the shared vectors: five CloudMonitor 2.0
 * requests as Alibaba's official Java SDK sent them) replayed as a received request through the emulator's
 * ROA verifier: each intermediate (canonical request, string to sign) must equal the vector's, the request
 * must verify, and the same request with one signature character, one body byte or the path's encoding
 * changed must be refused.
 */
class RoaVerifierVectorsTest {

    @TestFactory
    List<DynamicTest> everyRoaVectorVerifies() throws IOException {
        JsonNode vectors;
        try (InputStream in = RoaVerifierVectorsTest.class.getResourceAsStream("/roa-vectors.json")) {
            vectors = new ObjectMapper().readTree(in).get("vectors");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : vectors) {
            tests.add(DynamicTest.dynamicTest(v.get("name").asText(), () -> check(v)));
        }
        assertEquals(5, tests.size(), "expected the five shared ROA vectors");
        return tests;
    }

    private static void check(JsonNode v) {
        String method = v.get("method").asText();
        String path = v.get("path").asText();
        String query = v.get("query").asText();
        Map<String, String> headers = strings(v.get("headers"));
        byte[] body = v.get("body").asText().getBytes(StandardCharsets.UTF_8);
        List<String> signed = Arrays.asList(v.get("signedHeaders").asText().split(";"));
        ReceivedRequest good = new ReceivedRequest(method, path, query, headers, body);

        assertEquals(v.get("canonicalRequest").asText(), RoaSignatureVerifier.canonicalRequest(good, signed), "canonical request");
        assertEquals(v.get("stringToSign").asText(),
                RoaSignatureVerifier.stringToSign(RoaSignatureVerifier.canonicalRequest(good, signed)), "string to sign");
        Caller caller = verifier(v).verify(good);
        assertEquals(v.get("accessKeyId").asText(), caller.accessKeyId());
        assertEquals("ACS3-HMAC-SHA256", caller.signatureScheme());

        Map<String, String> badSignature = new LinkedHashMap<>(headers);
        String sig = v.get("signature").asText();
        badSignature.put("authorization", headers.get("authorization").replace("Signature=" + sig,
                "Signature=" + (sig.charAt(0) == 'a' ? 'b' : 'a') + sig.substring(1)));
        ApiError e = assertThrows(ApiError.class,
                () -> verifier(v).verify(new ReceivedRequest(method, path, query, badSignature, body)));
        assertEquals("SignatureDoesNotMatch", e.code());
        assertEquals(RoaSignatureVerifier.MISMATCH + v.get("stringToSign").asText(), e.getMessage());

        // the same path decoded one step (what a client that forgot to encode its path parameter signs) fails
        String decodedPath = path.replace("%20", " ").replace("%2F", "/");
        if (!decodedPath.equals(path)) {
            e = assertThrows(ApiError.class,
                    () -> verifier(v).verify(new ReceivedRequest(method, decodedPath, query, headers, body)));
            assertEquals("SignatureDoesNotMatch", e.code());
        }

        if (body.length > 0) {
            byte[] changed = body.clone();
            changed[1] ^= 1;
            e = assertThrows(ApiError.class,
                    () -> verifier(v).verify(new ReceivedRequest(method, path, query, headers, changed)));
            assertEquals("SignatureDoesNotMatch", e.code());
            assertEquals(true, e.getMessage().startsWith("The x-acs-content-sha256 header is not the SHA-256"), e.getMessage());
        }
    }

    /** A verifier that knows the vector's key and whose clock reads the vector's own date. */
    private static RoaSignatureVerifier verifier(JsonNode v) {
        String id = v.get("accessKeyId").asText();
        String secret = v.get("secret").asText();
        Instant at = Instant.parse(v.get("headers").get("x-acs-date").asText());
        return new RoaSignatureVerifier(k -> k.equals(id) ? secret : null,
                new NonceRegistry(RoaSignatureVerifier.DATE_WINDOW), Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }
}
