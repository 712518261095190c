package io.github.acs4j.arms;

/**
 * ARMS error codes that apply to the alert-contact operations. The legacy contact API pages publish no
 * operation-specific table; these are the product-wide codes of ARMS 2019-08-08 that concern accounts,
 * permissions and alert contacts (Alibaba Cloud help, "ARMS 2019-08-08 error codes",
 * help.aliyun.com/en/arms/application-monitoring/developer-reference/api-arms-2019-08-08-errorcodes-apps).
 * Compare with {@link ArmsException#errorCode()}. Cross-product codes (throttling, signature, clock skew)
 * are in {@link io.github.acs4j.core.exception.ErrorCodes}.
 */
public final class ArmsErrorCodes {
    /** HTTP 400: the alert phone number is not valid. */
    public static final String ALERT_PHONE_NUMBER_ILLEGAL = "AlertPhoneNumberIllegal";
    /** HTTP 400: verification links are being sent too often. */
    public static final String ALERT_PHONE_VERIFY_TOO_FREQUENTLY = "AlertPhoneVerifyTooFrequently";
    /** HTTP 403: the caller may not use this operation. */
    public static final String API_NOT_AUTHORIZE = "APINotAuthorize";
    /** HTTP 403: ARMS is not activated for the account. */
    public static final String ARMS_NOT_OPEN = "ARMSNotOpen";
    /** HTTP 500: the service could not read the account's user information; retry later. */
    public static final String ACCOUNT_UID_ACCESS_ERROR = "AccountUidAccessError";

    private ArmsErrorCodes() {
    }
}
