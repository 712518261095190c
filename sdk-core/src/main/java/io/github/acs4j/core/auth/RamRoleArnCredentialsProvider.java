package io.github.acs4j.core.auth;

import io.github.acs4j.core.internal.StsClient;

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
        Map<String, String> p = b.roleParameters();
        if (b.externalId != null) {
            p.put("ExternalId", b.externalId);
        }
        this.roleArn = p.get("RoleArn");
        this.params = p;
        this.sts = new StsClient(b.stsEndpoint, b.source, b.clock, CredentialsHttp.CLIENT, b.proxies);
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
    public static final class Builder extends RoleCredentialsBuilder<Builder> {
        private CredentialsProvider source;
        private String externalId;

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
         * @param externalId the role's external ID, or null
         * @return this
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /** @return the provider */
        public RamRoleArnCredentialsProvider build() {
            return new RamRoleArnCredentialsProvider(this);
        }
    }
}
