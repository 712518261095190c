package io.github.acs4j.codegen;

import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the pets model documents reaches the wire behaviour of its generated client: each error code's
 * {@code retryable} and {@code throttling} flags decide the retries (before sdk-core's generic rules, which
 * would retry none of {@code Busy}, {@code Pet.Asleep} under HTTP 400 and would retry {@code Pet.Gone}
 * under 503), a non-idempotent call is never repeated for a merely retryable code, and a member the model
 * marks personal ({@code Guardians.N}, a name no guess would recognise) is masked where the service echoes
 * it. Random jitter is fixed at 0.5: a normal first wait is 50 ms, a throttled one 500 ms.
 */
class PetsErrorFlagsWireTest extends PetsWireFixture {

    @Test
    void aThrottlingCodeIsRetriedWithTheThrottlingBackoffEvenForANonIdempotentCall() throws Exception {
        server.enqueue(error(400, "Busy", "slow down", "r-1"));
        server.enqueue(json(200, "{\"RequestId\":\"r-2\",\"PetId\":\"p-1\"}"));
        assertEquals("ok p-1, sleeps [500]", drive("createPet"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRetryableCodeIsRetriedOnAnIdempotentCallAndCountedInAttempts() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(error(400, "Pet.Asleep", "later", "r-" + i));
        }
        assertEquals("failed Pet.Asleep after 3 attempt(s), sleeps [50, 100]: later", drive("renamePet"));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aRetryableCodeIsNotRetriedOnANonIdempotentCall() throws Exception {
        server.enqueue(error(400, "Pet.Asleep", "later", "r-1"));
        server.enqueue(json(200, "{\"RequestId\":\"r-2\",\"PetId\":\"p-1\"}"));
        assertEquals("failed Pet.Asleep after 1 attempt(s), sleeps []: later", drive("createPet"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aCodeMarkedNotRetryableIsNotRetriedWhateverTheStatus() throws Exception {
        server.enqueue(error(503, "Pet.Gone", "gone", "r-1"));
        server.enqueue(json(200, "{\"RequestId\":\"r-2\"}"));
        assertEquals("failed Pet.Gone after 1 attempt(s), sleeps []: gone", drive("renamePet"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anUndocumentedCodeFollowsTheGenericRules() throws Exception {
        server.enqueue(error(503, "ServiceUnavailable", "busy", "r-1"));
        server.enqueue(json(200, "{\"RequestId\":\"r-2\"}"));
        assertEquals("ok, sleeps [50]", drive("renamePet"));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aMemberTheModelMarksPersonalIsMaskedWhereTheServiceEchoesIt() throws Exception {
        server.enqueue(error(400, "InvalidParameter",
                "Guardian 86-13912345678 of pet Rex (owner account 1234567890123456) cannot be reached", "r-1"));
        assertEquals("failed InvalidParameter after 1 attempt(s), sleeps []: Guardian ***78 of pet Rex"
                + " (owner account 1234567890123456) cannot be reached", drive("createPet"));
        // the pets model signs with ACS3, which sends query-positioned members such as Guardians in the URL
        okhttp3.mockwebserver.RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        String query = sent.getRequestUrl().encodedQuery();
        assertTrue(("&" + URLDecoder.decode(query, "UTF-8") + "&").contains("&Guardians.1=86-13912345678&"),
                "sent as given: " + query);
    }

    private String drive(String method) throws Exception {
        return drive("PetsDriver", method);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse error(int status, String code, String message, String requestId) {
        return json(status, "{\"RequestId\":\"" + requestId + "\",\"Code\":\"" + code + "\",\"Message\":\""
                + message + "\"}");
    }
}
