package io.github.acs4j.core.auth;

import io.github.acs4j.core.client.ProxyConfiguration;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Map;

/**
 * What the builders of the two profile-file providers ({@link CliProfileCredentialsProvider},
 * {@link IniFileCredentialsProvider}) have in common: where the home directory is, which profile to use,
 * the environment it may be named in, and where the role-based modes reach STS and instance metadata.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ProfileFileBuilder<B extends ProfileFileBuilder<B>> {
    Path homeDirectory;
    String profileName;
    Map<String, String> environment;
    URI stsEndpoint;
    URI ecsMetadataEndpoint;
    Clock clock;
    ProxyConfiguration proxies;

    ProfileFileBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param home the home directory the default file is under (default {@code user.home})
     * @return this
     */
    public B homeDirectory(Path home) {
        this.homeDirectory = home;
        return self();
    }

    /**
     * @param name the profile to use (default {@code ALIBABA_CLOUD_PROFILE}, else the file's own default)
     * @return this
     */
    public B profileName(String name) {
        this.profileName = name;
        return self();
    }

    /**
     * @param environment where {@code ALIBABA_CLOUD_PROFILE} and the file variables are read (default: none)
     * @return this
     */
    public B environment(Map<String, String> environment) {
        this.environment = environment;
        return self();
    }

    /**
     * @param configuration where the proxy to STS comes from for profiles that assume a RAM role (default: the
     *     process's environment and system properties)
     * @return this
     */
    public B proxyConfiguration(ProxyConfiguration configuration) {
        this.proxies = configuration;
        return self();
    }

    /**
     * @param endpoint STS endpoint for profiles that assume a RAM role
     * @return this
     */
    public B stsEndpoint(URI endpoint) {
        this.stsEndpoint = endpoint;
        return self();
    }

    /**
     * @param endpoint instance-metadata base address for profiles that use the ECS RAM role
     * @return this
     */
    public B ecsMetadataEndpoint(URI endpoint) {
        this.ecsMetadataEndpoint = endpoint;
        return self();
    }

    /**
     * @param clock the clock for timestamps and refresh decisions
     * @return this
     */
    public B clock(Clock clock) {
        this.clock = clock;
        return self();
    }

    /** @return the home directory set, else the process's */
    Path home() {
        return homeDirectory != null ? homeDirectory : Paths.get(System.getProperty("user.home"));
    }

    /** @return the trimmed value of an environment variable, or null when unset, blank or no environment */
    String env(String name) {
        return environment == null ? null : Values.trimToNull(environment.get(name));
    }

    /** @return the profile named on the builder, else by {@code ALIBABA_CLOUD_PROFILE}, else null */
    String profile() {
        return profileName != null ? profileName : env(CliProfileCredentialsProvider.PROFILE);
    }

    RoleLinks links() {
        return new RoleLinks(stsEndpoint, ecsMetadataEndpoint, clock, proxies);
    }
}
