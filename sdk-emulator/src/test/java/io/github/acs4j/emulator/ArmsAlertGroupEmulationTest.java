package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.acs4j.emulator.ArmsCalls.ok;
import static io.github.acs4j.emulator.ArmsCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS's legacy alert contact groups and legacy webhooks, over raw HTTP: members as one space-separated
 * string, IDs as strings on create and numbers in Search, members only with IsDetail, a deleted contact
 * leaving its groups, webhooks as legacy contacts.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ArmsAlertGroupEmulationTest {
    private static final String R = "cn-hangzhou";
    private ArmsCalls arms;

    @BeforeEach
    void forget(AcsEmulator shared) {
        shared.reset();
        arms = new ArmsCalls(shared);
    }

    private String contact(String name, String email) {
        return ok(arms.post("CreateAlertContact", "RegionId", R, "ContactName", name, "Email", email)).text("ContactId");
    }

    private JsonNode groups(String... filter) {
        String[] all = new String[filter.length + 2];
        all[0] = "RegionId";
        all[1] = R;
        System.arraycopy(filter, 0, all, 2, filter.length);
        return ok(arms.post("SearchAlertContactGroup", all)).body.path("ContactGroups");
    }

    @Test
    void groupLifeCycleWithSpaceSeparatedMembers() {
        String a = contact("Ann", "ann@example.com");
        String b = contact("Bob", "bob@example.com");
        RawClient.Answer created = ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "oncall",
                "ContactIds", a + " " + b));
        assertTrue(created.body.path("ContactGroupId").isTextual(), "Create answers the group ID as a string: " + created);
        String id = created.text("ContactGroupId");

        JsonNode plain = groups("ContactGroupIds", id).get(0);
        assertTrue(plain.path("ContactGroupId").isIntegralNumber(), "Search answers the ID as a number: " + plain);
        assertEquals("oncall", plain.path("ContactGroupName").asText());
        assertTrue(plain.path("CreateTime").asLong() > 1_500_000_000_000L, "epoch milliseconds: " + plain);
        assertFalse(plain.has("Contacts"), "members only with IsDetail=true: " + plain);

        JsonNode members = groups("ContactGroupIds", id, "IsDetail", "true").get(0).path("Contacts");
        assertEquals(2, members.size(), members.toString());
        assertEquals("Ann", members.get(0).path("ContactName").asText());
        assertEquals("bob@example.com", members.get(1).path("Email").asText());
        assertTrue(members.get(0).path("ContactId").isIntegralNumber());

        ok(arms.post("UpdateAlertContactGroup", "RegionId", R, "ContactGroupId", id, "ContactGroupName", "renamed",
                "ContactIds", b));
        JsonNode after = groups("ContactGroupIds", id, "IsDetail", "true").get(0);
        assertEquals("renamed", after.path("ContactGroupName").asText());
        assertEquals(1, after.path("Contacts").size(), "the update names the members after it: " + after);

        assertTrue(ok(arms.post("DeleteAlertContactGroup", "RegionId", R, "ContactGroupId", id)).body.path("IsSuccess").asBoolean());
        assertEquals(0, groups().size());
        refused(404, "ContactGroupNotExists", arms.post("DeleteAlertContactGroup", "RegionId", R, "ContactGroupId", id));
        refused(404, "ContactGroupNotExists", arms.post("UpdateAlertContactGroup", "RegionId", R, "ContactGroupId", id,
                "ContactGroupName", "x"));
    }

    @Test
    void searchFiltersByContactNameAndCommaSeparatedGroupIds() {
        String a = contact("Ann", "ann@example.com");
        String b = contact("Bob", "bob@example.com");
        String g1 = ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "g1", "ContactIds", a)).text("ContactGroupId");
        String g2 = ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "g2", "ContactIds", b)).text("ContactGroupId");
        ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "empty"));

        assertEquals(2, groups("ContactGroupIds", g1 + "," + g2).size());
        assertEquals("g2", groups("ContactId", b).get(0).path("ContactGroupName").asText());
        assertEquals("g1", groups("ContactName", "Ann").get(0).path("ContactGroupName").asText());
        assertEquals(3, groups().size());
        refused(400, "InvalidParameter", arms.post("SearchAlertContactGroup", "RegionId", R, "ContactGroupIds", g1 + " " + g2));
    }

    @Test
    void deletingAContactTakesItOutOfItsGroups() {
        String a = contact("Ann", "ann@example.com");
        String b = contact("Bob", "bob@example.com");
        String g = ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "oncall",
                "ContactIds", a + " " + b)).text("ContactGroupId");
        JsonNode listed = ok(arms.post("SearchAlertContact", "RegionId", R, "ContactIds", "[" + a + "]"))
                .body.path("PageBean").path("Contacts").get(0);
        assertEquals("oncall", listed.path("Content").asText(), "Content names the contact's groups: " + listed);

        ok(arms.post("DeleteAlertContact", "RegionId", R, "ContactId", a));
        JsonNode group = groups("ContactGroupIds", g, "IsDetail", "true").get(0);
        assertEquals(1, group.path("Contacts").size(), "the group survives without the deleted contact: " + group);
        assertEquals("Bob", group.path("Contacts").get(0).path("ContactName").asText());
        assertEquals(0, groups("ContactId", a).size());
    }

    @Test
    void groupsRefuseBadMembersAndMissingParameters() {
        String a = contact("Ann", "ann@example.com");
        String b = contact("Bob", "bob@example.com");
        refused(400, "InvalidParameter", arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "g",
                "ContactIds", a + "," + b)); // the documented separator is a space
        refused(404, "ContactNotExists", arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "g",
                "ContactIds", "99"));
        refused(400, "MissingParameter", arms.post("CreateAlertContactGroup", "ContactGroupName", "g"));
        refused(400, "MissingParameter", arms.post("CreateAlertContactGroup", "RegionId", R));
        refused(400, "MissingParameter", arms.post("UpdateAlertContactGroup", "RegionId", R, "ContactGroupName", "g"));
        refused(400, "MissingParameter", arms.post("SearchAlertContactGroup"));
        assertEquals(0, groups().size(), "a refused create leaves nothing behind");
    }

    @Test
    void legacyWebhooksAreLegacyContactsThatGroupsCanHold() {
        RawClient.Answer created = ok(arms.post("CreateWebhook", "RegionId", R, "ContactName", "hook", "Method", "Post",
                "Url", "https://hooks.example.com/alert", "Body", "{\"text\":\"$content\"}",
                "HttpHeaders", "[{\"Content-Type\":\"application/json\"}]"));
        assertTrue(created.body.path("ContactId").isTextual(), created.toString());
        String id = created.text("ContactId");
        JsonNode listed = ok(arms.post("SearchAlertContact", "RegionId", R, "ContactIds", "[" + id + "]"))
                .body.path("PageBean").path("Contacts").get(0);
        assertEquals("hook", listed.path("ContactName").asText());
        assertTrue(listed.path("Webhook").asText().contains("https://hooks.example.com/alert"), listed.toString());

        ok(arms.post("UpdateWebhook", "RegionId", R, "ContactId", id, "ContactName", "hook2", "Method", "Get",
                "Url", "https://hooks.example.com/v2"));
        JsonNode updated = ok(arms.post("SearchAlertContact", "RegionId", R, "ContactIds", "[" + id + "]"))
                .body.path("PageBean").path("Contacts").get(0);
        assertEquals("hook2", updated.path("ContactName").asText());
        assertTrue(updated.path("Webhook").asText().contains("/v2"), updated.toString());

        ok(arms.post("CreateAlertContactGroup", "RegionId", R, "ContactGroupName", "hooks", "ContactIds", id));
        assertEquals(1, groups("ContactId", id).size());
    }

    @Test
    void legacyWebhooksValidateAsDocumented() {
        refused(400, "MissingParameter", arms.post("CreateWebhook", "RegionId", R, "ContactName", "h", "Method", "Post",
                "Url", "https://hooks.example.com/a")); // Body is mandatory for Post
        refused(400, "InvalidParameter", arms.post("CreateWebhook", "RegionId", R, "ContactName", "h", "Method", "Put",
                "Url", "https://hooks.example.com/a", "Body", "x"));
        refused(400, "InvalidParameter", arms.post("CreateWebhook", "RegionId", R, "ContactName", "h", "Method", "Post",
                "Url", "https://hooks.example.com/a", "Body", repeat('x', 501)));
        ok(arms.post("CreateWebhook", "RegionId", R, "ContactName", "h", "Method", "Post",
                "Url", "https://hooks.example.com/a", "Body", repeat('x', 500)));
        refused(400, "InvalidParameter", arms.post("CreateWebhook", "RegionId", R, "ContactName", "h", "Method", "Get",
                "Url", "https://hooks.example.com/a", "HttpParams", "name=mike"));
        refused(400, "MissingParameter", arms.post("CreateWebhook", "RegionId", R, "Method", "Get", "Url", "https://h.example.com"));
        String plain = contact("Ann", "ann@example.com");
        refused(400, "InvalidParameter", arms.post("UpdateWebhook", "RegionId", R, "ContactId", plain, "ContactName", "h",
                "Method", "Get", "Url", "https://hooks.example.com/a"));
        refused(404, "ContactNotExists", arms.post("UpdateWebhook", "RegionId", R, "ContactId", "1", "ContactName", "h",
                "Method", "Get", "Url", "https://hooks.example.com/a"));
    }

    static String repeat(char c, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
