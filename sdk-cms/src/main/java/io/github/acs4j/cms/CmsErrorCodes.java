package io.github.acs4j.cms;

/**
 * Error codes CloudMonitor documents for its contact operations. Compare with
 * {@link CmsException#errorCode()}. Cross-product codes (throttling, signature, clock skew) are in
 * {@link io.github.acs4j.core.exception.ErrorCodes}.
 */
public final class CmsErrorCodes {
    /** HTTP 400: a parameter value is not accepted. */
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    /** HTTP 403: the caller lacks permission. */
    public static final String INVALID_AUTHORIZATION = "InvalidAuthorization";
    /** HTTP 404: the contact group does not exist ({@code PutContactGroup}). */
    public static final String CONTACT_GROUP_NOT_EXISTS = "ContactGroup.NotExists";
    /** HTTP 404: the contact (or, for {@code DeleteContactGroup}, the group) does not exist. */
    public static final String CONTACT_NOT_EXISTS = "ContactNotExists";
    /** Not found, as some list operations answer. */
    public static final String CONTACT_GROUP_NOT_EXISTS_LEGACY = "ContactGroupNotExists";
    /** Not found, generic. */
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFound";
    /** HTTP 500: the service failed. */
    public static final String INTERNAL_ERROR = "InternalError";
    /** Numeric code CloudMonitor puts in {@code Code} for a bad request (HTTP 200 bodies). */
    public static final String BAD_REQUEST = "400";
    /** Numeric code for a forbidden call (HTTP 200 bodies). */
    public static final String FORBIDDEN = "403";
    /** Numeric code for a missing object (HTTP 200 bodies). */
    public static final String NOT_FOUND = "404";
    /** Numeric code for a server failure (HTTP 200 bodies). */
    public static final String SERVER_ERROR = "500";

    private CmsErrorCodes() {
    }
}
