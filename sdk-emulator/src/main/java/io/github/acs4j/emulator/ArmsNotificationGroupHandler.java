package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * ARMS (2019-08-08) notification-center contact groups: groups of notification-center contacts (not of
 * legacy alert contacts). {@code CreateOrUpdateContactGroup} creates without {@code ContactGroupId}, updates
 * with one; members are one string of contact IDs separated by commas (the documentation's example writes
 * them as {@code [1,2,3]}, also accepted); the answer gives them back as that text. {@code DescribeContactGroups}
 * pages and lists the members only with {@code IsDetail=true}.
 */
final class ArmsNotificationGroupHandler {

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateOrUpdateContactGroup", this::createOrUpdate);
        router.add(arms, "DeleteContactGroup", ArmsNotificationStore.deletion("ContactGroupId", s -> s.groups));
        router.add(arms, "DescribeContactGroups", this::describe);
    }

    private ObjectNode createOrUpdate(Params p, Account account, String requestId) {
        ArmsNotificationStore store = account.arms().notifications();
        Long id = p.longValue("ContactGroupId");
        ArmsNotificationStore.Group existing = id == null ? null : store.groups.require(id);
        String name = p.required("ContactGroupName");
        Set<Long> members = members(p, store);
        ArmsNotificationStore.Group g = existing;
        if (g == null) {
            long newId = store.groups.nextId();
            g = store.groups.put(newId, new ArmsNotificationStore.Group(newId));
        }
        g.name = name;
        if (members != null) { // an update without ContactIds keeps the members (our choice: undocumented)
            g.contactIds = members;
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode out = body.putObject("AlertContactGroup");
        out.put("ContactGroupId", g.id);
        out.put("ContactGroupName", g.name);
        out.put("ContactIds", joined(g.contactIds));
        return body;
    }

    private ObjectNode describe(Params p, Account account, String requestId) {
        ArmsPaging paging = ArmsPaging.optional(p);
        String name = p.get("ContactGroupName");
        List<Long> ids = ArmsIdList.lenient(p, "GroupIds");
        boolean detail = Boolean.TRUE.equals(p.bool("IsDetail"));
        ArmsNotificationStore store = account.arms().notifications();
        List<ArmsNotificationStore.Group> matches = new ArrayList<>();
        for (ArmsNotificationStore.Group g : store.groups.all()) {
            if (name != null && !g.name.contains(name) || ids != null && !ids.contains(g.id)) {
                continue;
            }
            matches.add(g);
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = paging.pageBean(body, matches.size()).putArray("AlertContactGroups");
        for (ArmsNotificationStore.Group g : paging.cut(matches)) {
            ObjectNode item = items.addObject();
            item.put("ContactGroupId", g.id);
            item.put("ContactGroupName", g.name);
            item.put("ArmsContactGroupId", g.armsContactGroupId());
            if (detail) { // "Contacts is not shown when IsDetail is false" (DescribeContactGroups page)
                ArrayNode contacts = item.putArray("Contacts");
                for (long member : g.contactIds) {
                    ArmsNotificationStore.Contact c = store.contacts.get(member);
                    ObjectNode m = contacts.addObject();
                    m.put("ContactId", c.id);
                    m.put("ContactName", c.name);
                    m.put("Phone", c.phone);
                    m.put("Email", c.email);
                    m.put("ArmsContactId", c.armsContactId());
                }
            }
        }
        return body;
    }

    /** @return the members named by {@code ContactIds} (each an existing contact), or null when not sent */
    private static Set<Long> members(Params p, ArmsNotificationStore store) {
        List<Long> ids = ArmsIdList.lenient(p, "ContactIds");
        if (ids == null) {
            return null;
        }
        Set<Long> members = new LinkedHashSet<>();
        for (long id : ids) {
            store.contacts.require(id);
            members.add(id);
        }
        return members;
    }

    private static String joined(Set<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids) {
            sb.append(sb.length() == 0 ? "" : ",").append(id);
        }
        return sb.toString();
    }
}
