package io.github.acs4j.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Raw ARMS 2019-08-08 calls for the emulator tests: V1-signed, and, as the official SDK sends some
 * operations, with some parameters in the URL query and the others in the form body.
 */
final class ArmsCalls {
    static final String V = "2019-08-08";

    private final RawClient client;
    private final String secret;

    ArmsCalls(AcsEmulator emulator) {
        this.client = RawClient.of(emulator);
        this.secret = emulator.accessKeySecret();
    }

    /** POSTs every parameter in the form body, as V1 SDKs do. */
    RawClient.Answer post(String action, String... nameValue) {
        return client.post(action, V, RawClient.params(nameValue));
    }

    /** GETs with every parameter in the query. */
    RawClient.Answer get(String action, String... nameValue) {
        return client.get(action, V, RawClient.params(nameValue));
    }

    /** POSTs the parameters named in {@code inQuery} in the URL query, the others in the form body; signed over all. */
    RawClient.Answer split(String action, List<String> inQuery, String... nameValue) {
        SortedMap<String, String> all = client.v1Params(action, V, RawClient.params(nameValue));
        all.put("Signature", RawClient.v1Signature("POST", all, secret));
        SortedMap<String, String> query = new TreeMap<>();
        SortedMap<String, String> form = new TreeMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            (inQuery.contains(e.getKey()) ? query : form).put(e.getKey(), e.getValue());
        }
        return client.http("POST", "/?" + RawClient.formEncode(query), RawClient.form(),
                RawClient.formEncode(form).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the answer after checking it is a 200 */
    static RawClient.Answer ok(RawClient.Answer a) {
        assertEquals(200, a.status, a.toString());
        return a;
    }

    /** Checks an error answer's status and code. */
    static void refused(int status, String code, RawClient.Answer a) {
        assertEquals(status + " " + code, a.status + " " + a.code(), a.toString());
    }

    static List<String> names(String... names) {
        return Arrays.asList(names);
    }
}
