package io.github.acs4j.core.auth;

import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The default chain, in the order Alibaba Cloud's own tools use:
 * <ol>
 *   <li>system properties ({@link SystemPropertiesCredentialsProvider});</li>
 *   <li>environment variables ({@link EnvironmentCredentialsProvider});</li>
 *   <li>OIDC role ({@link OidcRoleArnCredentialsProvider}), when {@code ALIBABA_CLOUD_ROLE_ARN},
 *       {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are set;</li>
 *   <li>the CLI profile file {@code ~/.aliyun/config.json} ({@link CliProfileCredentialsProvider});</li>
 *   <li>the ini file {@code ~/.alibabacloud/credentials.ini} ({@link IniFileCredentialsProvider});</li>
 *   <li>the ECS instance's RAM role ({@link EcsRamRoleCredentialsProvider}), only when
 *       {@code ALIBABA_CLOUD_ECS_METADATA} names a role or {@link Builder#ecsMetadataEnabled(boolean)} is set,
 *       and never when {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true};</li>
 *   <li>a credentials URI ({@link UriCredentialsProvider}), when {@code ALIBABA_CLOUD_CREDENTIALS_URI} is set.</li>
 * </ol>
 * The first link that answers is remembered and asked directly from then on (its own refreshing keeps
 * the credentials current; it is not abandoned for another link). When no link answers, one exception lists
 * what each link tried and why it failed. Nothing is read before the first call.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
    private final List<Link> links;
    private volatile Link remembered;

    private DefaultCredentialsProvider(Builder b) {
        Map<String, String> env = b.environment != null ? b.environment : System.getenv();
        // the STS and URI links take their proxy from the same environment and properties as the chain
        ProxyConfiguration proxies = b.proxyConfiguration != null ? b.proxyConfiguration
                : ProxyConfiguration.builder().environment(b.environment).systemProperties(b.systemProperties).build();
        RoleLinks roles = new RoleLinks(b.stsEndpoint, b.ecsMetadataEndpoint, b.clock, proxies);
        List<Link> l = new ArrayList<>();
        l.add(new Link("system properties", () -> b.systemProperties != null
                ? SystemPropertiesCredentialsProvider.create(b.systemProperties)
                : SystemPropertiesCredentialsProvider.create()));
        l.add(new Link("environment variables", () -> EnvironmentCredentialsProvider.create(env)));
        l.add(new Link("OIDC role (" + OidcRoleArnCredentialsProvider.ROLE_ARN + ")", () ->
                OidcRoleArnCredentialsProvider.builder().fromEnvironment(env).stsEndpoint(roles.stsEndpoint)
                        .proxyConfiguration(roles.proxies).clock(roles.clock).build()));
        l.add(new Link("CLI profile file", () -> CliProfileCredentialsProvider.builder().environment(env)
                .homeDirectory(b.homeDirectory).stsEndpoint(roles.stsEndpoint)
                .ecsMetadataEndpoint(roles.ecsMetadataEndpoint).proxyConfiguration(roles.proxies).clock(roles.clock)
                .build()));
        l.add(new Link("credentials ini file", () -> IniFileCredentialsProvider.builder().environment(env)
                .homeDirectory(b.homeDirectory).stsEndpoint(roles.stsEndpoint)
                .ecsMetadataEndpoint(roles.ecsMetadataEndpoint).proxyConfiguration(roles.proxies).clock(roles.clock)
                .build()));
        l.add(new Link("ECS RAM role", () -> {
            String role = Values.trimToNull(env.get(EcsRamRoleCredentialsProvider.ECS_METADATA));
            if ("true".equalsIgnoreCase(Values.trimToNull(env.get(EcsRamRoleCredentialsProvider.ECS_METADATA_DISABLED)))) {
                throw new AcsClientException("skipped: " + EcsRamRoleCredentialsProvider.ECS_METADATA_DISABLED + "=true.");
            }
            if (role == null && !b.ecsMetadataEnabled) {
                throw new AcsClientException("skipped: " + EcsRamRoleCredentialsProvider.ECS_METADATA
                        + " is not set and ecsMetadataEnabled(true) was not called (tried only on ECS).");
            }
            return roles.ecsRamRole(role);
        }));
        l.add(new Link("credentials URI (" + UriCredentialsProvider.CREDENTIALS_URI + ")",
                () -> UriCredentialsProvider.fromEnvironment(env, roles.clock, roles.proxies)));
        this.links = Collections.unmodifiableList(l);
    }

    /** @return the chain over the process's system properties, environment and home directory */
    public static DefaultCredentialsProvider create() {
        return builder().build();
    }

    /** @return a builder, to point the chain at another environment, home directory or endpoints */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        Link known = remembered;
        if (known != null) {
            return known.provider().resolveCredentials();
        }
        List<String> tried = new ArrayList<>();
        for (Link link : links) {
            try {
                Credentials c = link.provider().resolveCredentials();
                remembered = link;
                return c;
            } catch (AcsException | IllegalArgumentException e) {
                tried.add(link.name + ": " + e.getMessage());
            }
        }
        StringBuilder msg = new StringBuilder("No credentials found. The default chain tried, in order:");
        for (int i = 0; i < tried.size(); i++) {
            msg.append("\n  ").append(i + 1).append(". ").append(tried.get(i));
        }
        throw new AcsClientException(msg.toString());
    }

    @Override
    public String toString() {
        Link known = remembered;
        return "DefaultCredentialsProvider(" + (known == null ? "not resolved yet" : "using " + known.name) + ")";
    }

    /** One link: created at its first use and kept, so a refreshing provider keeps its cache. */
    private static final class Link {
        final String name;
        private final Supplier<CredentialsProvider> factory;
        private volatile CredentialsProvider provider;

        Link(String name, Supplier<CredentialsProvider> factory) {
            this.name = name;
            this.factory = factory;
        }

        CredentialsProvider provider() {
            CredentialsProvider p = provider;
            if (p == null) {
                synchronized (this) {
                    p = provider;
                    if (p == null) {
                        p = factory.get();
                        provider = p;
                    }
                }
            }
            return p;
        }
    }

    /** Builder for {@link DefaultCredentialsProvider}. */
    public static final class Builder {
        private Map<String, String> environment;
        private Properties systemProperties;
        private Path homeDirectory;
        private boolean ecsMetadataEnabled;
        private URI ecsMetadataEndpoint;
        private URI stsEndpoint;
        private Clock clock;
        private ProxyConfiguration proxyConfiguration;

        private Builder() {
        }

        /**
         * @param environment variables to read instead of the process environment (tests)
         * @return this
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * @param properties properties to read instead of the system properties (tests)
         * @return this
         */
        public Builder systemProperties(Properties properties) {
            this.systemProperties = properties;
            return this;
        }

        /**
         * @param home the directory holding {@code .aliyun} and {@code .alibabacloud} (default {@code user.home})
         * @return this
         */
        public Builder homeDirectory(Path home) {
            this.homeDirectory = home;
            return this;
        }

        /**
         * Tries the instance's RAM role even when {@code ALIBABA_CLOUD_ECS_METADATA} is not set (the role is
         * then looked up). Only on ECS: elsewhere the metadata address does not answer.
         *
         * @param enabled whether to try instance metadata
         * @return this
         */
        public Builder ecsMetadataEnabled(boolean enabled) {
            this.ecsMetadataEnabled = enabled;
            return this;
        }

        /**
         * @param endpoint base address of the instance metadata service (tests, proxies)
         * @return this
         */
        public Builder ecsMetadataEndpoint(URI endpoint) {
            this.ecsMetadataEndpoint = endpoint;
            return this;
        }

        /**
         * @param endpoint the STS endpoint for role links (default the central one)
         * @return this
         */
        public Builder stsEndpoint(URI endpoint) {
            this.stsEndpoint = endpoint;
            return this;
        }

        /**
         * @param configuration where the STS and credentials-URI links take their proxy from (default: the
         *     chain's environment and system properties; instance metadata always goes direct)
         * @return this
         */
        public Builder proxyConfiguration(ProxyConfiguration configuration) {
            this.proxyConfiguration = configuration;
            return this;
        }

        /**
         * @param clock the clock for timestamps and refresh decisions (tests)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @return the chain */
        public DefaultCredentialsProvider build() {
            return new DefaultCredentialsProvider(this);
        }
    }
}
