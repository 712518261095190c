package io.github.acs4j.core.auth;

import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.internal.StsClient;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the builders of the STS role providers ({@link RamRoleArnCredentialsProvider},
 * {@link OidcRoleArnCredentialsProvider}) have in common: the role, the session, the STS endpoint, the
 * proxy rule and the clock.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class RoleCredentialsBuilder<B extends RoleCredentialsBuilder<B>> {
    String roleArn;
    String roleSessionName;
    int durationSeconds = 3600;
    String policy;
    URI stsEndpoint = StsClient.DEFAULT_ENDPOINT;
    Clock clock = Clock.systemUTC();
    ProxyConfiguration proxies = ProxyConfiguration.fromEnvironment();

    RoleCredentialsBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param roleArn the role to assume, e.g. {@code acs:ram::123456789012:role/ops} (required)
     * @return this
     */
    public B roleArn(String roleArn) {
        this.roleArn = roleArn;
        return self();
    }

    /**
     * @param name the session name recorded in audit logs (default {@code acs4j-<epoch millis>})
     * @return this
     */
    public B roleSessionName(String name) {
        this.roleSessionName = name;
        return self();
    }

    /**
     * @param seconds lifetime of the credentials, 900 to the role's maximum (default 3600)
     * @return this
     * @throws IllegalArgumentException below 900
     */
    public B durationSeconds(int seconds) {
        if (seconds < 900) {
            throw new IllegalArgumentException("durationSeconds must be at least 900, was " + seconds);
        }
        this.durationSeconds = seconds;
        return self();
    }

    /**
     * @param policy a policy narrowing the role's permissions, or null
     * @return this
     */
    public B policy(String policy) {
        this.policy = policy;
        return self();
    }

    /**
     * @param endpoint the STS endpoint (default the central one)
     * @return this
     */
    public B stsEndpoint(URI endpoint) {
        this.stsEndpoint = endpoint == null ? StsClient.DEFAULT_ENDPOINT : endpoint;
        return self();
    }

    /**
     * @param configuration where the proxy to STS comes from, as for a client (default: the process's
     *     environment and system properties); null for the default
     * @return this
     */
    public B proxyConfiguration(ProxyConfiguration configuration) {
        this.proxies = configuration == null ? ProxyConfiguration.fromEnvironment() : configuration;
        return self();
    }

    /**
     * @param clock the clock for timestamps and refresh decisions
     * @return this
     */
    public B clock(Clock clock) {
        this.clock = clock == null ? Clock.systemUTC() : clock;
        return self();
    }

    /** @return the trimmed role ARN; fails when it is missing */
    String requiredRoleArn() {
        if (Values.trimToNull(roleArn) == null) {
            throw new IllegalArgumentException("roleArn must be set");
        }
        return roleArn.trim();
    }

    /** @return the STS parameters both role calls share, in a map the caller may add to */
    Map<String, String> roleParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("RoleArn", requiredRoleArn());
        String session = Values.trimToNull(roleSessionName);
        p.put("RoleSessionName", session != null ? session : "acs4j-" + clock.millis());
        p.put("DurationSeconds", Integer.toString(durationSeconds));
        if (policy != null) {
            p.put("Policy", policy);
        }
        return p;
    }
}
