package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudMonitor (Cms 2019-01-01) contact operations: validation as the service documents it, the bodies in
 * the service's shapes ({@code Code "200"}, {@code Success true}, {@code Wrapper.Item[]} lists).
 */
final class CmsHandler {
    static final String VERSION = "2019-01-01";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Clock clock;

    CmsHandler(Clock clock) {
        this.clock = clock;
    }

    void register(Router router) {
        Router.Product cms = router.product("Cms", VERSION, true);
        router.add(cms, "PutContact", this::putContact);
        router.add(cms, "PutContactGroup", this::putContactGroup);
        router.add(cms, "DescribeContactList", this::describeContactList);
        router.add(cms, "DescribeContactGroupList", this::describeContactGroupList);
        router.add(cms, "DescribeContactListByContactGroup", this::describeContactListByContactGroup);
        router.add(cms, "DeleteContact", this::deleteContact);
        router.add(cms, "DeleteContactGroup", this::deleteContactGroup);
    }

    private ObjectNode putContact(Params p, Account account, String requestId) {
        String name = p.required("ContactName");
        String describe = p.required("Describe");
        Map<String, String> channels = new LinkedHashMap<>();
        for (String channel : CmsStore.CHANNELS) {
            String v = p.get("Channels." + channel);
            if (v != null) {
                channels.put(channel, v);
            }
        }
        if (channels.isEmpty()) {
            throw invalidValue("Specify at least one notification target: Channels.Mail, Channels.SMS, "
                    + "Channels.DingWebHook or Channels.AliIM.");
        }
        String mail = channels.get("Mail");
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw invalidValue("Channels.Mail is not a valid email address.");
        }
        String webhook = channels.get("DingWebHook");
        if (webhook != null && !webhook.startsWith("https://") && !webhook.startsWith("http://")) {
            throw invalidValue("Channels.DingWebHook must be an http(s) URL.");
        }
        String lang = p.get("Lang");
        if (lang != null && !lang.equals("zh-cn") && !lang.equals("en")) {
            throw invalidValue("Lang must be zh-cn or en.");
        }
        account.cms().putContact(name, describe, lang, channels, clock.millis());
        return ok(requestId);
    }

    private ObjectNode putContactGroup(Params p, Account account, String requestId) {
        String name = p.required("ContactGroupName");
        List<String> members = p.list("ContactNames");
        if (members.size() > 100) {
            throw invalidValue("ContactNames accepts at most 100 names, got " + members.size() + ".");
        }
        account.cms().putGroup(name, p.get("Describe"), p.bool("EnableSubscribed"), members, clock.millis());
        return ok(requestId);
    }

    private ObjectNode describeContactList(Params p, Account account, String requestId) {
        String name = p.get("ContactName");
        String chanelType = p.get("ChanelType");
        String chanelValue = p.get("ChanelValue");
        if (chanelType != null && !isChannel(chanelType)) {
            throw invalidValue("ChanelType must be one of Mail, SMS, DingWebHook, AliIM.");
        }
        int pageNumber = p.positive("PageNumber", 1);
        int pageSize = p.positive("PageSize", 100);
        CmsStore store = account.cms();
        List<CmsStore.Contact> matches = new ArrayList<>();
        for (CmsStore.Contact c : store.contacts()) {
            if (name != null && !c.name.contains(name)) {
                continue;
            }
            if (chanelType != null && !c.channels.containsKey(chanelType)) {
                continue;
            }
            if (chanelType != null && chanelValue != null && !chanelValue.equals(c.channels.get(chanelType))) {
                continue;
            }
            matches.add(c);
        }
        ObjectNode body = ok(requestId);
        body.put("Total", matches.size());
        ArrayNode items = body.putObject("Contacts").putArray("Contact");
        for (CmsStore.Contact c : Pages.page(matches, pageNumber, pageSize)) {
            ObjectNode item = contact(c);
            item.put("Lang", c.lang);
            ObjectNode state = item.putObject("ChannelsState");
            for (String channel : c.channels.keySet()) {
                // mail and SMS need the recipient's activation, which never happens here
                state.put(channel, channel.equals("Mail") || channel.equals("SMS") ? "PENDING" : "OK");
            }
            item.putObject("ContactGroups").set("ContactGroup", Replies.strings(store.groupsOf(c.name)));
            items.add(item);
        }
        return body;
    }

    private ObjectNode describeContactGroupList(Params p, Account account, String requestId) {
        int pageNumber = p.positive("PageNumber", 1);
        int pageSize = p.positive("PageSize", 100);
        List<CmsStore.Group> groups = account.cms().groups();
        ObjectNode body = ok(requestId);
        body.put("Total", groups.size());
        ArrayNode names = body.putObject("ContactGroups").putArray("ContactGroup");
        ArrayNode details = body.putObject("ContactGroupList").putArray("ContactGroup");
        for (CmsStore.Group g : Pages.page(groups, pageNumber, pageSize)) {
            names.add(g.name);
            ObjectNode item = details.addObject();
            item.put("Name", g.name);
            item.put("Describe", g.describe);
            item.put("EnableSubscribed", g.enableSubscribed);
            item.put("EnabledWeeklyReport", false);
            item.put("CreateTime", g.createTime);
            item.put("UpdateTime", g.updateTime);
            item.putObject("Contacts").set("Contact", Replies.strings(g.contactNames));
        }
        return body;
    }

    private ObjectNode describeContactListByContactGroup(Params p, Account account, String requestId) {
        String name = p.required("ContactGroupName");
        CmsStore.Group g = account.cms().group(name);
        if (g == null) {
            throw new ApiError(200, "404", "The group is not exists.");
        }
        ObjectNode body = ok(requestId);
        ArrayNode items = body.putObject("Contacts").putArray("Contact");
        for (String member : g.contactNames) {
            CmsStore.Contact c = account.cms().contact(member);
            if (c != null) {
                items.add(contact(c));
            }
        }
        return body;
    }

    private ObjectNode deleteContact(Params p, Account account, String requestId) {
        account.cms().deleteContact(p.required("ContactName"));
        return ok(requestId);
    }

    private ObjectNode deleteContactGroup(Params p, Account account, String requestId) {
        account.cms().deleteGroup(p.required("ContactGroupName"));
        return ok(requestId);
    }

    private static ObjectNode contact(CmsStore.Contact c) {
        ObjectNode item = Replies.MAPPER.createObjectNode();
        item.put("Name", c.name);
        item.put("Desc", c.describe);
        item.put("CreateTime", c.createTime);
        item.put("UpdateTime", c.updateTime);
        ObjectNode channels = item.putObject("Channels");
        for (Map.Entry<String, String> e : c.channels.entrySet()) {
            channels.put(e.getKey(), e.getValue());
        }
        return item;
    }

    private static ObjectNode ok(String requestId) {
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("Code", "200");
        body.put("Message", "success");
        body.put("Success", true);
        return body;
    }

    private static boolean isChannel(String s) {
        for (String c : CmsStore.CHANNELS) {
            if (c.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static ApiError invalidValue(String message) {
        return new ApiError(400, "InvalidParameterValue", message);
    }
}
