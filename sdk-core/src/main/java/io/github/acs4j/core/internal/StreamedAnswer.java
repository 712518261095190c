package io.github.acs4j.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.github.acs4j.core.ResponseMetadata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the pipeline needs from a success body while a {@link StreamingResponseReader} reads it: the
 * envelope fields that classify the answer ({@code Code}/{@code code}, {@code Success},
 * {@code RequestId}/{@code requestId}, the first spelling winning as in the tree), and which of the fields
 * the operation {@link Operation#requires} were present. Generated readers hand it every top-level field
 * they do not read themselves ({@link #other}), and mark each required field they meet ({@link #mark}).
 * One per answer; not thread-safe.
 */
public final class StreamedAnswer {
    private final int status;
    private final int attempts;
    private final ResponseMetadata fixedMetadata;
    private String code;
    private String lowerCode;
    private Boolean success;
    private String requestId;
    private String lowerRequestId;
    private long present; // bit i: required field i was present

    StreamedAnswer(int status, int attempts) {
        this.status = status;
        this.attempts = attempts;
        this.fixedMetadata = null;
    }

    /** For a tree read through a streaming reader: the caller already knows the metadata. */
    StreamedAnswer(ResponseMetadata metadata) {
        this.status = metadata.httpStatus();
        this.attempts = metadata.attempts();
        this.fixedMetadata = metadata;
    }

    /**
     * Reads a top-level string field, noting it when it is one of the envelope's.
     *
     * @param name the field's name
     * @param p a parser at its value
     * @return the value, as {@link JsonValues#text}
     * @throws IOException when the parser fails
     */
    public String text(String name, JsonParser p) throws IOException {
        String v = JsonValues.text(p);
        note(name, v);
        return v;
    }

    /**
     * Reads a top-level {@code Success}-like boolean field, noting it when it is the envelope's.
     *
     * @param name the field's name
     * @param p a parser at its value
     * @return the value, as {@link JsonValues#bool}
     * @throws IOException when the parser fails
     */
    public Boolean bool(String name, JsonParser p) throws IOException {
        Boolean v = JsonValues.bool(p);
        if (name.equals("Success")) {
            success = v;
        }
        return v;
    }

    /**
     * A top-level field the reader does not read into the response: noted if it is an envelope field,
     * skipped otherwise (unknown fields are ignored).
     *
     * @param name the field's name
     * @param p a parser at its value
     * @throws IOException when the parser fails
     */
    public void other(String name, JsonParser p) throws IOException {
        switch (name) {
            case "Code":
            case "code":
            case "RequestId":
            case "requestId":
                note(name, JsonValues.text(p));
                break;
            case "Success":
                success = JsonValues.bool(p);
                break;
            default:
                p.skipChildren();
        }
    }

    /**
     * Notes whether required field {@code index} (its place in {@link Operation#requiredFields()}) is
     * present, judged on the current value before it is read.
     *
     * @param index the field's place in the operation's list
     * @param p a parser at the field's value
     * @throws IOException when the parser fails
     */
    public void mark(int index, JsonParser p) throws IOException {
        if (JsonValues.present(p)) {
            present |= 1L << index;
        } else {
            present &= ~(1L << index); // a repeated name keeps its last value, as in the tree
        }
    }

    /**
     * Notes required field {@code index} from a value already read into the model (for a field inside a
     * nested object): present when not null and not blank text.
     *
     * @param index the field's place in the operation's list
     * @param value the value read
     */
    public void markValue(int index, Object value) {
        if (value != null && !(value instanceof String && ((String) value).trim().isEmpty())) {
            present |= 1L << index;
        }
    }

    /** @return the metadata of the exchange, with the body's RequestId */
    public ResponseMetadata metadata() {
        return fixedMetadata != null ? fixedMetadata : new ResponseMetadata(requestId(), status, attempts);
    }

    private void note(String name, String value) {
        switch (name) {
            case "Code": code = value; break;
            case "code": lowerCode = value; break;
            case "RequestId": requestId = value; break;
            case "requestId": lowerRequestId = value; break;
            default: break;
        }
    }

    String requestId() {
        return requestId != null ? requestId : lowerRequestId;
    }

    /** The same rule as the tree path: an explicit {@code Success: false}, or a failure code in an HTTP 2xx. */
    boolean failed(boolean failureCodeInSuccessfulStatus) {
        String c = code != null ? code : lowerCode;
        return Boolean.FALSE.equals(success) || (failureCodeInSuccessfulStatus && c != null && !"200".equals(c));
    }

    /** @return the required fields that were missing, JSON null or blank, in declaration order */
    List<String> missing(List<String> required) {
        List<String> missing = Collections.emptyList();
        for (int i = 0; i < required.size(); i++) {
            if ((present & (1L << i)) == 0) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>(2);
                }
                missing.add(required.get(i));
            }
        }
        return missing;
    }
}
