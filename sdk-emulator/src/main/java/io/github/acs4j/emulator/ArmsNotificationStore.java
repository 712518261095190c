package io.github.acs4j.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One account's ARMS notification-center objects (2019-08-08 "new alert management"): contacts, contact
 * groups, webhook contacts and IM robots. A family of their own, apart from the legacy alert contacts: their
 * IDs come from their own sequences (each kind its own range, so a client that mixes them up is caught).
 * Callers hold the account's lock.
 */
final class ArmsNotificationStore {
    /** A notification-center contact. */
    static final class Contact {
        final long id;
        String name;
        String phone;
        String email;
        long reissueSendNotice = 3; // documented default: the global setting
        boolean emailVerified;
        boolean phoneVerified; // no verification link is ever followed here
        String dingRobotUrl;
        String resourceGroupId;

        Contact(long id) {
            this.id = id;
        }

        /**
         * The documented {@code ArmsContactId}: the contact's number in ARMS's older contact table, a value
         * other than {@code ContactId} in the documented examples (100147 beside 123). Derived here.
         */
        long armsContactId() {
            return 500_000 + id;
        }
    }

    /** A notification-center contact group and the contacts it holds. */
    static final class Group {
        final long id;
        String name;
        Set<Long> contactIds = new LinkedHashSet<>();

        Group(long id) {
            this.id = id;
        }

        long armsContactGroupId() {
            return 500_000 + id;
        }
    }

    /** A webhook contact. */
    static final class WebhookContact {
        final long id;
        String name;
        ArmsWebhook webhook;

        WebhookContact(long id) {
            this.id = id;
        }
    }

    /** An IM robot (DingTalk, WeCom, Lark). */
    static final class Robot {
        final long id;
        final long createTime;
        String name;
        String type;
        String address;
        boolean dailyNoc;
        String dailyNocTime;
        String dingSignKey;
        String token;
        boolean enableOutgoing;
        String cardTemplate;

        Robot(long id, long createTime) {
            this.id = id;
            this.createTime = createTime;
        }
    }

    /** Objects of one kind by ID, in creation order, with the kind's ID sequence and its not-found answer. */
    static final class Table<T> {
        private final Map<Long, T> rows = new LinkedHashMap<>();
        private final String missingCode;
        private final String kind;
        private long nextId;
        private Consumer<Long> onRemove = id -> { };

        Table(long firstId, String missingCode, String kind) {
            this.nextId = firstId;
            this.missingCode = missingCode;
            this.kind = kind;
        }

        long nextId() {
            return nextId++;
        }

        T put(long id, T row) {
            rows.put(id, row);
            return row;
        }

        /** @throws ApiError 404 with the kind's code (our choice: the pages document no error codes) */
        T require(long id) {
            T row = rows.get(id);
            if (row == null) {
                throw new ApiError(404, missingCode, "The " + kind + " " + id + " does not exist.");
            }
            return row;
        }

        T get(long id) {
            return rows.get(id);
        }

        List<T> all() {
            return new ArrayList<>(rows.values());
        }

        void remove(long id) {
            rows.remove(id);
            onRemove.accept(id);
        }
    }

    final Table<Contact> contacts = new Table<>(1_001, "ContactNotExists", "alert contact");
    final Table<Group> groups = new Table<>(2_001, "ContactGroupNotExists", "alert contact group");
    final Table<WebhookContact> webhooks = new Table<>(3_001, "WebhookNotExists", "webhook contact");
    final Table<Robot> robots = new Table<>(4_001, "IMRobotNotExists", "IM robot");

    ArmsNotificationStore() {
        // a deleted contact leaves the groups that held them; the groups stay (our choice: undocumented)
        contacts.onRemove = id -> {
            for (Group g : groups.all()) {
                g.contactIds.remove(id);
            }
        };
    }

    /** @return the {@code Delete*} operation of one kind: its ID parameter is mandatory and must exist */
    static Router.Handler deletion(String idParameter, Function<ArmsNotificationStore, Table<?>> kind) {
        return (p, account, requestId) -> {
            p.required(idParameter);
            long id = p.longValue(idParameter);
            Table<?> table = kind.apply(account.arms().notifications());
            table.require(id);
            table.remove(id);
            return ArmsHandler.success(requestId);
        };
    }
}
