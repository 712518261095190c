package io.github.acs4j.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every vector in signature-vectors.json (a verbatim copy of the shared vectors), each intermediate
 * checked so that a failure says which step is wrong.
 */
class SignatureVectorsTest {

    static JsonNode vectors() throws IOException {
        try (InputStream in = SignatureVectorsTest.class.getResourceAsStream("/signature-vectors.json")) {
            return new ObjectMapper().readTree(in).get("vectors");
        }
    }

    @TestFactory
    List<DynamicTest> everyVectorPasses() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int v1 = 0;
        int v3 = 0;
        for (JsonNode v : vectors()) {
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
        SortedMap<String, String> params = new TreeMap<>(strings(in.get("signed_params")));
        // the signed set must be exactly common + query + form
        SortedMap<String, String> union = new TreeMap<>(strings(in.get("common_params")));
        union.putAll(strings(in.get("query_params")));
        union.putAll(strings(in.get("form_params")));
        assertEquals(params, union, "signed_params = common + query + form");

        String canonical = RpcV1Signer.canonicalQuery(params);
        assertEquals(ex.get("canonical_query").asText(), canonical, "canonical query");
        String sts = RpcV1Signer.stringToSign(in.get("method").asText(), canonical);
        assertEquals(ex.get("string_to_sign").asText(), sts, "string to sign");
        String sig = RpcV1Signer.signature(in.get("access_key_secret").asText(), sts);
        assertEquals(ex.get("signature").asText(), sig, "signature");
        assertEquals(ex.get("signing_key").asText(), in.get("access_key_secret").asText() + "&", "signing key");
        // the byte path the client sends through: the same canonical query, then the encoded signature
        byte[] form = RpcV1Signer.signedForm(in.get("method").asText(), params, in.get("access_key_secret").asText());
        assertEquals(ex.get("canonical_query").asText() + "&Signature=" + PercentEncoder.encode(ex.get("signature").asText()),
                new String(form, java.nio.charset.StandardCharsets.US_ASCII), "signed form body");
        // the query we would send: canonical query plus the encoded signature, in sorted position
        SortedMap<String, String> sent = new TreeMap<>(params);
        if (in.get("form_params").size() == 0) {
            sent.put("Signature", sig);
            assertEquals(ex.get("example_url_query").asText(), RpcV1Signer.canonicalQuery(sent), "url query");
        }
    }

    private static void checkV3(JsonNode v) {
        JsonNode in = v.get("input");
        JsonNode ex = v.get("expected");
        byte[] body = in.get("body").asText().getBytes(StandardCharsets.UTF_8);
        String hashed = Acs3Signer.hashedPayload(body);
        assertEquals(ex.get("hashed_payload").asText(), hashed, "hashed payload");
        String canonicalQuery = RpcV1Signer.canonicalQuery(new TreeMap<>(strings(in.get("query"))));
        assertEquals(ex.get("canonical_query").asText(), canonicalQuery, "canonical query");
        SortedMap<String, String> headers = Acs3Signer.signedHeaders(strings(in.get("headers")));
        assertEquals(ex.get("signed_headers").asText(), Acs3Signer.signedHeaderNames(headers), "signed headers");
        String canonicalRequest = Acs3Signer.canonicalRequest(in.get("method").asText(), in.get("path").asText(),
                canonicalQuery, headers, hashed);
        assertEquals(ex.get("canonical_request").asText(), canonicalRequest, "canonical request");
        String sts = Acs3Signer.stringToSign(canonicalRequest);
        assertEquals(ex.get("string_to_sign").asText(), sts, "string to sign");
        String[] sorted = new String[headers.size() * 2];
        int n = 0;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sorted[n++] = h.getKey();
            sorted[n++] = h.getValue();
        }
        String hashedRequest = Acs3Signer.hashedCanonicalRequest(in.get("method").asText(), in.get("path").asText(),
                canonicalQuery, sorted, n, Acs3Signer.signedHeaderNames(headers), hashed);
        assertEquals(ex.get("string_to_sign").asText(), Acs3Signer.ALGORITHM + "\n" + hashedRequest,
                "string to sign, hashed from the buffer");
        String sig = Acs3Signer.signature(in.get("access_key_secret").asText(), sts);
        assertEquals(ex.get("signature").asText(), sig, "signature");
        assertEquals(ex.get("signature").asText(),
                Acs3Signer.signHashedCanonicalRequest(in.get("access_key_secret").asText(), hashedRequest),
                "signature, signed from the hash without the string to sign");
        assertEquals(ex.get("authorization").asText(),
                Acs3Signer.authorization(in.get("access_key_id").asText(), Acs3Signer.signedHeaderNames(headers), sig),
                "authorization");
    }

    static Map<String, String> strings(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }
}
