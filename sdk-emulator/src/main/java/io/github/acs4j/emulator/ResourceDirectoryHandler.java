package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resource Directory (ResourceDirectoryMaster 2022-04-19) message-contact operations with the documented
 * validation and error codes ({@code MissingParameter.Name}, {@code InvalidParameter.Name.Length}, …).
 * Verification (see {@link VerifiableAddress}): a new or changed e-mail or phone stays pending until the
 * recipient verifies it, which here is {@link ResourceDirectoryControls#verifyEmail} or the admin call; the
 * Send operations only record that a verification is on its way, each counted against the account's daily
 * allowance; {@code CancelMessageContactUpdate} drops a pending change to a verified address.
 * Deletion with {@code RetainContactInMembers=false} of a contact that has members is asynchronous: the
 * first {@code GetMessageContactDeletionStatus} answers {@code Deleting} and completes it.
 */
final class ResourceDirectoryHandler {
    static final String VERSION = "2022-04-19";
    static final Set<String> TITLES = new HashSet<>(Arrays.asList(
            "FinanceDirector", "TechnicalDirector", "MaintenanceDirector", "CEO", "ProjectDirector", "Other"));
    static final Set<String> MESSAGE_TYPES = new HashSet<>(Arrays.asList(
            "ServiceMessage", "FaultMessage", "AccountExpenses", "SecurityMessage", "ActivityMessage", "ProductMessage"));
    private static final Pattern NAME = Pattern.compile("[A-Za-z\\p{IsHan}]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("(\\d{1,4})-(\\d{4,15})");
    private static final Pattern CONTACT_ID = Pattern.compile("c-[A-Za-z0-9]+");
    private static final Pattern MEMBER = Pattern.compile("(rd|fd)-[A-Za-z0-9]+|\\d{1,20}");
    private static final int MAX_EMAIL_LENGTH = 64;
    private static final int MAX_MEMBERS_PER_CALL = 5;

    private final Clock clock;
    private final int dailyVerifications;

    ResourceDirectoryHandler(Clock clock, int dailyVerifications) {
        this.clock = clock;
        this.dailyVerifications = dailyVerifications;
    }

    void register(Router router) {
        Router.Product rd = router.product("ResourceDirectoryMaster", VERSION, false);
        router.add(rd, "AddMessageContact", this::add);
        router.add(rd, "GetMessageContact", this::get);
        router.add(rd, "ListMessageContacts", this::list);
        router.add(rd, "UpdateMessageContact", this::update);
        router.add(rd, "DeleteMessageContact", this::delete);
        router.add(rd, "GetMessageContactDeletionStatus", this::deletionStatus);
        router.add(rd, "SendEmailVerificationForMessageContact", this::sendEmailVerification);
        router.add(rd, "SendPhoneVerificationForMessageContact", this::sendPhoneVerification);
        router.add(rd, "CancelMessageContactUpdate", this::cancelUpdate);
        router.add(rd, "ListMessageContactVerifications", this::listVerifications);
        router.add(rd, "AssociateMembers", this::associate);
        router.add(rd, "DisassociateMembers", this::disassociate);
    }

    private ObjectNode add(Params p, Account account, String requestId) {
        String name = name(required(p, "Name"));
        String email = email(required(p, "EmailAddress"));
        String phone = p.has("PhoneNumber") ? phone(p.get("PhoneNumber")) : null;
        String title = title(required(p, "Title"));
        List<String> types = messageTypes(p, true);
        Instant now = clock.instant();
        ResourceDirectoryStore.Contact c = account.rd().add(name, now);
        c.title = title;
        c.messageTypes = types;
        c.email.propose(email);
        if (phone != null) {
            c.phone.propose(phone);
        }
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode contact = body.putObject("Contact");
        contact.put("ContactId", c.id);
        contact.put("CreateDate", Replies.rdDate(c.createDate));
        return body;
    }

    private ObjectNode get(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode item = body.putObject("Contact");
        describe(c, item);
        return body;
    }

    private ObjectNode list(Params p, Account account, String requestId) {
        String id = p.has("ContactId") ? contactIdFormat(p.get("ContactId")) : null;
        String member = p.get("Member");
        int page = p.positive("PageNumber", 1);
        int size = pageSize(p);
        List<ResourceDirectoryStore.Contact> matches = new ArrayList<>();
        for (ResourceDirectoryStore.Contact c : account.rd().all()) {
            if (id != null && !id.equals(c.id) || member != null && !c.members.containsKey(member)) {
                continue;
            }
            matches.add(c);
        }
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("TotalCount", matches.size());
        body.put("PageNumber", page);
        body.put("PageSize", size);
        ArrayNode items = body.putArray("Contacts");
        for (ResourceDirectoryStore.Contact c : Pages.page(matches, page, size)) {
            ObjectNode item = items.addObject();
            describe(c, item);
            Instant associated = c.associatedDate();
            if (associated != null) {
                item.put("AssociatedDate", Replies.rdDate(associated));
            }
        }
        return body;
    }

    private ObjectNode update(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = notDeleting(account.rd().get(contactId(p)));
        String name = p.has("Name") ? name(p.get("Name")) : null;
        String email = p.has("EmailAddress") ? email(p.get("EmailAddress")) : null;
        String phone = p.has("PhoneNumber") ? phone(p.get("PhoneNumber")) : null;
        String title = p.has("Title") ? title(p.get("Title")) : null;
        List<String> types = messageTypes(p, false);
        if (name != null) {
            account.rd().checkNameFree(name, c);
            c.name = name;
        }
        if (title != null) {
            c.title = title;
        }
        if (!types.isEmpty()) {
            c.messageTypes = types;
        }
        if (email != null) {
            c.email.propose(email);
        }
        if (phone != null) {
            c.phone.propose(phone);
        }
        return Replies.withRequestId(requestId);
    }

    private ObjectNode delete(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = notDeleting(account.rd().get(contactId(p)));
        Boolean retain = p.bool("RetainContactInMembers");
        ObjectNode body = Replies.withRequestId(requestId);
        if (Boolean.FALSE.equals(retain) && !c.members.isEmpty()) {
            c.deleting = true; // removal from the members runs in the background
            body.put("Status", ResourceDirectoryStore.DELETING);
        } else {
            account.rd().remove(c.id);
            body.put("Status", "Deleted");
        }
        return body;
    }

    private ObjectNode deletionStatus(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        if (!c.deleting) {
            throw new ApiError(400, "InvalidParameter.ContactId", "The contact is not being deleted.");
        }
        account.rd().remove(c.id); // the background removal finishes once someone has looked
        ObjectNode body = Replies.withRequestId(requestId);
        ObjectNode status = body.putObject("ContactDeletionStatus");
        status.put("ContactId", c.id);
        status.put("Status", ResourceDirectoryStore.DELETING);
        status.putArray("FailReasonList");
        return body;
    }

    private ObjectNode sendEmailVerification(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        String email = email(required(p, "EmailAddress"));
        if (c.email.pending() == null) {
            throw noVerification();
        }
        if (!email.equals(c.email.pending())) {
            throw new ApiError(400, "InvalidParameter.EmailAddress", "The EmailAddress is invalid.");
        }
        account.rd().countVerificationSent(today(), dailyVerifications);
        c.email.markSent(); // on its way: the address takes effect only when the recipient verifies it
        return Replies.withRequestId(requestId);
    }

    private ObjectNode sendPhoneVerification(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        String phone = phone(required(p, "PhoneNumber"));
        if (c.phone.pending() == null) {
            throw noVerification();
        }
        if (!phone.equals(c.phone.pending())) {
            throw new ApiError(400, "InvalidParameter.PhoneNumber", "The PhoneNumber is invalid.");
        }
        account.rd().countVerificationSent(today(), dailyVerifications);
        c.phone.markSent();
        return Replies.withRequestId(requestId);
    }

    private ObjectNode cancelUpdate(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        String email = p.has("EmailAddress") ? email(p.get("EmailAddress")) : null;
        String phone = p.has("PhoneNumber") ? phone(p.get("PhoneNumber")) : null;
        boolean cancelEmail = c.email.isCancellable() && (email == null || email.equals(c.email.pending()));
        boolean cancelPhone = c.phone.isCancellable() && (phone == null || phone.equals(c.phone.pending()));
        if (email != null && !cancelEmail || phone != null && !cancelPhone || !cancelEmail && !cancelPhone) {
            throw noVerification();
        }
        if (cancelEmail) {
            c.email.cancel();
        }
        if (cancelPhone) {
            c.phone.cancel();
        }
        return Replies.withRequestId(requestId);
    }

    private ObjectNode listVerifications(Params p, Account account, String requestId) {
        String id = p.has("ContactId") ? contactIdFormat(p.get("ContactId")) : null;
        int page = p.positive("PageNumber", 1);
        int size = pageSize(p);
        List<String[]> targets = new ArrayList<>();
        for (ResourceDirectoryStore.Contact c : account.rd().all()) {
            if (id != null && !id.equals(c.id)) {
                continue;
            }
            if (c.email.pending() != null) {
                targets.add(new String[] {c.id, c.email.pending()});
            }
            if (c.phone.pending() != null) {
                targets.add(new String[] {c.id, c.phone.pending()});
            }
        }
        ObjectNode body = Replies.withRequestId(requestId);
        body.put("TotalCount", targets.size());
        body.put("PageNumber", page);
        body.put("PageSize", size);
        ArrayNode items = body.putArray("ContactVerifications");
        for (String[] t : Pages.page(targets, page, size)) {
            ObjectNode item = items.addObject();
            item.put("ContactId", t[0]);
            item.put("Target", t[1]);
        }
        return body;
    }

    private ObjectNode associate(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = notDeleting(account.rd().get(contactId(p)));
        List<String> members = members(p);
        Instant now = clock.instant();
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = body.putArray("Members");
        for (String m : members) {
            c.members.put(m, now);
            member(items, c.id, m, now);
        }
        return body;
    }

    private ObjectNode disassociate(Params p, Account account, String requestId) {
        ResourceDirectoryStore.Contact c = account.rd().get(contactId(p));
        List<String> members = members(p);
        Instant now = clock.instant();
        ObjectNode body = Replies.withRequestId(requestId);
        ArrayNode items = body.putArray("Members");
        for (String m : members) {
            c.members.remove(m);
            member(items, c.id, m, now);
        }
        return body;
    }

    // ---- shapes ----------------------------------------------------------------------------------

    private static void describe(ResourceDirectoryStore.Contact c, ObjectNode item) {
        item.put("ContactId", c.id);
        item.put("Name", c.name);
        item.put("EmailAddress", c.email.current());
        if (c.phone.current() != null) {
            item.put("PhoneNumber", c.phone.current());
        }
        item.put("Title", c.title);
        item.set("MessageTypes", Replies.strings(c.messageTypes));
        item.set("Members", Replies.strings(new ArrayList<>(c.members.keySet())));
        item.put("Status", c.status());
        item.put("CreateDate", Replies.rdDate(c.createDate));
    }

    private static void member(ArrayNode items, String contactId, String memberId, Instant when) {
        ObjectNode item = items.addObject();
        item.put("ContactId", contactId);
        item.put("MemberId", memberId);
        item.put("ModifyDate", Replies.rdDate(when));
    }

    // ---- validation, with Resource Directory's own codes ----------------------------------------

    private static String required(Params p, String name) {
        String v = p.get(name);
        if (v == null) {
            throw new ApiError(400, "MissingParameter." + name, "You must specify " + name + ".");
        }
        return v;
    }

    private static String contactId(Params p) {
        return contactIdFormat(required(p, "ContactId"));
    }

    private static String contactIdFormat(String id) {
        if (!CONTACT_ID.matcher(id).matches()) {
            throw new ApiError(400, "InvalidParameter.ContactId", "The ContactId is invalid.");
        }
        return id;
    }

    private static String name(String name) {
        if (name.codePointCount(0, name.length()) < 2 || name.codePointCount(0, name.length()) > 12) {
            throw new ApiError(400, "InvalidParameter.Name.Length", "The Name exceeds the length limit.");
        }
        if (!NAME.matcher(name).matches()) {
            throw new ApiError(400, "InvalidParameter.Name", "The Name is invalid.");
        }
        return name;
    }

    private static String email(String email) {
        if (email.length() > MAX_EMAIL_LENGTH) {
            throw new ApiError(400, "InvalidParameter.EmailAddress.Length", "The EmailAddress exceeds the length limit.");
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new ApiError(400, "InvalidParameter.EmailAddress", "The EmailAddress is invalid.");
        }
        return email;
    }

    /** {@code <country code>-<number>}; only Chinese-mainland ({@code 86-}) mobile numbers are accepted. */
    private static String phone(String phone) {
        Matcher m = PHONE.matcher(phone);
        if (!m.matches()) {
            throw new ApiError(400, "InvalidParameter.PhoneNumber", "The PhoneNumber is invalid.");
        }
        if (!m.group(1).equals("86")) {
            throw new ApiError(400, "InvalidParameter.MobileCountryCode", "The current site does not support the country code.");
        }
        if (!m.group(2).matches("1\\d{10}")) {
            throw new ApiError(400, "InvalidParameter.PhoneNumber", "The PhoneNumber is invalid.");
        }
        return phone;
    }

    private static String title(String title) {
        if (!TITLES.contains(title)) {
            throw new ApiError(400, "InvalidParameter.Title", "The Title is invalid.");
        }
        return title;
    }

    private static List<String> messageTypes(Params p, boolean mandatory) {
        List<String> types = p.list("MessageTypes");
        if (types.isEmpty() && mandatory) {
            throw new ApiError(400, "MissingParameter.MessageTypes", "You must specify MessageTypes.");
        }
        for (String t : types) {
            if (!MESSAGE_TYPES.contains(t)) {
                throw new ApiError(400, "InvalidParameter.MessageTypes", "The MessageTypes is invalid.");
            }
        }
        return new ArrayList<>(new java.util.LinkedHashSet<>(types));
    }

    private static List<String> members(Params p) {
        List<String> members = p.list("Members");
        if (members.isEmpty()) {
            throw new ApiError(400, "MissingParameter.Members", "You must specify Members.");
        }
        if (members.size() > MAX_MEMBERS_PER_CALL) {
            throw new ApiError(400, "InvalidParameter.Members", "The Members is invalid: at most "
                    + MAX_MEMBERS_PER_CALL + " per call.");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new ApiError(400, "InvalidParameter.Members.Duplicate", "The Members contains duplicate values.");
        }
        for (String m : members) {
            if (!MEMBER.matcher(m).matches()) {
                throw new ApiError(400, "InvalidParameter.Members", "The Members is invalid.");
            }
        }
        return members;
    }

    private static int pageSize(Params p) {
        int size = p.positive("PageSize", 10);
        if (size > 100) {
            throw new ApiError(400, "InvalidParameter.PageSize", "The PageSize is invalid.");
        }
        return size;
    }

    /** The day the allowance of verification messages counts in: UTC, like the dates the emulator writes. */
    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static ResourceDirectoryStore.Contact notDeleting(ResourceDirectoryStore.Contact c) {
        if (c.deleting) {
            throw new ApiError(400, "ContactStatusMismatchAction", "The contact is being deleted; the operation is not allowed.");
        }
        return c;
    }

    private static ApiError noVerification() {
        return new ApiError(404, "EntityNotExists.Contact.Verification", "This contact verification does not exist.");
    }
}
