package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * ARMS (2019-08-08) notification-center webhook contacts: {@code CreateOrUpdateWebhookContact} creates
 * without {@code WebhookId}, updates (replaces the webhook) with one; name, method and URL are mandatory.
 * {@code DescribeWebhookContacts} pages (the official SDK calls it with GET, every parameter in the query) and
 * answers the headers and parameters as JSON objects, where the create answer gives them as text.
 */
final class ArmsWebhookContactHandler {

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateOrUpdateWebhookContact", this::createOrUpdate);
        router.add(arms, "DeleteWebhookContact", ArmsNotificationStore.deletion("WebhookId", s -> s.webhooks));
        router.add(arms, "DescribeWebhookContacts", this::describe);
    }

    private ObjectNode createOrUpdate(Params p, Account account, String requestId) {
        ArmsNotificationStore store = account.arms().notifications();
        Long id = p.longValue("WebhookId");
        ArmsNotificationStore.WebhookContact w = id == null ? null : store.webhooks.require(id);
        String name = p.required("WebhookName");
        ArmsWebhook webhook = ArmsWebhook.from(p, "BizHeaders", "BizParams");
        if (w == null) {
            long newId = store.webhooks.nextId();
            w = store.webhooks.put(newId, new ArmsNotificationStore.WebhookContact(newId));
        }
        w.name = name;
        w.webhook = webhook;
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode out = body.putObject("WebhookContact");
        out.put("WebhookId", w.id);
        out.put("WebhookName", w.name);
        w.webhook.writeAsText(out.putObject("Webhook"));
        return body;
    }

    private ObjectNode describe(Params p, Account account, String requestId) {
        ArmsPaging paging = ArmsPaging.optional(p);
        String name = p.get("WebhookName");
        List<Long> ids = ArmsIdList.lenient(p, "ContactIds");
        List<ArmsNotificationStore.WebhookContact> matches = new ArrayList<>();
        for (ArmsNotificationStore.WebhookContact w : account.arms().notifications().webhooks.all()) {
            if (name != null && !w.name.contains(name) || ids != null && !ids.contains(w.id)) {
                continue;
            }
            matches.add(w);
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = paging.pageBean(body, matches.size()).putArray("WebhookContacts");
        for (ArmsNotificationStore.WebhookContact w : paging.cut(matches)) {
            ObjectNode item = items.addObject();
            item.put("WebhookId", w.id);
            item.put("WebhookName", w.name);
            w.webhook.writeAsObjects(item.putObject("Webhook"));
        }
        return body;
    }
}
