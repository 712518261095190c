package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.client.ProxyConfiguration;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;

import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a client builder collected, frozen. Null timeouts mean "the default" (or, with a user
 * supplied {@link OkHttpClient}, "keep its own").
 */
public final class ClientConfiguration {
    /** Default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Default read timeout. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** Largest response body read into memory; anything larger is refused. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

    final String region;
    final URI endpointOverride;
    final CredentialsProvider credentialsProvider;
    final SignatureVersion signatureVersion;
    final RetryStrategy retryStrategy;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration callTimeout;
    final Proxy proxy;
    final OkHttpClient httpClient;
    final String userAgentSuffix;
    final Clock clock;
    final int maxResponseBytes;
    final List<ExecutionInterceptor> interceptors;
    final Authenticator proxyAuthenticator;
    final ProxyConfiguration proxyConfiguration;

    /**
     * @param region region ID, may be null with an endpoint override
     * @param endpointOverride explicit endpoint, or null
     * @param credentialsProvider where credentials come from
     * @param signatureVersion V1 or V3, or null for the product's default ({@link ServiceDescriptor#defaultSignature()})
     * @param retryStrategy retry strategy
     * @param connectTimeout connect timeout or null
     * @param readTimeout read timeout or null
     * @param callTimeout total time for all attempts of a call, or null for no limit
     * @param proxy HTTP proxy or null
     * @param httpClient user-supplied OkHttp client (not closed by acs4j) or null
     * @param userAgentSuffix appended to the User-Agent, or null
     * @param clock clock for timestamps and deadlines
     * @param maxResponseBytes largest body read
     */
    public ClientConfiguration(String region, URI endpointOverride, CredentialsProvider credentialsProvider,
                               SignatureVersion signatureVersion, RetryStrategy retryStrategy,
                               Duration connectTimeout, Duration readTimeout, Duration callTimeout, Proxy proxy,
                               OkHttpClient httpClient, String userAgentSuffix, Clock clock, int maxResponseBytes) {
        this(region, endpointOverride, credentialsProvider, signatureVersion, retryStrategy, connectTimeout, readTimeout,
                callTimeout, proxy, httpClient, userAgentSuffix, clock, maxResponseBytes,
                Collections.<ExecutionInterceptor>emptyList(), null);
    }

    /**
     * @param region region ID, may be null with an endpoint override
     * @param endpointOverride explicit endpoint, or null
     * @param credentialsProvider where credentials come from
     * @param signatureVersion V1 or V3, or null for the product's default ({@link ServiceDescriptor#defaultSignature()})
     * @param retryStrategy retry strategy
     * @param connectTimeout connect timeout or null
     * @param readTimeout read timeout or null
     * @param callTimeout total time for all attempts of a call, or null for no limit
     * @param proxy HTTP proxy or null
     * @param httpClient user-supplied OkHttp client (not closed by acs4j) or null
     * @param userAgentSuffix appended to the User-Agent, or null
     * @param clock clock for timestamps and deadlines
     * @param maxResponseBytes largest body read
     * @param interceptors hooks around every attempt, in order
     * @param proxyAuthenticator answers the proxy's 407 challenges, or null
     */
    public ClientConfiguration(String region, URI endpointOverride, CredentialsProvider credentialsProvider,
                               SignatureVersion signatureVersion, RetryStrategy retryStrategy,
                               Duration connectTimeout, Duration readTimeout, Duration callTimeout, Proxy proxy,
                               OkHttpClient httpClient, String userAgentSuffix, Clock clock, int maxResponseBytes,
                               List<ExecutionInterceptor> interceptors, Authenticator proxyAuthenticator) {
        this(region, endpointOverride, credentialsProvider, signatureVersion, retryStrategy, connectTimeout, readTimeout,
                callTimeout, proxy, httpClient, userAgentSuffix, clock, maxResponseBytes, interceptors,
                proxyAuthenticator, ProxyConfiguration.fromEnvironment());
    }

    /**
     * @param region region ID, may be null with an endpoint override
     * @param endpointOverride explicit endpoint, or null
     * @param credentialsProvider where credentials come from
     * @param signatureVersion V1 or V3, or null for the product's default ({@link ServiceDescriptor#defaultSignature()})
     * @param retryStrategy retry strategy
     * @param connectTimeout connect timeout or null
     * @param readTimeout read timeout or null
     * @param callTimeout total time for all attempts of a call, or null for no limit
     * @param proxy HTTP proxy or null (then {@code proxyConfiguration} decides)
     * @param httpClient user-supplied OkHttp client (not closed by acs4j) or null
     * @param userAgentSuffix appended to the User-Agent, or null
     * @param clock clock for timestamps and deadlines
     * @param maxResponseBytes largest body read
     * @param interceptors hooks around every attempt, in order
     * @param proxyAuthenticator answers the proxy's 407 challenges, or null
     * @param proxyConfiguration where the proxy comes from when {@code proxy} is null
     */
    public ClientConfiguration(String region, URI endpointOverride, CredentialsProvider credentialsProvider,
                               SignatureVersion signatureVersion, RetryStrategy retryStrategy,
                               Duration connectTimeout, Duration readTimeout, Duration callTimeout, Proxy proxy,
                               OkHttpClient httpClient, String userAgentSuffix, Clock clock, int maxResponseBytes,
                               List<ExecutionInterceptor> interceptors, Authenticator proxyAuthenticator,
                               ProxyConfiguration proxyConfiguration) {
        this.proxyConfiguration = proxyConfiguration == null ? ProxyConfiguration.fromEnvironment() : proxyConfiguration;
        this.interceptors = Collections.unmodifiableList(new ArrayList<>(interceptors));
        this.proxyAuthenticator = proxyAuthenticator;
        this.region = region;
        this.endpointOverride = endpointOverride;
        this.credentialsProvider = credentialsProvider;
        this.signatureVersion = signatureVersion;
        this.retryStrategy = retryStrategy;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.proxy = proxy;
        this.httpClient = httpClient;
        this.userAgentSuffix = userAgentSuffix;
        this.clock = clock;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** @return the region, or null */
    public String region() {
        return region;
    }
}
