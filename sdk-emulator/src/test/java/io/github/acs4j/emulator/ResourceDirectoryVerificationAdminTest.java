package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone emulator's admin call that plays the recipient of a Resource Directory verification
 * ({@code POST /_emulator/resourcedirectory/verify}), and the daily allowance of verification messages.
 */
class ResourceDirectoryVerificationAdminTest {
    private static final String V = "2022-04-19";

    @Test
    void theAdminCallVerifiesAPendingAddressOverHttp() {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            RawClient client = RawClient.of(emulator);
            String id = add(client, "Tom", "tom@example.com");
            ok(client.post("SendEmailVerificationForMessageContact", V, params("ContactId", id, "EmailAddress", "tom@example.com")));
            int apiCalls = emulator.requestCount();

            RawClient.Answer verified = client.http("POST", "/_emulator/resourcedirectory/verify?contactId=" + id + "&kind=email",
                    RawClient.form(), new byte[0]);
            assertEquals(200, verified.status, verified.toString());
            assertEquals(id, verified.body.path("ContactId").asText());
            assertEquals("Active", get(client, id).path("Status").asText());
            assertEquals(apiCalls + 1, emulator.requestCount(), "only the GetMessageContact counts: the admin call is no API call");
        }
    }

    @Test
    void theAdminCallRefusesWhatItCannotDo() {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            RawClient client = RawClient.of(emulator);
            String id = add(client, "Tom", "tom@example.com");
            String verify = "/_emulator/resourcedirectory/verify";
            assertAdminError(409, "EntityNotExists.Contact.Verification",
                    client.http("POST", verify + "?contactId=" + id + "&kind=email", RawClient.form(), new byte[0]));
            assertAdminError(404, "EntityNotExists.Contact",
                    client.http("POST", verify + "?contactId=c-Unknown&kind=email", RawClient.form(), new byte[0]));
            assertAdminError(400, "MissingParameter.contactId", client.http("POST", verify + "?kind=email", RawClient.form(), new byte[0]));
            assertAdminError(400, "InvalidParameter.kind",
                    client.http("POST", verify + "?contactId=" + id + "&kind=fax", RawClient.form(), new byte[0]));
            assertAdminError(405, "MethodNotAllowed", client.http("GET", verify + "?contactId=" + id + "&kind=email",
                    RawClient.form(), null));
            assertAdminError(404, "NotFound", client.http("POST", "/_emulator/other", RawClient.form(), new byte[0]));
            assertEquals("Verifying", get(client, id).path("Status").asText());
        }
    }

    @Test
    void verificationMessagesAreLimitedPerAccountAndDay() {
        MutableClock clock = new MutableClock(Instant.now()); // still: requests signed now stay inside the 15-minute window
        try (AcsEmulator emulator = AcsEmulator.builder().accessKeyId("DailyKey").accessKeySecret("daily-secret")
                .resourceDirectoryDailyVerificationLimit(2).clock(clock).start()) {
            RawClient client = new RawClient(emulator.endpoint(), "DailyKey", "daily-secret");
            String id = add(client, "Tom", "tom@example.com");
            Map<String, String> send = params("ContactId", id, "EmailAddress", "tom@example.com");
            ok(client.post("SendEmailVerificationForMessageContact", V, send));
            ok(client.post("SendEmailVerificationForMessageContact", V, send));
            RawClient.Answer third = client.post("SendEmailVerificationForMessageContact", V, send);
            assertEquals(409, third.status, third.toString());
            assertEquals("SendValidateCodeExceedsLimitForAccount", third.code());

            clock.advance(Duration.ofDays(1));
            SortedMap<String, String> nextDay = client.v1Params("SendEmailVerificationForMessageContact", V, send);
            nextDay.put("Timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            ok(client.sendV1("POST", nextDay, "daily-secret"));
        }
    }

    private static String add(RawClient client, String name, String email) {
        return ok(client.post("AddMessageContact", V, params("Name", name, "EmailAddress", email, "Title", "CEO",
                "MessageTypes.1", "FaultMessage"))).path("Contact").path("ContactId").asText();
    }

    private static JsonNode get(RawClient client, String id) {
        return ok(client.post("GetMessageContact", V, params("ContactId", id))).path("Contact");
    }

    private static JsonNode ok(RawClient.Answer a) {
        assertEquals(200, a.status, a.toString());
        return a.body;
    }

    private static void assertAdminError(int status, String code, RawClient.Answer a) {
        assertEquals(status, a.status, a.toString());
        assertEquals(code, a.body.path("Code").asText(), a.toString());
        assertTrue(a.body.path("Message").asText().length() > 0, a.toString());
    }
}
