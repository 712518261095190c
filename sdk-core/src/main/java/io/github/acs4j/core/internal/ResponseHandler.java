package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.ResponseMetadata;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ErrorCodes;
import io.github.acs4j.core.exception.IncompleteResponseException;
import io.github.acs4j.core.exception.ServiceError;
import io.github.acs4j.core.util.Redact;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Classifies one HTTP answer: a typed response, a service error (by the body's {@code Code} first, the
 * status second), or a client error for a body that is not the JSON the service sends or a success that
 * lacks the fields its operation requires.
 */
final class ResponseHandler {
    private static final String STRING_TO_SIGN_MARKER = "string to sign is:";

    private final ServiceDescriptor service;
    private final int maxResponseBytes;

    ResponseHandler(ServiceDescriptor service, int maxResponseBytes) {
        this.service = service;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * @return the typed response
     * @throws AcsServiceException for an error answer
     * @throws AcsClientException for an unreadable answer
     * @throws IncompleteResponseException for a success answer without the fields the operation requires
     * @throws IOException when reading the body fails
     */
    <R> R handle(Operation<?, R> op, Attempt attempt, Response response) throws IOException {
        int status = response.code();
        attempt.answered(status, null);
        byte[] bytes = readBounded(op, attempt, response);
        JsonNode body = parse(bytes);
        if (body == null) {
            throw unreadable(op, attempt, response, bytes);
        }
        String code = firstText(body, "Code", "code");
        Boolean success = Json.bool(body, "Success");
        boolean failed = status >= 300 || Boolean.FALSE.equals(success)
                || (service.failureCodeInSuccessfulStatus() && code != null && !"200".equals(code));
        String requestId = firstText(body, "RequestId", "requestId");
        attempt.answered(status, requestId);
        if (!failed) {
            List<String> missing = RequiredFields.missing(body, op.requiredFields());
            if (!missing.isEmpty()) {
                throw incomplete(op, attempt, status, requestId, missing);
            }
            return op.reader().read(body, new ResponseMetadata(requestId, status, attempt.number));
        }
        String message = firstText(body, "Message", "message");
        String diagnosis = null;
        if (ErrorCodes.SIGNATURE_DOES_NOT_MATCH.equals(code) && message != null) {
            diagnosis = diagnoseSignature(message, attempt.stringToSign());
            message = hideEchoedStringToSign(message);
        }
        ServiceError error = ServiceError.builder()
                .serviceName(service.name()).action(op.action()).httpStatus(status)
                .errorCode(code).errorMessage(Redact.message(message, attempt.personalValues(op))).requestId(requestId)
                .hostId(Json.text(body, "HostId")).recommend(Json.text(body, "Recommend"))
                .attempts(attempt.number).retryAfterMillis(retryAfter(response))
                .build();
        throw service.exception(error, diagnosis);
    }

    private byte[] readBounded(Operation<?, ?> op, Attempt attempt, Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return new byte[0];
        }
        BufferedSource source = body.source();
        if (source.request((long) maxResponseBytes + 1)) {
            throw new AcsClientException("Response to " + service.name() + " " + op.action() + " is larger than "
                    + maxResponseBytes + " bytes (HTTP " + response.code() + ", Content-Type "
                    + response.header("Content-Type") + "); it was not read. Raise maxResponseBytes if this is expected.",
                    null, attempt.number, false);
        }
        return source.getBuffer().readByteArray();
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = JsonTreeReader.read(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private AcsClientException unreadable(Operation<?, ?> op, Attempt attempt, Response response, byte[] bytes) {
        int status = response.code();
        // masked before it is cut, so that no value is cut past recognition
        String masked = Redact.message(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8),
                attempt.personalValues(op)).replaceAll("\\s+", " ").trim();
        String start = masked.substring(0, Math.min(masked.length(), 160));
        String msg = "Unreadable response to " + service.name() + " " + op.action() + ": HTTP " + status
                + ", Content-Type " + response.header("Content-Type") + ", " + bytes.length + " bytes"
                + (bytes.length == 0 ? "" : ", starting '" + start + "'")
                + ". Expected a JSON object (a proxy or gateway may have answered instead of the service).";
        boolean transientStatus = status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
        return new AcsClientException(msg, null, attempt.number, transientStatus);
    }

    /** A success without its fields is no success; not transient, and a create may have happened: never repeated. */
    private IncompleteResponseException incomplete(Operation<?, ?> op, Attempt attempt, int status, String requestId,
                                                   List<String> missing) {
        String msg = "Incomplete answer to " + service.name() + " " + op.action() + ": HTTP " + status + " without "
                + String.join(", ", missing) + (requestId == null ? " (no RequestId)" : " (RequestId " + requestId + ")")
                + ", so it is not a success. "
                + (op.idempotent() ? "It was not retried."
                : "The service may have processed the call, so it was not repeated: look the result up before"
                + " calling again.");
        return new IncompleteResponseException(msg, requestId, missing, attempt.number);
    }

    private static String firstText(JsonNode body, String name, String alternative) {
        String v = Json.text(body, name);
        return v != null ? v : Json.text(body, alternative);
    }

    private static Long retryAfter(Response response) {
        String v = response.header("x-acs-retry-after");
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String diagnoseSignature(String serverMessage, String ourStringToSign) {
        int i = serverMessage.toLowerCase(Locale.ROOT).indexOf(STRING_TO_SIGN_MARKER);
        if (i < 0) {
            return "The server did not echo its string to sign, so the cause cannot be told apart:"
                    + " check the AccessKey secret.";
        }
        String theirs = serverMessage.substring(i + STRING_TO_SIGN_MARKER.length()).trim();
        if (theirs.equals(ourStringToSign)) {
            return "The server's string to sign equals ours, so the AccessKey secret is wrong.";
        }
        return "The server's string to sign differs from ours, so a parameter was encoded differently"
                + " (an acs4j bug: please report it with this RequestId).";
    }

    private static String hideEchoedStringToSign(String message) {
        int i = message.toLowerCase(Locale.ROOT).indexOf(STRING_TO_SIGN_MARKER);
        return i < 0 ? message : message.substring(0, i + STRING_TO_SIGN_MARKER.length()) + " [not shown]";
    }
}
