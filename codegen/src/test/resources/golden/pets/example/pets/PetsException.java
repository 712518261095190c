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

    /**
     * @return for a code {@link PetsErrorCodes} documents, its {@code throttling} flag; for any other code, the
     * generic rules
     */
    @Override
    public boolean isThrottling() {
        return PetsErrorCodes.DOCUMENTED_CODES.contains(errorCode())
                ? PetsErrorCodes.THROTTLING_CODES.contains(errorCode()) : super.isThrottling();
    }

    /**
     * @return for a code {@link PetsErrorCodes} documents, its {@code retryable} or {@code throttling} flag; for
     * any other code, the generic rules
     */
    @Override
    public boolean isRetryable() {
        return PetsErrorCodes.DOCUMENTED_CODES.contains(errorCode())
                ? PetsErrorCodes.RETRYABLE_CODES.contains(errorCode()) : super.isRetryable();
    }
}
