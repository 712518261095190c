package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ARMS (2019-08-08) legacy alert contact groups: groups of legacy alert contacts (those of
 * {@code CreateAlertContact} and {@code CreateWebhook}). {@code RegionId} is mandatory; member IDs are one
 * space-separated string on Create/Update; {@code SearchAlertContactGroup} is not paged, filters by group
 * IDs separated by commas and lists the members only with {@code IsDetail=true}. Create answers the ID as a
 * string, Search as a number.
 */
final class ArmsAlertGroupHandler {
    private final Clock clock;

    ArmsAlertGroupHandler(Clock clock) {
        this.clock = clock;
    }

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateAlertContactGroup", this::create);
        router.add(arms, "UpdateAlertContactGroup", this::update);
        router.add(arms, "DeleteAlertContactGroup", this::delete);
        router.add(arms, "SearchAlertContactGroup", this::search);
    }

    private ObjectNode create(Params p, Account account, String requestId) {
        p.required("RegionId");
        String name = p.required("ContactGroupName");
        Set<Long> members = members(p, account);
        ArmsStore.Group g = account.arms().createGroup(clock.millis());
        g.name = name;
        g.contactIds = members;
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("ContactGroupId", String.valueOf(g.id)); // a string here, a number in Search
        return body;
    }

    private ObjectNode update(Params p, Account account, String requestId) {
        long id = groupId(p);
        p.required("RegionId");
        String name = p.required("ContactGroupName");
        ArmsStore.Group g = existing(account, id);
        g.contactIds = members(p, account); // the members after the update; none sent, none kept (our choice)
        g.name = name;
        g.updateTime = clock.millis();
        return ArmsHandler.success(requestId);
    }

    private ObjectNode delete(Params p, Account account, String requestId) {
        long id = groupId(p);
        p.required("RegionId");
        existing(account, id);
        account.arms().deleteGroup(id);
        return ArmsHandler.success(requestId);
    }

    private ObjectNode search(Params p, Account account, String requestId) {
        p.required("RegionId");
        String groupName = p.get("ContactGroupName");
        String contactName = p.get("ContactName");
        Long contactId = p.longValue("ContactId");
        List<Long> groupIds = commaSeparated(p);
        boolean detail = Boolean.TRUE.equals(p.bool("IsDetail"));
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode groups = body.putArray("ContactGroups");
        for (ArmsStore.Group g : account.arms().groups()) {
            if (groupName != null && !g.name.contains(groupName)
                    || groupIds != null && !groupIds.contains(g.id)
                    || contactId != null && !g.contactIds.contains(contactId)
                    || contactName != null && !holdsContactNamed(account, g, contactName)) {
                continue;
            }
            ObjectNode item = groups.addObject();
            item.put("ContactGroupId", g.id);
            item.put("ContactGroupName", g.name);
            item.put("UserId", account.uid());
            item.put("CreateTime", g.createTime);
            item.put("UpdateTime", g.updateTime);
            if (detail) {
                ArrayNode contacts = item.putArray("Contacts");
                for (long member : g.contactIds) {
                    ArmsHandler.writeContact(contacts.addObject(), account.arms().get(member), account);
                }
            }
        }
        return body;
    }

    private static boolean holdsContactNamed(Account account, ArmsStore.Group g, String name) {
        for (long member : g.contactIds) {
            ArmsStore.Contact c = account.arms().get(member);
            if (c.name != null && c.name.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ContactGroupIds}: "separate several IDs with commas" (SearchAlertContactGroup page). */
    private static List<Long> commaSeparated(Params p) {
        String v = p.get("ContactGroupIds");
        if (v != null && v.trim().contains(" ")) {
            throw ApiError.invalid("ContactGroupIds", "separate the group IDs with commas");
        }
        return ArmsIdList.lenient(p, "ContactGroupIds");
    }

    /** The members named by {@code ContactIds}; each must be an existing legacy alert contact. */
    private static Set<Long> members(Params p, Account account) {
        Set<Long> members = new LinkedHashSet<>();
        List<Long> ids = ArmsIdList.spaceSeparated(p, "ContactIds");
        if (ids != null) {
            for (long id : ids) {
                ArmsHandler.existing(account, id);
                members.add(id);
            }
        }
        return members;
    }

    private static long groupId(Params p) {
        p.required("ContactGroupId");
        return p.longValue("ContactGroupId");
    }

    private static ArmsStore.Group existing(Account account, long id) {
        ArmsStore.Group g = account.arms().group(id);
        if (g == null) {
            throw new ApiError(404, "ContactGroupNotExists", "The alert contact group " + id + " does not exist.");
        }
        return g;
    }
}
