package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The operation's own list of personal members decides what a message masks: a phone number sent under a
 * name no guess would recognise ({@code Guardians.N}) is masked where the service echoes it, while an
 * account id and any value the operation does not list stay readable.
 */
class SensitiveMembersTest {
    static final String PHONE = "86-13912345678";
    static final String OTHER_PHONE = "8613800001234";
    static final Operation<Map<String, String>, String> NOTIFY = Operation.<Map<String, String>, String>of(
            PipelineRetryTest.SERVICE, "NotifyThing",
            true, r -> { }, (r, w) -> r.forEach(w::put), (body, meta) -> Json.text(body, "RequestId"))
            .withSensitiveMembers(Operation.sensitive("Guardians.N", "phone"));

    static Map<String, String> request() {
        Map<String, String> m = new TreeMap<>();
        m.put("AccountId", "1234567890123456");
        m.put("Guardians.1", PHONE);
        m.put("Guardians.2", OTHER_PHONE);
        m.put("Ticket", "5550001234");
        return m;
    }

    @Test
    void aListedMemberIsMaskedWhereTheServiceEchoesItAndOtherValuesStayReadable() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.error(400, "InvalidParameter", "Guardian " + PHONE + " and " + OTHER_PHONE
                    + " of account 1234567890123456 cannot be called (ticket 5550001234)", "sens-r1"));
            server.start();
            ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                    StaticCredentialsProvider.create("LTAIsensKeyId", "sens-secret"), SignatureVersion.V1,
                    RetryStrategy.none(), null, null, null, null, null, null, Clock.systemUTC(),
                    ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
            AcsServiceException e;
            try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
                e = assertThrows(AcsServiceException.class, () -> rt.invoke(NOTIFY, request()));
            }
            assertEquals("Guardian ***78 and ***34 of account 1234567890123456 cannot be called (ticket 5550001234)",
                    e.errorMessage());
            assertEquals(PHONE, FormRequest.of(server.takeRequest()).param("Guardians.1"), "sent as given");
        }
    }

    @Test
    void validationMasksAListedMemberWholeAndKeepsOtherValuesReadable() {
        Pattern digitsOnly = Pattern.compile("\\d+");
        AcsClientException listed = assertThrows(AcsClientException.class, () -> Validation
                .of("NotifyThing", NOTIFY.sensitiveMembers()).matches("Guardians.1", PHONE, digitsOnly, "digits only"));
        assertEquals("Invalid NotifyThing request: Guardians.1 must be digits only; got '***78'. Nothing was sent.",
                listed.getMessage());
        AcsClientException other = assertThrows(AcsClientException.class, () -> Validation
                .of("NotifyThing", NOTIFY.sensitiveMembers()).matches("Ticket", "555-0001234", digitsOnly, "digits only"));
        assertEquals("Invalid NotifyThing request: Ticket must be digits only; got '555-0001234'. Nothing was sent.",
                other.getMessage());
    }
}
