package io.github.acs4j.core.auth;

/**
 * Supplies the credentials a client signs with. Called before every attempt, so a provider can hand
 * out refreshed credentials without the client being rebuilt. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * Returns the credentials to sign the next request with.
     *
     * @return the credentials, never null
     * @throws io.github.acs4j.core.exception.AcsClientException when none can be found, naming what was looked for
     */
    Credentials resolveCredentials();
}
