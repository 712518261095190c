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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every signing vector (signature-vectors.json, a verbatim copy of the shared vectors) replayed as a
 * received request through the emulator's verifier: it must accept it, compute the expected string to
 * sign, and refuse the same request with one byte of the signature changed, echoing that string.
 */
class VerifierVectorsTest {

    @TestFactory
    List<DynamicTest> everyVectorVerifies() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        JsonNode vectors;
        try (InputStream in = VerifierVectorsTest.class.getResourceAsStream("/signature-vectors.json")) {
            vectors = new ObjectMapper().readTree(in).get("vectors");
        }
        int v1 = 0;
        int v3 = 0;
        for (JsonNode v : vectors) {
            String scheme = v.get("scheme").asText();
            if (scheme.equals("rpc-v1-hmac-sha1")) {
                v1++;
                tests.add(DynamicTest.dynamicTest(v.get("id").asText(), () -> checkV1(v)));
            } else if (scheme.equals("acs3-hmac-sha256")) {
                v3++;
                tests.add(DynamicTest.dynamicTest(v.get("id").asText(), () -> checkV3(v)));
            } else {
                throw new AssertionError("unknown scheme " + scheme);
            }
        }
        assertTrue(v1 >= 7 && v3 >= 5, "expected all vectors, found v1=" + v1 + " v3=" + v3);
        return tests;
    }

    private static void checkV1(JsonNode v) {
        JsonNode in = v.get("input");
        JsonNode ex = v.get("expected");
        SortedMap<String, String> query = new TreeMap<>(strings(in.get("common_params")));
        query.putAll(strings(in.get("query_params")));
        query.put("Signature", ex.get("signature").asText());
        SortedMap<String, String> form = new TreeMap<>(strings(in.get("form_params")));
        String method = in.get("method").asText();
        Instant at = Instant.parse(query.get("Timestamp"));

        ReceivedRequest good = v1Request(method, query, form);
        assertEquals(ex.get("string_to_sign").asText(), SignatureVerifier.v1StringToSign(method, good.parameters()),
                "string to sign");
        Caller caller = verifier(in, at).verify(good);
        assertEquals(in.get("access_key_id").asText(), caller.accessKeyId());
        assertEquals("HMAC-SHA1", caller.signatureScheme());

        SortedMap<String, String> tampered = new TreeMap<>(query);
        tampered.put("Signature", flipFirst(ex.get("signature").asText()));
        ApiError e = assertThrows(ApiError.class, () -> verifier(in, at).verify(v1Request(method, tampered, form)));
        assertEquals("SignatureDoesNotMatch", e.code());
        assertEquals(400, e.status());
        assertEquals(SignatureVerifier.MISMATCH_PREFIX + ex.get("string_to_sign").asText(), e.getMessage());
    }

    private static void checkV3(JsonNode v) {
        JsonNode in = v.get("input");
        JsonNode ex = v.get("expected");
        Map<String, String> headers = new LinkedHashMap<>(strings(in.get("headers")));
        headers.put("Authorization", ex.get("authorization").asText());
        String query = RawClient.formEncode(new TreeMap<>(strings(in.get("query"))));
        byte[] body = in.get("body").asText().getBytes(StandardCharsets.UTF_8);
        String method = in.get("method").asText();
        Instant at = Instant.parse(header(headers, "x-acs-date"));

        ReceivedRequest good = new ReceivedRequest(method, in.get("path").asText(), query, headers, body);
        List<String> signed = SignatureVerifier.signedHeaderList(ex.get("signed_headers").asText());
        assertEquals(ex.get("string_to_sign").asText(), SignatureVerifier.v3StringToSign(good, signed), "string to sign");
        Caller caller = verifier(in, at).verify(good);
        assertEquals(in.get("access_key_id").asText(), caller.accessKeyId());
        assertEquals("ACS3-HMAC-SHA256", caller.signatureScheme());

        Map<String, String> tampered = new LinkedHashMap<>(headers);
        tampered.put("Authorization", ex.get("authorization").asText().replace("Signature=" + ex.get("signature").asText(),
                "Signature=" + flipFirst(ex.get("signature").asText())));
        ApiError e = assertThrows(ApiError.class,
                () -> verifier(in, at).verify(new ReceivedRequest(method, in.get("path").asText(), query, tampered, body)));
        assertEquals("SignatureDoesNotMatch", e.code());
        assertEquals(SignatureVerifier.MISMATCH_PREFIX + ex.get("string_to_sign").asText(), e.getMessage());
    }

    private static ReceivedRequest v1Request(String method, SortedMap<String, String> query, SortedMap<String, String> form) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        if (!form.isEmpty()) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            body = RawClient.formEncode(form).getBytes(StandardCharsets.UTF_8);
        }
        return new ReceivedRequest(method, "/", RawClient.formEncode(query), headers, body);
    }

    /** A verifier that knows the vector's key and whose clock reads the vector's own timestamp. */
    private static SignatureVerifier verifier(JsonNode in, Instant at) {
        String id = in.get("access_key_id").asText();
        String secret = in.get("access_key_secret").asText();
        return new SignatureVerifier(k -> k.equals(id) ? secret : null, new NonceRegistry(SignatureVerifier.TIMESTAMP_WINDOW),
                Clock.fixed(at, ZoneOffset.UTC));
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue().trim();
            }
        }
        throw new AssertionError("vector has no " + name);
    }

    private static String flipFirst(String s) {
        char c = s.charAt(0);
        return (c == 'A' ? 'B' : 'A') + s.substring(1);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
        }
        return m;
    }
}
