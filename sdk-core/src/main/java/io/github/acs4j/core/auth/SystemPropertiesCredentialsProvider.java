package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;

import java.util.Properties;

/**
 * Reads credentials from the Java system properties {@code alibabacloud.accessKeyId},
 * {@code alibabacloud.accessKeySecret} and, for STS credentials, {@code alibabacloud.sessionToken}.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {
    /** System property holding the AccessKey ID. */
    public static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    /** System property holding the AccessKey secret. */
    public static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    /** System property holding the STS security token. */
    public static final String SESSION_TOKEN = "alibabacloud.sessionToken";

    private final Properties properties;

    private SystemPropertiesCredentialsProvider(Properties properties) {
        this.properties = properties;
    }

    /** @return a provider reading {@link System#getProperties()} at every call */
    public static SystemPropertiesCredentialsProvider create() {
        return new SystemPropertiesCredentialsProvider(null);
    }

    /**
     * @param properties the properties to read instead of the system's (tests, embedding)
     * @return the provider
     */
    public static SystemPropertiesCredentialsProvider create(Properties properties) {
        if (properties == null) {
            throw new IllegalArgumentException("properties must not be null");
        }
        return new SystemPropertiesCredentialsProvider(properties);
    }

    @Override
    public Credentials resolveCredentials() {
        Properties p = properties != null ? properties : System.getProperties();
        String id = Values.trimToNull(p.getProperty(ACCESS_KEY_ID));
        String secret = Values.trimToNull(p.getProperty(ACCESS_KEY_SECRET));
        if (id == null || secret == null) {
            throw new AcsClientException("No credentials in the system properties: " + ACCESS_KEY_ID + " is "
                    + Values.state(id) + ", " + ACCESS_KEY_SECRET + " is " + Values.state(secret) + "; both are needed.");
        }
        return Credentials.of(id, secret, Values.trimToNull(p.getProperty(SESSION_TOKEN)), null);
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentialsProvider";
    }
}
