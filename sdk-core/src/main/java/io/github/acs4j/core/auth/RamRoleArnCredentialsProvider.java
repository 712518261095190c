package io.github.acs4j.core.auth;

import io.github.acs4j.core.internal.StsClient;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Temporary credentials of a RAM role, obtained with STS {@code AssumeRole} signed by source credentials,
 * and refreshed ahead of expiry. The STS call runs through acs4j's own pipeline (signing, retries, errors).
 * Close it to release its STS client.
 */
public final class RamRoleArnCredentialsProvider implements CredentialsProvider, AutoCloseable {
    private final String roleArn;
    private final Map<String, String> params;
    private final StsClient sts;
    private final CredentialsCache cache;

    private RamRoleArnCredentialsProvider(Builder b) {
        if (b.source == null) {
            throw new IllegalArgumentException("sourceCredentialsProvider must be set");
        }
        if (b.roleArn == null || b.roleArn.trim().isEmpty()) {
            throw new IllegalArgumentException("roleArn must be set");
        }
        this.roleArn = b.roleArn.trim();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("RoleArn", roleArn);
        p.put("RoleSessionName", b.roleSessionName != null ? b.roleSessionName : Sessions.defaultName(b.clock));
        p.put("DurationSeconds", Integer.toString(b.durationSeconds));
        if (b.policy != null) {
            p.put("Policy", b.policy);
        }
        if (b.externalId != null) {
            p.put("ExternalId", b.externalId);
        }
        this.params = p;
        this.sts = new StsClient(b.stsEndpoint, b.source, b.clock, CredentialsHttp.CLIENT);
        this.cache = new CredentialsCache(toString(), () -> sts.assumeRole(params), b.clock);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    @Override
    public void close() {
        sts.close();
    }

    @Override
    public String toString() {
        return "RamRoleArnCredentialsProvider(roleArn=" + roleArn + ")";
    }

    /** Builder for {@link RamRoleArnCredentialsProvider}. */
    public static final class Builder {
        private CredentialsProvider source;
        private String roleArn;
        private String roleSessionName;
        private int durationSeconds = 3600;
        private String policy;
        private String externalId;
        private URI stsEndpoint = StsClient.DEFAULT_ENDPOINT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**

         * @param source credentials allowed to assume the role (required)

         * @return this

         */
        public Builder sourceCredentialsProvider(CredentialsProvider source) {
            this.source = source;
            return this;
        }

        /**

         * @param roleArn e.g. {@code acs:ram::123456789012:role/ops} (required)

         * @return this

         */
        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        /**

         * @param name the session name recorded in audit logs (default {@code acs4j-<epoch millis>})

         * @return this

         */
        public Builder roleSessionName(String name) {
            this.roleSessionName = name;
            return this;
        }

        /**

         * @param seconds lifetime of the credentials, 900 to the role's maximum (default 3600)

         * @return this

         */
        public Builder durationSeconds(int seconds) {
            if (seconds < 900) {
                throw new IllegalArgumentException("durationSeconds must be at least 900, was " + seconds);
            }
            this.durationSeconds = seconds;
            return this;
        }

        /**

         * @param policy a policy narrowing the role's permissions, or null

         * @return this

         */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /**

         * @param externalId the role's external ID, or null

         * @return this

         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**

         * @param endpoint the STS endpoint (default the central one)

         * @return this

         */
        public Builder stsEndpoint(URI endpoint) {
            this.stsEndpoint = endpoint == null ? StsClient.DEFAULT_ENDPOINT : endpoint;
            return this;
        }

        /**

         * @param clock the clock for timestamps and refresh decisions

         * @return this

         */
        public Builder clock(Clock clock) {
            this.clock = clock == null ? Clock.systemUTC() : clock;
            return this;
        }

        /** @return the provider */
        public RamRoleArnCredentialsProvider build() {
            return new RamRoleArnCredentialsProvider(this);
        }
    }
}
