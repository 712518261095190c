package io.github.acs4j.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One account's Resource Directory message contacts (2022-04-19): unique names, a contact limit, the
 * verification life cycle ({@code Verifying} while the e-mail has never been verified or a new e-mail or
 * phone awaits its recipient, else {@code Active}), the daily allowance of verification messages, members,
 * and asynchronous deletion. Callers hold the account's lock.
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
        final VerifiableAddress email = new VerifiableAddress();
        final VerifiableAddress phone = new VerifiableAddress();
        boolean deleting;
        /** member ID -> when it was associated */
        final Map<String, Instant> members = new LinkedHashMap<>();

        Contact(String id, Instant createDate) {
            this.id = id;
            this.createDate = createDate;
        }

        String status() {
            if (deleting) {
                return DELETING;
            }
            boolean settled = email.isVerified() && email.pending() == null && phone.pending() == null;
            return settled ? ACTIVE : VERIFYING;
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
    private LocalDate sendingDay;
    private int sentThatDay;

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

    /** @return the contact, or null */
    Contact find(String id) {
        return contacts.get(id);
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

    /**
     * Counts a verification message against the account's allowance for the day.
     *
     * @throws ApiError 409 {@code SendValidateCodeExceedsLimitForAccount} once {@code dailyLimit} were sent that day
     */
    void countVerificationSent(LocalDate today, int dailyLimit) {
        if (!today.equals(sendingDay)) {
            sendingDay = today;
            sentThatDay = 0;
        }
        if (sentThatDay >= dailyLimit) {
            throw new ApiError(409, "SendValidateCodeExceedsLimitForAccount",
                    "For the same account, the number of verification codes sent exceeds the limit.");
        }
        sentThatDay++;
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
