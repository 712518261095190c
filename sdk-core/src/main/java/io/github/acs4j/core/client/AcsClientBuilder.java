package io.github.acs4j.core.client;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.DefaultCredentialsProvider;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;

import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options shared by every product client's builder. Not thread-safe; the clients it builds are.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class AcsClientBuilder<B extends AcsClientBuilder<B, C>, C> {
    private String region;
    private URI endpointOverride;
    private CredentialsProvider credentialsProvider;
    /** Null: the product's default (its model's {@code defaultSignature}). */
    private SignatureVersion signatureVersion;
    private RetryStrategy retryStrategy = RetryStrategy.standard();
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private Proxy proxy;
    private OkHttpClient httpClient;
    private String userAgentSuffix;
    private Clock clock = Clock.systemUTC();
    private int maxResponseBytes = ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES;
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    private Authenticator proxyAuthenticator;
    private ProxyConfiguration proxyConfiguration = ProxyConfiguration.fromEnvironment();

    /** For subclasses. */
    protected AcsClientBuilder() {
    }

    /**
     * @param region region ID such as {@code cn-hangzhou}; picks the endpoint from the product's table
     * @return this
     */
    public B region(String region) {
        this.region = region;
        return self();
    }

    /**
     * Sends every call to this endpoint instead of the region's (a VPC endpoint, a proxy, the emulator).
     * The only way to use plain {@code http://}.
     *
     * @param endpoint {@code https://host[:port]} or {@code http://host[:port]}
     * @return this
     */
    public B endpointOverride(URI endpoint) {
        if (endpoint != null) {
            String scheme = endpoint.getScheme();
            if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpointOverride must be an http:// or https:// URI with a host, was "
                        + endpoint);
            }
        }
        this.endpointOverride = endpoint;
        return self();
    }

    /**
     * @param provider where credentials come from (default: {@link DefaultCredentialsProvider}); used as given, never falling back to the chain
     * @return this
     */
    public B credentialsProvider(CredentialsProvider provider) {
        this.credentialsProvider = provider;
        return self();
    }

    /**
     * How requests are signed. Unset, a client signs as the product's official SDK does:
     * {@link SignatureVersion#V3} ({@code ACS3-HMAC-SHA256}) for CloudMonitor and Resource Directory,
     * {@link SignatureVersion#V1} ({@code HMAC-SHA1}) for ARMS.
     *
     * @param version the signature version, or null to go back to the product's default
     * @return this
     */
    public B signatureVersion(SignatureVersion version) {
        this.signatureVersion = version;
        return self();
    }

    /**
     * @param strategy when to retry (default {@link RetryStrategy#standard()})
     * @return this
     */
    public B retryStrategy(RetryStrategy strategy) {
        this.retryStrategy = strategy == null ? RetryStrategy.standard() : strategy;
        return self();
    }

    /**
     * @param timeout TCP/TLS connect timeout (default 5 s)
     * @return this
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return self();
    }

    /**
     * @param timeout longest silence while reading an answer (default 15 s)
     * @return this
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    /**
     * @param timeout total time for a call, all attempts, backoff and credential resolution included (default:
     *                none); a credentials provider that takes longer fails the call at the deadline
     * @return this
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return self();
    }

    /**
     * @param proxy an HTTP proxy for every call; wins over the environment (see {@link #useEnvironmentProxy(boolean)})
     * @return this
     */
    public B proxy(Proxy proxy) {
        this.proxy = proxy;
        return self();
    }

    /**
     * Whether a client without {@link #proxy(Proxy)} takes its proxy from the system properties
     * ({@code https.proxyHost}, {@code http.proxyHost}, {@code http.nonProxyHosts}) and the environment
     * ({@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY}, also lower case), by the endpoint's scheme
     * (default true). Credentials in a proxy URL ({@code http://user:password@host:port}) answer its {@code 407}.
     * Loopback hosts and the instance metadata address always go direct.
     *
     * @param use false to connect directly
     * @return this
     */
    public B useEnvironmentProxy(boolean use) {
        this.proxyConfiguration = proxyConfiguration.toBuilder().useEnvironment(use).build();
        return self();
    }

    /**
     * Replaces the whole proxy lookup, {@link #useEnvironmentProxy(boolean)} included (call that one after).
     *
     * @param configuration the environment and system properties to take the proxy from, instead of the
     *     process's (tests); null for the default
     * @return this
     */
    public B proxyConfiguration(ProxyConfiguration configuration) {
        this.proxyConfiguration = configuration == null ? ProxyConfiguration.fromEnvironment() : configuration;
        return self();
    }

    /**
     * Answers the proxy's {@code 407} challenges with HTTP Basic credentials.
     *
     * @param username the proxy user
     * @param password the proxy password (kept out of every log and message)
     * @return this
     */
    public B proxyCredentials(String username, String password) {
        if (username == null || password == null) {
            throw new IllegalArgumentException("proxy username and password must not be null");
        }
        String header = okhttp3.Credentials.basic(username, password);
        return proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                ? null // the proxy refused these credentials: give up instead of looping
                : response.request().newBuilder().header("Proxy-Authorization", header).build());
    }

    /**
     * @param authenticator answers the proxy's {@code 407} challenges (any scheme)
     * @return this
     */
    public B proxyAuthenticator(Authenticator authenticator) {
        this.proxyAuthenticator = authenticator;
        return self();
    }

    /**
     * Adds a hook run around every HTTP attempt (tracing, metrics). Hooks run in the order added.
     *
     * @param interceptor the hook
     * @return this
     */
    public B addInterceptor(ExecutionInterceptor interceptor) {
        if (interceptor == null) {
            throw new IllegalArgumentException("interceptor must not be null");
        }
        this.interceptors.add(interceptor);
        return self();
    }

    /**
     * Shares a configured OkHttp client (its pool and dispatcher). acs4j never closes it; on the copy it uses
     * it turns off OkHttp's own silent retry, so there is exactly one retry layer, and redirects: a signed
     * request is never sent anywhere but the endpoint, and a 3xx answer fails the call.
     *
     * @param client the client
     * @return this
     */
    public B httpClient(OkHttpClient client) {
        this.httpClient = client;
        return self();
    }

    /**
     * @param suffix appended to the User-Agent, e.g. {@code my-app/1.2}; printable ASCII only (it travels in a
     *               header): a line break or a non-ASCII character makes {@link #build()} fail
     * @return this
     */
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix;
        return self();
    }

    /**
     * @param clock the clock for request timestamps and deadlines (tests)
     * @return this
     */
    public B clock(Clock clock) {
        this.clock = clock == null ? Clock.systemUTC() : clock;
        return self();
    }

    /**
     * @param bytes the largest response body read into memory (default 8 MiB)
     * @return this
     */
    public B maxResponseBytes(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + bytes);
        }
        this.maxResponseBytes = bytes;
        return self();
    }

    /** @return the client; thread-safe, close it when done */
    public abstract C build();

    /** @return this builder, typed */
    @SuppressWarnings("unchecked")
    protected B self() {
        return (B) this;
    }

    /** @return the collected options, frozen */
    protected ClientConfiguration configuration() {
        CredentialsProvider provider = credentialsProvider != null ? credentialsProvider
                : DefaultCredentialsProvider.create();
        return new ClientConfiguration(region, endpointOverride, provider, signatureVersion, retryStrategy,
                connectTimeout, readTimeout, callTimeout, proxy, httpClient, userAgentSuffix, clock, maxResponseBytes,
                interceptors, proxyAuthenticator, proxyConfiguration);
    }
}
