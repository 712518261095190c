package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;

import java.util.Map;
import java.util.function.Function;

/**
 * Reads credentials from the environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID},
 * {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, for STS credentials, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
    /** Environment variable holding the AccessKey ID. */
    public static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    /** Environment variable holding the AccessKey secret. */
    public static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    /** Environment variable holding the STS security token. */
    public static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final Function<String, String> env;

    private EnvironmentCredentialsProvider(Function<String, String> env) {
        this.env = env;
    }

    /** @return a provider reading the process environment */
    public static EnvironmentCredentialsProvider create() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * A provider reading the given map instead of the process environment (for tests and embedding).
     *
     * @param environment variables by name
     * @return the provider
     */
    public static EnvironmentCredentialsProvider create(Map<String, String> environment) {
        return new EnvironmentCredentialsProvider(environment::get);
    }

    @Override
    public Credentials resolveCredentials() {
        String id = trimToNull(env.apply(ACCESS_KEY_ID));
        String secret = trimToNull(env.apply(ACCESS_KEY_SECRET));
        if (id == null || secret == null) {
            throw new AcsClientException("No credentials in the environment: " + ACCESS_KEY_ID + " is "
                    + (id == null ? "not set" : "set") + ", " + ACCESS_KEY_SECRET + " is "
                    + (secret == null ? "not set" : "set") + "; both are needed.");
        }
        return Credentials.of(id, secret, trimToNull(env.apply(SECURITY_TOKEN)), null);
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
