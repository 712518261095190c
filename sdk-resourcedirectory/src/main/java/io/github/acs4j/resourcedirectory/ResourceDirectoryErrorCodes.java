package io.github.acs4j.resourcedirectory;

/**
 * Error codes Resource Directory documents for its message-contact operations (API reference pages of
 * AddMessageContact, UpdateMessageContact, DeleteMessageContact, GetMessageContactDeletionStatus,
 * SendEmailVerificationForMessageContact, SendPhoneVerificationForMessageContact,
 * CancelMessageContactUpdate and AssociateMembers). Compare with
 * {@link ResourceDirectoryException#errorCode()}. Cross-product codes (throttling, signature, clock skew)
 * are in {@link io.github.acs4j.core.exception.ErrorCodes}.
 */
public final class ResourceDirectoryErrorCodes {
    /** HTTP 400: {@code Name} is missing. */
    public static final String MISSING_NAME = "MissingParameter.Name";
    /** HTTP 400: {@code Name} has characters the service does not accept. */
    public static final String INVALID_NAME = "InvalidParameter.Name";
    /** HTTP 400: {@code Name} is not 2 to 12 characters long. */
    public static final String INVALID_NAME_LENGTH = "InvalidParameter.Name.Length";
    /** HTTP 400: another contact of the resource directory has this {@code Name}. */
    public static final String NAME_ALREADY_USED = "InvalidParameter.Name.AlreadyUsed";
    /** HTTP 400: {@code EmailAddress} is missing. */
    public static final String MISSING_EMAIL_ADDRESS = "MissingParameter.EmailAddress";
    /** HTTP 400: {@code EmailAddress} is not a valid address. */
    public static final String INVALID_EMAIL_ADDRESS = "InvalidParameter.EmailAddress";
    /** HTTP 400: {@code EmailAddress} is too long. */
    public static final String INVALID_EMAIL_ADDRESS_LENGTH = "InvalidParameter.EmailAddress.Length";
    /** HTTP 400: {@code PhoneNumber} is missing. */
    public static final String MISSING_PHONE_NUMBER = "MissingParameter.PhoneNumber";
    /** HTTP 400: {@code PhoneNumber} is not a valid number. */
    public static final String INVALID_PHONE_NUMBER = "InvalidParameter.PhoneNumber";
    /** HTTP 400: the site does not accept the phone number's country code (only {@code 86} is). */
    public static final String INVALID_MOBILE_COUNTRY_CODE = "InvalidParameter.MobileCountryCode";
    /** HTTP 400: {@code Title} is missing. */
    public static final String MISSING_TITLE = "MissingParameter.Title";
    /** HTTP 400: {@code Title} is not one of the documented titles. */
    public static final String INVALID_TITLE = "InvalidParameter.Title";
    /** HTTP 400: {@code MessageTypes} is missing. */
    public static final String MISSING_MESSAGE_TYPES = "MissingParameter.MessageTypes";
    /** HTTP 400: a {@code MessageTypes} entry is not one of the documented types. */
    public static final String INVALID_MESSAGE_TYPES = "InvalidParameter.MessageTypes";
    /** HTTP 400: the resource directory has as many contacts as it may. */
    public static final String LIMIT_EXCEEDED_CONTACTS = "LimitExceeded.Contacts";
    /** HTTP 400: {@code ContactId} is missing. */
    public static final String MISSING_CONTACT_ID = "MissingParameter.ContactId";
    /** HTTP 400: {@code ContactId} is malformed. */
    public static final String INVALID_CONTACT_ID = "InvalidParameter.ContactId";
    /** HTTP 400: a {@code Members} entry is not valid ({@code AssociateMembers}, {@code DisassociateMembers}). */
    public static final String INVALID_MEMBERS = "InvalidParameter.Members";
    /** HTTP 400: {@code Members} lists an ID twice. */
    public static final String DUPLICATE_MEMBERS = "InvalidParameter.Members.Duplicate";
    /** HTTP 400: the contact is bound to as many objects as it may. */
    public static final String LIMIT_EXCEEDED_CONTACT_MEMBERS = "LimitExceeded.ContactMembers";
    /** HTTP 400: a {@code Members} entry is not in the resource directory. */
    public static final String INVALID_MEMBER = "InvalidMember";
    /** HTTP 400: the contact's status (e.g. {@code Deleting}) does not allow the operation. */
    public static final String CONTACT_STATUS_MISMATCH_ACTION = "ContactStatusMismatchAction";
    /** HTTP 404: no contact has this {@code ContactId}. */
    public static final String CONTACT_NOT_EXISTS = "EntityNotExists.Contact";
    /** HTTP 404: the contact has no pending verification for this address or number. */
    public static final String CONTACT_VERIFICATION_NOT_EXISTS = "EntityNotExists.Contact.Verification";
    /** HTTP 409: the account has sent as many verification codes today as it may. */
    public static final String SEND_VALIDATE_CODE_EXCEEDS_LIMIT_FOR_ACCOUNT = "SendValidateCodeExceedsLimitForAccount";
    /**
     * HTTP 429: another operation on the resource directory is running. Treated as throttling: the request
     * was not processed, so even a non-idempotent call is retried with back-off.
     */
    public static final String CONCURRENT_CALL_NOT_SUPPORTED = "ConcurrentCallNotSupported";

    private ResourceDirectoryErrorCodes() {
    }
}
