package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ARMS (2019-08-08) legacy alert-contact operations: {@code RegionId} is mandatory, a contact needs a
 * phone, an email or a DingTalk webhook, an update clears the channels it leaves out (documented), and
 * {@code SearchAlertContact} takes {@code ContactIds} as one JSON array text.
 */
final class ArmsHandler {
    static final String VERSION = "2019-08-08";
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{3,19}");

    private final Clock clock;

    ArmsHandler(Clock clock) {
        this.clock = clock;
    }

    void register(Router router) {
        Router.Product arms = router.product("ARMS", VERSION, false);
        router.add(arms, "CreateAlertContact", this::create);
        router.add(arms, "SearchAlertContact", this::search);
        router.add(arms, "UpdateAlertContact", this::update);
        router.add(arms, "DeleteAlertContact", this::delete);
        new ArmsAlertGroupHandler(clock).register(router, arms);
        new ArmsAlertWebhookHandler(clock).register(router, arms);
        new ArmsNotificationContactHandler().register(router, arms);
        new ArmsNotificationGroupHandler().register(router, arms);
        new ArmsWebhookContactHandler().register(router, arms);
        new ArmsImRobotHandler(clock).register(router, arms);
    }

    private ObjectNode create(Params p, Account account, String requestId) {
        p.required("RegionId");
        Channels ch = channels(p);
        ArmsStore.Contact c = account.arms().create(clock.millis());
        c.name = p.get("ContactName");
        ch.applyTo(c);
        c.systemNoc = Boolean.TRUE.equals(p.bool("SystemNoc"));
        c.resourceGroupId = p.get("ResourceGroupId");
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("ContactId", String.valueOf(c.id)); // a string here, a number everywhere else
        return body;
    }

    private ObjectNode search(Params p, Account account, String requestId) {
        p.required("RegionId");
        ArmsContactFilter filter = new ArmsContactFilter(p, contactIds(p.get("ContactIds")));
        int page = p.positive("CurrentPage", 1);
        int pageSize = p.positive("PageSize", 10);
        List<ArmsStore.Contact> matches = new ArrayList<>();
        for (ArmsStore.Contact c : account.arms().all()) {
            if (filter.admits(c.id, c.name, c.phone, c.email)) {
                matches.add(c);
            }
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode bean = body.putObject("PageBean");
        bean.put("PageNumber", page);
        bean.put("PageSize", pageSize);
        bean.put("TotalCount", matches.size());
        ArrayNode items = bean.putArray("Contacts");
        for (ArmsStore.Contact c : Pages.page(matches, page, pageSize)) {
            ObjectNode item = items.addObject();
            writeContact(item, c, account);
            item.put("Webhook", c.webhook == null ? null : c.webhook.legacyText());
            item.put("Content", String.join("|", account.arms().groupNamesOf(c.id)));
            item.put("ResourceGroupId", c.resourceGroupId);
        }
        return body;
    }

    private ObjectNode update(Params p, Account account, String requestId) {
        long id = contactId(p);
        p.required("RegionId");
        ArmsStore.Contact c = existing(account, id);
        Channels ch = channels(p);
        ch.applyTo(c); // channels left out are cleared, as documented
        if (p.has("ContactName")) {
            c.name = p.get("ContactName");
        }
        Boolean noc = p.bool("SystemNoc");
        if (noc != null) {
            c.systemNoc = noc;
        }
        c.updateTime = clock.millis();
        return success(requestId);
    }

    private ObjectNode delete(Params p, Account account, String requestId) {
        long id = contactId(p);
        p.required("RegionId");
        existing(account, id);
        account.arms().delete(id);
        return success(requestId);
    }

    /** Writes the fields a legacy contact has in SearchAlertContact and in SearchAlertContactGroup's members. */
    static void writeContact(ObjectNode item, ArmsStore.Contact c, Account account) {
        item.put("ContactId", c.id);
        item.put("ContactName", c.name);
        item.put("Phone", c.phone);
        item.put("Email", c.email);
        item.put("DingRobot", c.dingRobot);
        item.put("SystemNoc", c.systemNoc);
        item.put("UserId", account.uid());
        item.put("CreateTime", c.createTime);
        item.put("UpdateTime", c.updateTime);
    }

    /** @throws ApiError 404 {@code ContactNotExists} for an ID that is no legacy alert contact of the account */
    static ArmsStore.Contact existing(Account account, long id) {
        ArmsStore.Contact c = account.arms().get(id);
        if (c == null) {
            throw new ApiError(404, "ContactNotExists", "The alert contact " + id + " does not exist.");
        }
        return c;
    }

    private static long contactId(Params p) {
        p.required("ContactId");
        return p.longValue("ContactId");
    }

    /** @return the {@code {RequestId, IsSuccess: true}} answer of ARMS's updates and deletions */
    static ObjectNode success(String requestId) {
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("IsSuccess", true);
        return body;
    }

    /** {@code ContactIds} is one parameter holding a JSON array of numbers or numeric strings. */
    private static Set<Long> contactIds(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = Replies.MAPPER.readTree(json);
            if (node == null || !node.isArray()) {
                throw new IOException("not an array");
            }
            Set<Long> ids = new HashSet<>();
            for (JsonNode n : node) {
                ids.add(Long.valueOf(n.asText().trim()));
            }
            return ids;
        } catch (IOException | NumberFormatException e) {
            throw ApiError.invalid("ContactIds", "expected a JSON array of contact IDs such as [12345], was " + json);
        }
    }

    private static Channels channels(Params p) {
        Channels ch = new Channels(p.get("PhoneNum"), p.get("Email"), p.get("DingRobotWebhookUrl"));
        if (ch.phone == null && ch.email == null && ch.dingRobot == null) {
            throw new ApiError(400, "InvalidParameter", "At least one of PhoneNum, Email and DingRobotWebhookUrl must be specified.");
        }
        if (ch.phone != null && !PHONE.matcher(ch.phone).matches()) {
            throw new ApiError(400, "AlertPhoneNumberIllegal", "The phone number is illegal.");
        }
        if (ch.email != null && !EMAIL.matcher(ch.email).matches()) {
            throw ApiError.invalid("Email", "not an email address");
        }
        if (ch.dingRobot != null && !ch.dingRobot.startsWith("https://") && !ch.dingRobot.startsWith("http://")) {
            throw ApiError.invalid("DingRobotWebhookUrl", "not an http(s) URL");
        }
        return ch;
    }

    /** The three notification channels of one request. */
    private static final class Channels {
        final String phone;
        final String email;
        final String dingRobot;

        Channels(String phone, String email, String dingRobot) {
            this.phone = phone;
            this.email = email;
            this.dingRobot = dingRobot;
        }

        void applyTo(ArmsStore.Contact c) {
            c.phone = phone;
            c.email = email;
            c.dingRobot = dingRobot;
        }
    }
}
