package io.github.acs4j.bench.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acs4j.bench.Contender;

import java.util.HashMap;
import java.util.Map;

/**
 * The floor's reading of a list page: the tree {@code readTree} built, walked field by field, each value
 * taken as the SDK models type it (text, number, boolean); a page counts the items whose fields were read.
 */
final class ListWalk {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Scenario to the action of its list. */
    static final Map<String, String> ACTIONS = new HashMap<>();

    static {
        ACTIONS.put(Contender.LIST_CMS, "DescribeContactList");
        ACTIONS.put(Contender.LIST_ARMS, "SearchAlertContact");
        ACTIONS.put(Contender.LIST_RD, "ListMessageContacts");
    }

    /** Sink for what is read, so that nothing can be optimised away. */
    static long sink;

    private ListWalk() {
    }

    /** @return a prebuilt, unsigned form of the list call's size */
    static String form(String scenario) {
        return "AccessKeyId=" + Contender.ACCESS_KEY_ID + "&Action=" + ACTIONS.get(scenario)
                + "&Format=JSON&PageNumber=1&PageSize=100&SignatureMethod=HMAC-SHA1"
                + "&SignatureNonce=8c7e3f5b0e9d4c1a9b2f6e4d3c2b1a09&SignatureVersion=1.0"
                + "&Timestamp=2026-01-01T00%3A00%3A00Z&Version=2019-01-01&Signature=Zm9vYmFyYmF6cXV4cXV1eHh5end2dXQ%3D";
    }

    static int walk(String scenario, JsonNode body) {
        long s = body.path("RequestId").asText().length();
        int items = 0;
        switch (scenario) {
            case Contender.LIST_CMS:
                s += body.path("Code").asText().length() + (body.path("Success").asBoolean() ? 1 : 0)
                        + body.path("Total").asInt();
                for (JsonNode c : body.path("Contacts").path("Contact")) {
                    s += text(c, "Name") + text(c, "Desc") + text(c, "Lang") + c.path("CreateTime").asLong()
                            + c.path("UpdateTime").asLong() + c.path("ContactId").asLong();
                    for (JsonNode ch : new JsonNode[] {c.path("Channels"), c.path("ChannelsState")}) {
                        s += text(ch, "Mail") + text(ch, "SMS") + text(ch, "DingWebHook") + text(ch, "AliIM");
                    }
                    for (JsonNode g : c.path("ContactGroups").path("ContactGroup")) {
                        s += g.asText().length();
                    }
                    items += c.path("Name").isTextual() ? 1 : 0;
                }
                break;
            case Contender.LIST_ARMS:
                JsonNode bean = body.path("PageBean");
                s += bean.path("PageNumber").asInt() + bean.path("PageSize").asInt() + bean.path("TotalCount").asInt();
                for (JsonNode c : bean.path("Contacts")) {
                    s += c.path("ContactId").asLong() + text(c, "ContactName") + text(c, "Phone") + text(c, "Email")
                            + text(c, "DingRobot") + text(c, "Webhook") + (c.path("SystemNoc").asBoolean() ? 1 : 0)
                            + text(c, "Content") + text(c, "UserId") + text(c, "ResourceGroupId")
                            + c.path("CreateTime").asLong() + c.path("UpdateTime").asLong();
                    items += c.path("ContactName").isTextual() ? 1 : 0;
                }
                break;
            default:
                s += body.path("TotalCount").asInt() + body.path("PageNumber").asInt() + body.path("PageSize").asInt();
                for (JsonNode c : body.path("Contacts")) {
                    s += text(c, "ContactId") + text(c, "Name") + text(c, "EmailAddress") + text(c, "PhoneNumber")
                            + text(c, "Title") + text(c, "Status") + text(c, "CreateDate") + text(c, "AssociatedDate");
                    for (JsonNode t : c.path("MessageTypes")) {
                        s += t.asText().length();
                    }
                    for (JsonNode m : c.path("Members")) {
                        s += m.asText().length();
                    }
                    items += c.path("Name").isTextual() ? 1 : 0;
                }
        }
        sink += s;
        return items;
    }

    private static int text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? 0 : v.asText().length();
    }
}
