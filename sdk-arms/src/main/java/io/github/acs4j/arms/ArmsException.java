package io.github.acs4j.arms;

import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ServiceError;

/**
 * ARMS answered with an error. Codes are in {@link ArmsErrorCodes}.
 */
public class ArmsException extends AcsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param error what the service answered
     * @param diagnosis the client's diagnosis, or null
     */
    public ArmsException(ServiceError error, String diagnosis) {
        super(error, diagnosis);
    }
}
