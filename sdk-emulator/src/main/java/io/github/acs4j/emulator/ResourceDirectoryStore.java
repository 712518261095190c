package io.github.acs4j.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One account's Resource Directory message contacts (2022-04-19): unique names, a contact limit, the
 * verification life cycle ({@code Verifying} until the email address is verified, then {@code Active}; a
 * changed address stays pending until verified or cancelled), members, and asynchronous deletion. Callers
 * hold the account's lock.
 */
final class ResourceDirectoryStore {
    static final String VERIFYING = "Verifying";
    static final String ACTIVE = "Active";
    static final String DELETING = "Deleting";

    /** A message contact. */
    static final class Contact {
        final String id;
        final Instant createDate;
        String name;
        String title;
        List<String> messageTypes = new ArrayList<>();
        /** the address in effect (shown by Get/List) */
        String email;
        String phone;
        /** the address awaiting verification, or null */
        String pendingEmail;
        String pendingPhone;
        boolean emailVerified;
        boolean phoneVerified;
        boolean deleting;
        /** member ID -> when it was associated */
        final Map<String, Instant> members = new LinkedHashMap<>();

        Contact(String id, Instant createDate) {
            this.id = id;
            this.createDate = createDate;
        }

        String status() {
            return deleting ? DELETING : emailVerified ? ACTIVE : VERIFYING;
        }

        Instant associatedDate() {
            Instant last = null;
            for (Instant t : members.values()) {
                last = last == null || t.isAfter(last) ? t : last;
            }
            return last;
        }
    }

    private final int contactLimit;
    private final Map<String, Contact> contacts = new LinkedHashMap<>();
    private int verificationsSent;

    ResourceDirectoryStore(int contactLimit) {
        this.contactLimit = contactLimit;
    }

    /** @throws ApiError {@code InvalidParameter.Name.AlreadyUsed}, {@code LimitExceeded.Contacts} */
    Contact add(String name, Instant now) {
        checkNameFree(name, null);
        if (contacts.size() >= contactLimit) {
            throw new ApiError(400, "LimitExceeded.Contacts",
                    "The maximum number of contacts in a resource directory exceeds the limit.");
        }
        Contact c = new Contact(newId(), now);
        c.name = name;
        contacts.put(c.id, c);
        return c;
    }

    /** @throws ApiError {@code InvalidParameter.Name.AlreadyUsed} when another contact has the name */
    void checkNameFree(String name, Contact self) {
        for (Contact c : contacts.values()) {
            if (c != self && c.name.equals(name)) {
                throw new ApiError(400, "InvalidParameter.Name.AlreadyUsed",
                        "The Name already exists. Please change to another name.");
            }
        }
    }

    /** @throws ApiError 404 {@code EntityNotExists.Contact} */
    Contact get(String id) {
        Contact c = contacts.get(id);
        if (c == null) {
            throw new ApiError(404, "EntityNotExists.Contact", "This Contact does not exist.");
        }
        return c;
    }

    List<Contact> all() {
        return new ArrayList<>(contacts.values());
    }

    void remove(String id) {
        contacts.remove(id);
    }

    /** Counts a verification message against the account's daily allowance. */
    void countVerificationSent(int dailyLimit) {
        if (verificationsSent >= dailyLimit) {
            throw new ApiError(409, "SendValidateCodeExceedsLimitForAccount",
                    "For the same account, the number of verification codes sent exceeds the limit.");
        }
        verificationsSent++;
    }

    private String newId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String id;
        do {
            StringBuilder sb = new StringBuilder("c-");
            for (int i = 0; i < 16; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            id = sb.toString();
        } while (contacts.containsKey(id));
        return id;
    }
}
