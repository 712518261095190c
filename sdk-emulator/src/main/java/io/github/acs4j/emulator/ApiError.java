package io.github.acs4j.emulator;

/**
 * An error answer the emulated service gives: HTTP status, {@code Code} and {@code Message}. Thrown from
 * anywhere in request handling and turned into the standard error body in one place.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The gateway's answer for a mandatory parameter that is absent (Cms, ARMS, common parameters). */
    static ApiError missing(String parameter) {
        return new ApiError(400, "MissingParameter", "The input parameter \"" + parameter
                + "\" that is mandatory for processing this request is not supplied.");
    }

    /** The gateway's answer for a parameter whose value has the wrong type or form. */
    static ApiError invalid(String parameter, String value) {
        return new ApiError(400, "InvalidParameter", "The specified parameter \"" + parameter + "\" is not valid: "
                + value + ".");
    }
}
