package io.github.acs4j.core.exception;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Error codes shared by every Alibaba Cloud RPC product, grouped by what a client should do about them.
 */
public final class ErrorCodes {
    /** The request was throttled; it was not processed. */
    public static final Set<String> THROTTLING = set(
            "Throttling", "Throttling.User", "Throttling.Api", "Throttling.Concurrent", "Throttling.Resource",
            "ThrottlingException", "RequestThrottled", "ServiceThrottling", "Throttling.AllocationRate",
            "ConcurrentCallNotSupported", "RequestLimitExceeded", "TooManyRequests");

    /** The service is briefly unable to answer; the request may be repeated. */
    public static final Set<String> TRANSIENT = set(
            "ServiceUnavailable", "ServiceUnavailableTemporary", "InternalError", "InternalServerError",
            "ServiceTimeout", "RequestTimeout", "LastOperationNotFinished");

    /** The request's timestamp is too far from the server's clock. */
    public static final Set<String> CLOCK_SKEW = set(
            "InvalidTimeStamp.Expired", "InvalidTimeStamp.Format", "IllegalTimestamp", "RequestTimeTooSkewed");

    /** The credentials were rejected. */
    public static final Set<String> AUTH_FAILURE = set(
            "SignatureDoesNotMatch", "IncompleteSignature", "InvalidAccessKeyId.NotFound",
            "InvalidAccessKeyId.Inactive", "InvalidAccessKeyId", "InvalidSecurityToken.Expired",
            "InvalidSecurityToken.MismatchWithAccessKey", "InvalidSecurityToken.Malformed",
            "SignatureNonceUsed", "Forbidden.AccessKeyDisabled", "InvalidAuthorization");

    /** The signature did not match the server's calculation. */
    public static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";

    private ErrorCodes() {
    }

    private static Set<String> set(String... codes) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(codes)));
    }
}
