package io.github.acs4j.core.client;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a client looks for its proxy when none is set with {@code proxy(...)}: the JDK's system properties
 * ({@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}/{@code http.proxyPort},
 * {@code http.nonProxyHosts}), else the environment ({@code HTTPS_PROXY}/{@code https_proxy},
 * {@code HTTP_PROXY}/{@code http_proxy}, {@code NO_PROXY}/{@code no_proxy}), picked by the endpoint's scheme.
 * By default the process's own; a builder can hand in others (tests) or turn the lookup off. Immutable.
 */
public final class ProxyConfiguration {
    private static final ProxyConfiguration PROCESS = builder().build();

    private final boolean useEnvironment;
    private final Map<String, String> environment;
    private final Properties systemProperties;

    private ProxyConfiguration(Builder b) {
        this.useEnvironment = b.useEnvironment;
        this.environment = b.environment == null ? null
                : Collections.unmodifiableMap(new HashMap<>(b.environment));
        this.systemProperties = b.systemProperties == null ? null : copy(b.systemProperties);
    }

    private static Properties copy(Properties source) {
        Properties p = new Properties();
        for (String name : source.stringPropertyNames()) {
            p.setProperty(name, source.getProperty(name));
        }
        return p;
    }

    /** @return the default: the process's environment and system properties */
    public static ProxyConfiguration fromEnvironment() {
        return PROCESS;
    }

    /** @return no proxy unless one is set with {@code proxy(...)} */
    public static ProxyConfiguration none() {
        return builder().useEnvironment(false).build();
    }

    /** @return a builder starting from the default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's values */
    public Builder toBuilder() {
        Builder b = new Builder().useEnvironment(useEnvironment);
        b.environment = environment;
        b.systemProperties = systemProperties;
        return b;
    }

    /** @return whether the environment and system properties are consulted at all */
    public boolean useEnvironment() {
        return useEnvironment;
    }

    /**
     * @param name an environment variable such as {@code HTTPS_PROXY}
     * @return its value in the configured environment, or null
     */
    public String environmentVariable(String name) {
        return environment != null ? environment.get(name) : System.getenv(name);
    }

    /**
     * @param name a system property such as {@code https.proxyHost}
     * @return its value in the configured properties, or null
     */
    public String systemProperty(String name) {
        return systemProperties != null ? systemProperties.getProperty(name) : System.getProperty(name);
    }

    /** Names the sources only: a proxy URL may carry a password. */
    @Override
    public String toString() {
        return "ProxyConfiguration(useEnvironment=" + useEnvironment
                + ", environment=" + (environment == null ? "process" : "given")
                + ", systemProperties=" + (systemProperties == null ? "process" : "given") + ")";
    }

    /** Builder for {@link ProxyConfiguration}. */
    public static final class Builder {
        private boolean useEnvironment = true;
        private Map<String, String> environment;
        private Properties systemProperties;

        private Builder() {
        }

        /**
         * @param use false: connect directly unless {@code proxy(...)} names a proxy (default true)
         * @return this
         */
        public Builder useEnvironment(boolean use) {
            this.useEnvironment = use;
            return this;
        }

        /**
         * @param environment variables to read instead of the process environment (tests), or null
         * @return this
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /**
         * @param properties properties to read instead of the system properties (tests), or null
         * @return this
         */
        public Builder systemProperties(Properties properties) {
            this.systemProperties = properties;
            return this;
        }

        /** @return the configuration */
        public ProxyConfiguration build() {
            return new ProxyConfiguration(this);
        }
    }
}
