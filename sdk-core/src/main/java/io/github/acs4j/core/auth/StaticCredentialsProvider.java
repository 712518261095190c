package io.github.acs4j.core.auth;

/**
 * Always hands out the same credentials.
 */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final Credentials credentials;

    private StaticCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * @param credentials the credentials to hand out
     * @return a provider of exactly those credentials
     */
    public static StaticCredentialsProvider create(Credentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials must not be null");
        }
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @return a provider of long-term credentials
     */
    public static StaticCredentialsProvider create(String accessKeyId, String accessKeySecret) {
        return create(Credentials.of(accessKeyId, accessKeySecret));
    }

    /**
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @param securityToken the STS security token
     * @return a provider of temporary credentials
     */
    public static StaticCredentialsProvider create(String accessKeyId, String accessKeySecret, String securityToken) {
        return create(Credentials.of(accessKeyId, accessKeySecret, securityToken, null));
    }

    @Override
    public Credentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider(" + credentials + ")";
    }
}
