package io.github.acs4j.core.auth;

import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.exception.AcsClientException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * Credentials served over HTTP by a local agent or sidecar at a URI (the environment variable
 * {@code ALIBABA_CLOUD_CREDENTIALS_URI}), answering {@code AccessKeyId}, {@code AccessKeySecret},
 * {@code SecurityToken} and {@code Expiration} in JSON. Refreshed ahead of expiry.
 */
public final class UriCredentialsProvider implements CredentialsProvider {
    /** Environment variable holding the URI. */
    public static final String CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI";

    private final HttpUrl uri;
    private final CredentialsCache cache;
    private final OkHttpClient http;

    private UriCredentialsProvider(HttpUrl uri, Clock clock, ProxyConfiguration proxies) {
        this.uri = uri;
        this.http = CredentialsHttp.client(proxies);
        this.cache = new CredentialsCache(toString(), this::fetch, clock);
    }

    /** @return a provider for the URI in {@code ALIBABA_CLOUD_CREDENTIALS_URI} */
    public static UriCredentialsProvider create() {
        return fromEnvironment(System.getenv(), Clock.systemUTC());
    }

    /**
     * @param uri where the credentials are served
     * @param clock the clock that decides when to refresh
     * @return the provider
     */
    public static UriCredentialsProvider create(URI uri, Clock clock) {
        HttpUrl url = uri == null ? null : HttpUrl.get(uri);
        if (url == null) {
            throw new IllegalArgumentException("the credentials URI must be an http:// or https:// URI, was " + uri);
        }
        return new UriCredentialsProvider(url, clock == null ? Clock.systemUTC() : clock,
                ProxyConfiguration.fromEnvironment());
    }

    /**
     * @param environment variables by name (the proxy variables among them too)
     * @param clock the clock that decides when to refresh
     * @return a provider for the URI in {@code ALIBABA_CLOUD_CREDENTIALS_URI}
     * @throws AcsClientException when the variable is not set or not a URI
     */
    public static UriCredentialsProvider fromEnvironment(Map<String, String> environment, Clock clock) {
        return fromEnvironment(environment, clock, ProxyConfiguration.builder().environment(environment).build());
    }

    static UriCredentialsProvider fromEnvironment(Map<String, String> environment, Clock clock,
                                                  ProxyConfiguration proxies) {
        String value = environment.get(CREDENTIALS_URI);
        if (value == null || value.trim().isEmpty()) {
            throw new AcsClientException(CREDENTIALS_URI + " is not set.");
        }
        HttpUrl url = HttpUrl.parse(value.trim());
        if (url == null) {
            throw new AcsClientException(CREDENTIALS_URI + " is not an http:// or https:// URI.");
        }
        return new UriCredentialsProvider(url, clock == null ? Clock.systemUTC() : clock, proxies);
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private Credentials fetch() {
        String what = "the credentials URI";
        return CredentialsHttp.credentials(CredentialsHttp.text(http, new Request.Builder().url(uri).build(), what), what);
    }

    @Override
    public String toString() {
        // the query may carry a token: show scheme, host and path only
        return "UriCredentialsProvider(" + uri.scheme() + "://" + uri.host() + ":" + uri.port() + uri.encodedPath() + ")";
    }
}
