package io.github.acs4j.core.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The service answered HTTP 200, but without a field every success of the operation carries (a create's
 * new id, a Get's object, CloudMonitor's {@code Success}/{@code Code}, the {@code RequestId}): the answer
 * is not a success. It is never retried: the call may well have been processed (a create may have created
 * something), so look the result up before repeating the call.
 */
public class IncompleteResponseException extends AcsClientException {
    private static final long serialVersionUID = 1L;

    private final String requestId;
    private final ArrayList<String> missingFields;

    /**
     * @param message what went wrong, naming the missing fields
     * @param requestId the answer's RequestId, or null when it had none
     * @param missingFields the missing fields as wire paths ({@code Contact.ContactId})
     * @param attempts how many HTTP attempts were made
     */
    public IncompleteResponseException(String message, String requestId, List<String> missingFields, int attempts) {
        super(message, null, attempts, false);
        this.requestId = requestId;
        this.missingFields = new ArrayList<>(missingFields);
    }

    /** @return the RequestId of the incomplete answer, or null when it carried none */
    public String requestId() {
        return requestId;
    }

    /** @return the wire paths of the fields the answer lacked, in declaration order */
    public List<String> missingFields() {
        return Collections.unmodifiableList(missingFields);
    }

    @Override
    public IncompleteResponseException withAttempts(int attempts) {
        IncompleteResponseException copy = new IncompleteResponseException(getMessage(), requestId, missingFields,
                attempts);
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
