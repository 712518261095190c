package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;

/**
 * ARMS (2019-08-08) legacy webhook contacts: {@code CreateWebhook} makes a legacy alert contact whose
 * channel is a webhook (its ID is a legacy contact ID, answered as a string, that SearchAlertContact lists
 * and {@code UpdateWebhook} takes), so legacy groups can hold it. Name, method, URL and RegionId are
 * mandatory; the alert template is mandatory for Post.
 */
final class ArmsAlertWebhookHandler {
    private final Clock clock;

    ArmsAlertWebhookHandler(Clock clock) {
        this.clock = clock;
    }

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateWebhook", this::create);
        router.add(arms, "UpdateWebhook", this::update);
    }

    private ObjectNode create(Params p, Account account, String requestId) {
        p.required("RegionId");
        String name = p.required("ContactName");
        ArmsWebhook webhook = ArmsWebhook.from(p, "HttpHeaders", "HttpParams");
        ArmsStore.Contact c = account.arms().create(clock.millis());
        c.name = name;
        c.webhook = webhook;
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("ContactId", String.valueOf(c.id));
        return body;
    }

    private ObjectNode update(Params p, Account account, String requestId) {
        p.required("ContactId");
        long id = p.longValue("ContactId");
        p.required("RegionId");
        String name = p.required("ContactName");
        ArmsStore.Contact c = ArmsHandler.existing(account, id);
        if (c.webhook == null) {
            throw ApiError.invalid("ContactId", id + " is an alert contact without a webhook");
        }
        c.webhook = ArmsWebhook.from(p, "HttpHeaders", "HttpParams");
        c.name = name;
        c.updateTime = clock.millis();
        return ArmsHandler.success(requestId);
    }
}
