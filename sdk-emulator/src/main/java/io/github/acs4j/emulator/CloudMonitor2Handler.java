package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * CloudMonitor 2.0 (Cms 2024-03-30) notification targets over REST paths: contacts, contact groups (list and
 * update: no create or delete is documented), alert robots, alert webhooks and on-call reads. Validation from
 * the documented enums and limits, bodies in the documented camelCase shapes with {@code requestId},
 * page-number paging with {@code total}, and the documented errors ({@code ResourceExist},
 * {@code ResourceNotFound}, {@code InvalidParameter}, {@code InvalidParameterValue}).
 */
final class CloudMonitor2Handler {
    static final String VERSION = "2024-03-30";
    static final List<String> LANGS = RoaCall.names("zh_CN", "en_US");
    static final List<String> ROBOT_TYPES = RoaCall.names("DING", "DING_COOL_APP", "WEIXIN", "FEISHU", "SLACK", "TEAMS");
    static final List<String> WEBHOOK_METHODS = RoaCall.names("GET", "POST");
    static final List<String> WEBHOOK_CONTENT_TYPES = RoaCall.names("JSON", "FORM");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** "only mainland-China mobile numbers are supported at present" (CreateContact, UpdateContact) */
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1\\d{10}");
    /** both documented examples, {@code 0086} and {@code +86}, and the bare code */
    private static final Pattern PHONE_CODE = Pattern.compile("(\\+|00)?\\d{1,4}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private static final List<String> PAGING = RoaCall.names("pageNumber", "pageSize", "workspace");
    private static final List<String> CONTACT_FIELDS = RoaCall.names("email", "lang", "name", "phone", "phoneCode",
            "imUserIds");
    private static final List<String> ROBOT_FIELDS = RoaCall.names("name", "url", "robotSignKey", "lang", "type",
            "digitalEmployeeName");
    private static final List<String> WEBHOOK_FIELDS = RoaCall.names("name", "url", "method", "contentType", "headers",
            "lang");

    private final Clock clock;

    CloudMonitor2Handler(Clock clock) {
        this.clock = clock;
    }

    void register(RoaRouter router) {
        router.add("POST", "/contact", "CreateContact", this::createContact);
        router.add("PATCH", "/contact/{contactId}", "UpdateContact", this::updateContact);
        router.add("DELETE", "/contacts", "DeleteContacts", this::deleteContacts);
        router.add("GET", "/contact", "ListContacts", this::listContacts);
        router.add("GET", "/contactGroups", "ListContactGroups", this::listContactGroups);
        router.add("PATCH", "/contactGroup/{contactGroupId}", "UpdateContactGroup", this::updateContactGroup);
        router.add("POST", "/robot", "CreateAlertRobot", this::createAlertRobot);
        router.add("PATCH", "/robot/{robotId}", "UpdateAlertRobot", this::updateAlertRobot);
        router.add("DELETE", "/robots", "DeleteAlertRobots", this::deleteAlertRobots);
        router.add("GET", "/robots", "ListAlertRobots", this::listAlertRobots);
        router.add("POST", "/webhook", "CreateAlertWebhook", this::createAlertWebhook);
        router.add("PATCH", "/webhook/{webhookId}", "UpdateAlertWebhook", this::updateAlertWebhook);
        router.add("DELETE", "/webhooks", "DeleteAlertWebhooks", this::deleteAlertWebhooks);
        router.add("GET", "/webhooks", "ListAlertWebhooks", this::listAlertWebhooks);
        router.add("GET", "/oncallSchedules", "ListOncallSchedules", this::listOncallSchedules);
        router.add("GET", "/oncallSchedule/{oncallScheduleId}", "GetOncallSchedule", this::getOncallSchedule);
        router.add("GET", "/oncallSchedule/{oncallScheduleId}/contacts", "ListOncallContacts", this::listOncallContacts);
    }

    // ---- contacts --------------------------------------------------------------------------------

    private ObjectNode createContact(RoaCall call, Account account, String requestId) {
        ObjectNode initial = Replies.MAPPER.createObjectNode();
        initial.put("emailVerify", false);
        initial.put("phoneVerify", false);
        return create(call, account, requestId, account.cloudMonitor2().contacts, "contact", "contactId", "contactId",
                CONTACT_FIELDS, initial, this::applyContactFields);
    }

    private ObjectNode updateContact(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names(), CONTACT_FIELDS);
        ObjectNode contact = find(account.cloudMonitor2().contacts, "contact", call.path("contactId"));
        applyContactFields(call, contact);
        return ok(requestId);
    }

    /** Sets the fields the call sends and keeps the others (whether the cloud clears omitted fields is not documented). */
    private void applyContactFields(RoaCall call, ObjectNode contact) {
        String email = call.string("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw RoaCall.invalidValue("email is not a valid e-mail address");
        }
        String phone = call.string("phone");
        if (phone != null && !MAINLAND_MOBILE.matcher(phone).matches()) {
            throw RoaCall.invalidValue("phone must be a mainland-China mobile number (11 digits starting with 1)");
        }
        String phoneCode = call.string("phoneCode");
        if (phoneCode != null && !PHONE_CODE.matcher(phoneCode).matches()) {
            throw RoaCall.invalidValue("phoneCode must be a country calling code such as +86 or 0086, was \""
                    + phoneCode + "\"");
        }
        String lang = call.oneOf("lang", LANGS);
        Map<String, String> imUserIds = call.stringMap("imUserIds");
        putIfSent(contact, "name", call.string("name"));
        if (email != null && !email.equals(contact.path("email").asText(null))) {
            contact.put("email", email);
            contact.put("emailVerify", false); // a new address awaits its recipient's activation
        }
        if (phone != null && !phone.equals(contact.path("phone").asText(null))) {
            contact.put("phone", phone);
            contact.put("phoneVerify", false);
        }
        putIfSent(contact, "phoneCode", phoneCode);
        putIfSent(contact, "lang", lang);
        if (imUserIds != null) {
            ObjectNode ims = contact.putObject("imUserIds");
            for (Map.Entry<String, String> e : imUserIds.entrySet()) {
                ims.put(e.getKey(), e.getValue());
            }
        }
        contact.put("updateTime", Replies.rdDate(clock.instant()));
    }

    private ObjectNode deleteContacts(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names("contactIds", "source"), RoaCall.names());
        CloudMonitor2Store store = account.cloudMonitor2();
        int deleted = 0;
        for (String id : orEmpty(call.queryList("contactIds"))) {
            if (store.contacts.remove(id) != null) {
                deleted++;
                for (ObjectNode group : store.contactGroups.values()) {
                    removeText((ArrayNode) group.get("contactIds"), id);
                }
            }
        }
        ObjectNode body = ok(requestId);
        body.put("deletedCount", deleted);
        return body;
    }

    private ObjectNode listContacts(RoaCall call, Account account, String requestId) {
        call.allow(withPaging("contactIds", "name", "phone", "email", "groupId", "queryUngroupedContacts", "source"),
                RoaCall.names());
        CloudMonitor2Store store = account.cloudMonitor2();
        List<String> ids = call.queryList("contactIds");
        String name = call.query("name");
        String phone = call.query("phone");
        String email = call.query("email");
        String groupId = call.query("groupId");
        boolean ungrouped = Boolean.TRUE.equals(call.queryBoolean("queryUngroupedContacts"));
        String workspace = call.query("workspace");
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode c : store.contacts.values()) {
            String id = c.get("contactId").asText();
            ArrayNode groups = groupsOf(store, id);
            boolean match = (ids == null || ids.contains(id))
                    && (name == null || c.path("name").asText("").contains(name))
                    && (phone == null || phone.equals(c.path("phone").asText(null)))
                    && (email == null || email.equals(c.path("email").asText(null)))
                    && (groupId == null || containsText(groups, groupId))
                    && (!ungrouped || groups.size() == 0)
                    && inWorkspace(c, workspace);
            if (match) {
                ObjectNode item = c.deepCopy();
                item.remove("phoneCode"); // not part of the list item (SDK response model)
                item.set("groupList", groups);
                matches.add(item);
            }
        }
        return page(call, requestId, "contacts", matches);
    }

    // ---- contact groups --------------------------------------------------------------------------

    private ObjectNode listContactGroups(RoaCall call, Account account, String requestId) {
        call.allow(withPaging("contactGroupIds", "name"), RoaCall.names());
        return list(call, requestId, account.cloudMonitor2().contactGroups.values(), "contactGroups",
                new Selection(call, "contactGroupId", "contactGroupIds", "name", "name", false), g -> true);
    }

    /** {@code contacts} replaces the member list (replace or merge is not documented; Update reads as replace). */
    private ObjectNode updateContactGroup(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names(), RoaCall.names("contacts", "name"));
        CloudMonitor2Store store = account.cloudMonitor2();
        ObjectNode group = find(store.contactGroups, "contact group", call.path("contactGroupId"));
        List<String> members = call.stringList("contacts");
        if (members != null) {
            for (String id : members) {
                if (!store.contacts.containsKey(id)) {
                    throw RoaCall.invalidValue("contacts names a contact that does not exist: \"" + id + "\"");
                }
            }
        }
        putIfSent(group, "name", call.string("name"));
        if (members != null) {
            group.set("contactIds", Replies.strings(distinct(members)));
        }
        return ok(requestId);
    }

    // ---- alert robots ----------------------------------------------------------------------------

    private ObjectNode createAlertRobot(RoaCall call, Account account, String requestId) {
        return create(call, account, requestId, account.cloudMonitor2().robots, "robot", "robotId", "alertRobotId",
                ROBOT_FIELDS, Replies.MAPPER.createObjectNode(), (c, robot) -> {
                    c.requiredString("type");
                    applyRobotFields(c, robot);
                });
    }

    private ObjectNode updateAlertRobot(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names(), ROBOT_FIELDS);
        applyRobotFields(call, find(account.cloudMonitor2().robots, "robot", call.path("robotId")));
        return ok(requestId);
    }

    private void applyRobotFields(RoaCall call, ObjectNode robot) {
        String type = call.oneOf("type", ROBOT_TYPES);
        String url = url(call);
        String lang = call.oneOf("lang", LANGS);
        putIfSent(robot, "name", call.string("name"));
        putIfSent(robot, "type", type);
        putIfSent(robot, "url", url);
        putIfSent(robot, "lang", lang);
        putIfSent(robot, "robotSignKey", call.string("robotSignKey"));
        putIfSent(robot, "digitalEmployeeName", call.string("digitalEmployeeName"));
    }

    private ObjectNode deleteAlertRobots(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names("robotIds", "type"), RoaCall.names());
        List<String> ids = call.queryList("robotIds");
        if (ids == null) {
            throw RoaCall.invalidParameter("robotIds", "a value is required");
        }
        String type = call.query("type");
        if (type != null && !ROBOT_TYPES.contains(type)) {
            throw RoaCall.invalidValue("type must be one of " + ROBOT_TYPES + ", was \"" + type + "\"");
        }
        Map<String, ObjectNode> robots = account.cloudMonitor2().robots;
        for (String id : ids) {
            ObjectNode robot = robots.get(id);
            if (robot != null && (type == null || type.equals(robot.path("type").asText()))) {
                robots.remove(id);
            }
        }
        return ok(requestId);
    }

    private ObjectNode listAlertRobots(RoaCall call, Account account, String requestId) {
        call.allow(withPaging("robotIds", "name", "types"), RoaCall.names());
        List<String> types = call.queryList("types");
        return list(call, requestId, account.cloudMonitor2().robots.values(), "robots",
                new Selection(call, "robotId", "robotIds", "name", "name", true),
                r -> types == null || types.contains(r.path("type").asText()));
    }

    // ---- alert webhooks --------------------------------------------------------------------------

    private ObjectNode createAlertWebhook(RoaCall call, Account account, String requestId) {
        ObjectNode initial = Replies.MAPPER.createObjectNode();
        initial.put("contentType", "JSON"); // the documented default
        return create(call, account, requestId, account.cloudMonitor2().webhooks, "webhook", "webhookId",
                "alertWebhookId", WEBHOOK_FIELDS, initial, (c, webhook) -> {
                    c.requiredString("name");
                    c.requiredString("url");
                    applyWebhookFields(c, webhook);
                });
    }

    private ObjectNode updateAlertWebhook(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names(), WEBHOOK_FIELDS);
        applyWebhookFields(call, find(account.cloudMonitor2().webhooks, "webhook", call.path("webhookId")));
        return ok(requestId);
    }

    private void applyWebhookFields(RoaCall call, ObjectNode webhook) {
        String url = url(call);
        String method = call.oneOf("method", WEBHOOK_METHODS);
        String contentType = call.oneOf("contentType", WEBHOOK_CONTENT_TYPES);
        String lang = call.oneOf("lang", LANGS);
        Map<String, String> headers = call.stringMap("headers");
        putIfSent(webhook, "name", call.string("name"));
        putIfSent(webhook, "url", url);
        putIfSent(webhook, "method", method);
        putIfSent(webhook, "contentType", contentType);
        putIfSent(webhook, "lang", lang);
        if (headers != null) {
            ObjectNode h = webhook.putObject("headers");
            for (Map.Entry<String, String> e : headers.entrySet()) {
                h.put(e.getKey(), e.getValue());
            }
        }
    }

    private ObjectNode deleteAlertWebhooks(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names("webhookIds"), RoaCall.names());
        List<String> ids = call.queryList("webhookIds");
        if (ids == null) {
            throw RoaCall.invalidParameter("webhookIds", "a value is required");
        }
        Map<String, ObjectNode> webhooks = account.cloudMonitor2().webhooks;
        for (String id : ids) {
            webhooks.remove(id);
        }
        return ok(requestId);
    }

    private ObjectNode listAlertWebhooks(RoaCall call, Account account, String requestId) {
        call.allow(withPaging("webhookIds", "name"), RoaCall.names());
        return list(call, requestId, account.cloudMonitor2().webhooks.values(), "webhooks",
                new Selection(call, "webhookId", "webhookIds", "name", "name", false), w -> true);
    }

    // ---- on-call reads ---------------------------------------------------------------------------

    private ObjectNode listOncallSchedules(RoaCall call, Account account, String requestId) {
        call.allow(withPaging("oncallScheduleIds", "oncallScheduleName"), RoaCall.names());
        return list(call, requestId, account.cloudMonitor2().oncallSchedules.values(), "oncallSchedules",
                new Selection(call, "oncallScheduleId", "oncallScheduleIds", "oncallScheduleName", "oncallScheduleName",
                        false), s -> true);
    }

    private ObjectNode getOncallSchedule(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names(), RoaCall.names());
        ObjectNode schedule = find(account.cloudMonitor2().oncallSchedules, "on-call schedule",
                call.path("oncallScheduleId"));
        ObjectNode body = ok(requestId);
        body.setAll(schedule.deepCopy());
        return body;
    }

    private ObjectNode listOncallContacts(RoaCall call, Account account, String requestId) {
        call.allow(RoaCall.names("timestamp"), RoaCall.names());
        ObjectNode schedule = find(account.cloudMonitor2().oncallSchedules, "on-call schedule",
                call.path("oncallScheduleId"));
        Instant at = clock.instant();
        String timestamp = call.query("timestamp");
        if (timestamp != null) {
            try {
                at = Instant.ofEpochMilli(Long.parseLong(timestamp.trim()));
            } catch (NumberFormatException e) {
                throw RoaCall.invalidParameter("timestamp", "must be epoch milliseconds, was \"" + timestamp + "\"");
            }
        }
        ObjectNode body = ok(requestId);
        body.set("contactIds", Replies.strings(OncallDuty.onDuty(schedule, at)));
        return body;
    }

    // ---- shared ----------------------------------------------------------------------------------

    private static ObjectNode ok(String requestId) {
        ObjectNode body = Replies.MAPPER.createObjectNode();
        body.put("requestId", requestId);
        return body;
    }

    /**
     * A create: the updatable {@code fields} plus the ID and {@code workspace} may be sent; the caller's ID
     * ({@code ResourceExist} when taken) or a fresh one; {@code initial} values, then the fields sent.
     */
    private static ObjectNode create(RoaCall call, Account account, String requestId, Map<String, ObjectNode> objects,
            String kind, String idField, String answerField, List<String> fields, ObjectNode initial,
            BiConsumer<RoaCall, ObjectNode> apply) {
        List<String> allowed = new ArrayList<>(fields);
        allowed.add(idField);
        allowed.add("workspace");
        call.allow(RoaCall.names(), allowed);
        String id = call.string(idField);
        if (id != null && objects.containsKey(id)) {
            throw RoaCall.exists(kind, id);
        }
        ObjectNode object = Replies.MAPPER.createObjectNode();
        object.put(idField, id != null ? id : CloudMonitor2Store.newId(kind));
        object.setAll(initial);
        apply.accept(call, object);
        object.put("workspace", workspaceOf(call, account));
        objects.put(object.get(idField).asText(), object);
        ObjectNode body = ok(requestId);
        body.put(answerField, object.get(idField).asText());
        return body;
    }

    /** One page of the objects the selection and {@code more} keep, copied, under {@code field}. */
    private static ObjectNode list(RoaCall call, String requestId, Collection<ObjectNode> objects, String field,
            Selection selection, Predicate<ObjectNode> more) {
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode o : objects) {
            if (selection.test(o) && more.test(o)) {
                matches.add(o.deepCopy());
            }
        }
        return page(call, requestId, field, matches);
    }

    private static ObjectNode page(RoaCall call, String requestId, String field, List<ObjectNode> matches) {
        int pageNumber = call.queryPositive("pageNumber", 1);
        int pageSize = call.queryPositive("pageSize", 100);
        ObjectNode body = ok(requestId);
        body.put("pageNumber", pageNumber);
        body.put("pageSize", pageSize);
        body.put("total", matches.size());
        ArrayNode items = body.putArray(field);
        for (ObjectNode item : Pages.page(matches, pageNumber, pageSize)) {
            items.add(item);
        }
        return body;
    }

    /** The filters every list operation has: an ID list, a name (contained, or a prefix), the workspace. */
    private static final class Selection implements Predicate<ObjectNode> {
        private final String idField;
        private final List<String> ids;
        private final String nameField;
        private final String name;
        private final boolean namePrefix;
        private final String workspace;

        Selection(RoaCall call, String idField, String idsParameter, String nameField, String nameParameter,
                boolean namePrefix) {
            this.idField = idField;
            this.ids = call.queryList(idsParameter);
            this.nameField = nameField;
            this.name = call.query(nameParameter);
            this.namePrefix = namePrefix;
            this.workspace = call.query("workspace");
        }

        @Override
        public boolean test(ObjectNode o) {
            String objectName = o.path(nameField).asText("");
            return (ids == null || ids.contains(o.get(idField).asText()))
                    && (name == null || (namePrefix ? objectName.startsWith(name) : objectName.contains(name)))
                    && inWorkspace(o, workspace);
        }
    }

    private static List<String> withPaging(String... names) {
        List<String> all = new ArrayList<>(PAGING);
        for (String n : names) {
            all.add(n);
        }
        return all;
    }

    private static ObjectNode find(Map<String, ObjectNode> objects, String kind, String id) {
        ObjectNode found = objects.get(id);
        if (found == null) {
            throw RoaCall.notFound(kind, id);
        }
        return found;
    }

    private static String workspaceOf(RoaCall call, Account account) {
        String workspace = call.string("workspace");
        return workspace != null ? workspace : CloudMonitor2Store.defaultWorkspace(account);
    }

    private static boolean inWorkspace(ObjectNode object, String workspace) {
        return workspace == null || workspace.equals(object.path("workspace").asText(null));
    }

    private static String url(RoaCall call) {
        String url = call.string("url");
        if (url != null && !URL.matcher(url).matches()) {
            throw RoaCall.invalidValue("url must be an http(s) URL");
        }
        return url;
    }

    private static void putIfSent(ObjectNode object, String field, String value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    private static ArrayNode groupsOf(CloudMonitor2Store store, String contactId) {
        ArrayNode groups = Replies.MAPPER.createArrayNode();
        for (ObjectNode g : store.contactGroups.values()) {
            if (containsText((ArrayNode) g.get("contactIds"), contactId)) {
                groups.add(g.get("contactGroupId").asText());
            }
        }
        return groups;
    }

    private static boolean containsText(ArrayNode array, String text) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(text)) {
                array.remove(i);
            }
        }
    }

    private static List<String> distinct(Collection<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> orEmpty(List<String> items) {
        return items == null ? new ArrayList<String>() : items;
    }
}
