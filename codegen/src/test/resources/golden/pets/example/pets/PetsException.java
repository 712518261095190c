package example.pets;

import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ServiceError;

/** An error answer from Pets. */
public class PetsException extends AcsServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * @param error what the service answered
     * @param diagnosis a hint for signature errors, or null
     */
    public PetsException(ServiceError error, String diagnosis) {
        super(error, diagnosis);
    }
}
