package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ServiceError;

/**
 * Resource Directory answered with an error. Codes are in {@link ResourceDirectoryErrorCodes};
 * {@code ConcurrentCallNotSupported} (HTTP 429) counts as throttling and is retried by the standard
 * strategy before it surfaces here.
 */
public class ResourceDirectoryException extends AcsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param error what the service answered
     * @param diagnosis the client's diagnosis, or null
     */
    public ResourceDirectoryException(ServiceError error, String diagnosis) {
        super(error, diagnosis);
    }
}
