package io.github.acs4j.cms;

import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ServiceError;

/**
 * CloudMonitor answered with an error, including an HTTP 200 answer whose body says
 * {@code "Success": false} or carries a {@code Code} other than {@code 200}. Codes are in
 * {@link CmsErrorCodes}.
 */
public class CmsException extends AcsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param error what the service answered
     * @param diagnosis the client's diagnosis, or null
     */
    public CmsException(ServiceError error, String diagnosis) {
        super(error, diagnosis);
    }
}
