package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's legacy alert contacts: a string ContactId on create and numbers elsewhere, ContactIds as one
 * JSON array text, an update that clears the channels it leaves out, RegionId mandatory.
 */
class ArmsEmulationTest {
    private static final String V = "2019-08-08";
    private static AcsEmulator emulator;
    private static RawClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
        client = RawClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void createSearchUpdateDelete() {
        RawClient.Answer created = client.post("CreateAlertContact", V, params("RegionId", "cn-hangzhou",
                "ContactName", "Ops", "Email", "ops@example.com", "PhoneNum", "13800000000", "SystemNoc", "true"));
        assertEquals(200, created.status, created.toString());
        assertTrue(created.body.path("ContactId").isTextual(), "CreateAlertContact answers ContactId as a string");
        String id = created.text("ContactId");

        JsonNode bean = client.post("SearchAlertContact", V, params("RegionId", "cn-hangzhou", "ContactIds", "[" + id + "]"))
                .body.path("PageBean");
        assertEquals(1, bean.path("TotalCount").asInt());
        JsonNode c = bean.path("Contacts").get(0);
        assertTrue(c.path("ContactId").isNumber(), "SearchAlertContact answers ContactId as a number");
        assertEquals("13800000000", c.path("Phone").asText());
        assertTrue(c.path("SystemNoc").asBoolean());
        assertTrue(c.path("CreateTime").isIntegralNumber() && c.path("CreateTime").asLong() > 1_500_000_000_000L,
                "CreateTime is epoch milliseconds: " + c);
        assertEquals(c.path("CreateTime").asLong(), c.path("UpdateTime").asLong(),
                "a contact never updated reads its creation time as UpdateTime, not 0");

        RawClient.Answer updated = client.post("UpdateAlertContact", V, params("RegionId", "cn-hangzhou", "ContactId", id,
                "Email", "new@example.com"));
        assertTrue(updated.body.path("IsSuccess").asBoolean(), updated.toString());
        JsonNode after = client.post("SearchAlertContact", V, params("RegionId", "cn-hangzhou",
                "ContactIds", "[\"" + id + "\"]")).body.path("PageBean").path("Contacts").get(0);
        assertEquals("new@example.com", after.path("Email").asText());
        assertTrue(after.path("Phone").isNull() || !after.has("Phone"), "the phone left out of the update is cleared");
        assertEquals("Ops", after.path("ContactName").asText(), "the name left out is kept");

        assertTrue(client.post("DeleteAlertContact", V, params("RegionId", "cn-hangzhou", "ContactId", id))
                .body.path("IsSuccess").asBoolean());
        assertEquals(0, client.post("SearchAlertContact", V, params("RegionId", "cn-hangzhou", "ContactIds", "[" + id + "]"))
                .body.path("PageBean").path("TotalCount").asInt());
        RawClient.Answer again = client.post("DeleteAlertContact", V, params("RegionId", "cn-hangzhou", "ContactId", id));
        assertEquals(404, again.status);
        assertEquals("ContactNotExists", again.code());
    }

    @Test
    void validatesLikeTheService() {
        assertEquals("MissingParameter", client.post("CreateAlertContact", V, params("Email", "a@example.com")).code());
        assertEquals("InvalidParameter", client.post("CreateAlertContact", V, params("RegionId", "cn-hangzhou",
                "ContactName", "nobody to reach")).code());
        assertEquals("AlertPhoneNumberIllegal", client.post("CreateAlertContact", V, params("RegionId", "cn-hangzhou",
                "PhoneNum", "call me")).code());
        assertEquals("InvalidParameter", client.post("SearchAlertContact", V, params("RegionId", "cn-hangzhou",
                "ContactIds", "12,13")).code());
        RawClient.Answer missingId = client.post("UpdateAlertContact", V, params("RegionId", "cn-hangzhou", "Email", "a@example.com"));
        assertEquals(400, missingId.status);
        assertFalse(missingId.body.has("Success"), "ARMS bodies carry no Success flag");
    }
}
