package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * ARMS (2019-08-08) notification-center contacts: {@code CreateOrUpdateContact} creates without
 * {@code ContactId} and updates with one; a name and a phone or an e-mail are mandatory; each phone number and
 * each e-mail belongs to one contact only (documented). {@code DescribeContacts} pages with the mandatory
 * {@code Page} and {@code Size}. {@code SendTTSVerifyLink} would text the contact's phone; nothing is sent
 * here and the phone stays unverified.
 */
final class ArmsNotificationContactHandler {

    void register(Router router, Router.Product arms) {
        router.add(arms, "CreateOrUpdateContact", this::createOrUpdate);
        router.add(arms, "DeleteContact", ArmsNotificationStore.deletion("ContactId", s -> s.contacts));
        router.add(arms, "DescribeContacts", this::describe);
        router.add(arms, "SendTTSVerifyLink", this::sendTtsVerifyLink);
    }

    private ObjectNode createOrUpdate(Params p, Account account, String requestId) {
        ArmsNotificationStore store = account.arms().notifications();
        Long id = p.longValue("ContactId");
        ArmsNotificationStore.Contact existing = id == null ? null : store.contacts.require(id);
        String name = p.required("ContactName");
        String phone = p.get("Phone");
        String email = p.get("Email");
        if (phone == null && email == null) {
            throw new ApiError(400, "InvalidParameter", "At least one of Phone and Email must be specified.");
        }
        if (phone != null && !ArmsHandler.PHONE.matcher(phone).matches()) {
            throw new ApiError(400, "AlertPhoneNumberIllegal", "The phone number is illegal.");
        }
        if (email != null && !ArmsHandler.EMAIL.matcher(email).matches()) {
            throw ApiError.invalid("Email", "not an email address");
        }
        Long reissue = p.longValue("ReissueSendNotice");
        if (reissue != null && (reissue < 0 || reissue > 3)) {
            throw ApiError.invalid("ReissueSendNotice", "expected 0, 1, 2 or 3, was " + reissue);
        }
        String dingRobotUrl = p.get("DingRobotUrl");
        if (dingRobotUrl != null && !dingRobotUrl.startsWith("https://") && !dingRobotUrl.startsWith("http://")) {
            throw ApiError.invalid("DingRobotUrl", "not an http(s) URL");
        }
        refuseTaken(store, existing, phone, email);
        ArmsNotificationStore.Contact c = existing;
        if (c == null) {
            long newId = store.contacts.nextId();
            c = store.contacts.put(newId, new ArmsNotificationStore.Contact(newId));
        }
        // an update keeps what it leaves out (our choice: undocumented), except that a new phone is unverified
        c.name = name;
        if (phone != null && !phone.equals(c.phone)) {
            c.phone = phone;
            c.phoneVerified = false;
        }
        if (email != null) {
            c.email = email;
        }
        if (reissue != null) {
            c.reissueSendNotice = reissue;
        }
        Boolean emailVerify = p.bool("IsEmailVerify");
        if (emailVerify != null) {
            c.emailVerified = emailVerify;
        }
        if (dingRobotUrl != null) {
            c.dingRobotUrl = dingRobotUrl;
        }
        if (p.has("ResourceGroupId")) {
            c.resourceGroupId = p.get("ResourceGroupId");
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode out = body.putObject("AlertContact");
        out.put("ContactId", c.id);
        out.put("ContactName", c.name);
        out.put("Phone", c.phone);
        out.put("Email", c.email);
        out.put("IsVerify", c.phoneVerified);
        out.put("ReissueSendNotice", c.reissueSendNotice);
        out.put("DingRobotUrl", c.dingRobotUrl);
        out.put("isEmailVerify", c.emailVerified); // lower-case i in this answer (SDK model's wire name)
        return body;
    }

    private ObjectNode describe(Params p, Account account, String requestId) {
        ArmsPaging paging = ArmsPaging.required(p);
        ArmsContactFilter filter = new ArmsContactFilter(p, ArmsIdList.lenient(p, "ContactIds"));
        List<ArmsNotificationStore.Contact> matches = new ArrayList<>();
        for (ArmsNotificationStore.Contact c : account.arms().notifications().contacts.all()) {
            if (filter.admits(c.id, c.name, c.phone, c.email)) {
                matches.add(c);
            }
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = paging.pageBean(body, matches.size()).putArray("AlertContacts");
        for (ArmsNotificationStore.Contact c : paging.cut(matches)) {
            ObjectNode item = items.addObject();
            item.put("ContactId", c.id);
            item.put("ContactName", c.name);
            item.put("Phone", c.phone);
            item.put("Email", c.email);
            item.put("IsVerify", c.phoneVerified);
            item.put("IsEmailVerify", c.emailVerified);
            item.put("ReissueSendNotice", c.reissueSendNotice);
            item.put("ArmsContactId", c.armsContactId());
        }
        return body;
    }

    private ObjectNode sendTtsVerifyLink(Params p, Account account, String requestId) {
        p.required("ContactId");
        long id = p.longValue("ContactId");
        String phone = p.required("Phone");
        ArmsNotificationStore.Contact c = account.arms().notifications().contacts.require(id);
        if (!phone.equals(c.phone)) {
            throw ApiError.invalid("Phone", "not the phone number of contact " + id);
        }
        return ArmsHandler.success(requestId);
    }

    /** A phone number or e-mail already used by another contact is refused (documented rule; code our choice). */
    private static void refuseTaken(ArmsNotificationStore store, ArmsNotificationStore.Contact self, String phone,
            String email) {
        for (ArmsNotificationStore.Contact other : store.contacts.all()) {
            if (other == self) {
                continue;
            }
            if (phone != null && phone.equals(other.phone) || email != null && email.equals(other.email)) {
                throw new ApiError(400, "ContactAlreadyExists", "Contact " + other.id
                        + " already uses this phone number or e-mail; each can belong to one contact only.");
            }
        }
    }
}
