package io.github.acs4j.core.internal;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

import java.util.concurrent.TimeUnit;

/**
 * Owns (or borrows) the OkHttp client of one SDK client. OkHttp's silent retry is turned off so the SDK
 * has exactly one retry layer, redirects are never followed (a borrowed client is derived with them off,
 * keeping its pool and dispatcher), and a network interceptor marks the moment a request goes on the wire.
 */
final class HttpClientHolder implements AutoCloseable {
    private final OkHttpClient client;
    private final boolean owned;

    HttpClientHolder(ClientConfiguration config) {
        this.owned = config.httpClient == null;
        OkHttpClient.Builder b = owned ? new OkHttpClient.Builder() : config.httpClient.newBuilder();
        if (owned || config.connectTimeout != null) {
            b.connectTimeout(orDefault(config.connectTimeout, ClientConfiguration.DEFAULT_CONNECT_TIMEOUT), TimeUnit.MILLISECONDS);
        }
        if (owned || config.readTimeout != null) {
            b.readTimeout(orDefault(config.readTimeout, ClientConfiguration.DEFAULT_READ_TIMEOUT), TimeUnit.MILLISECONDS);
        }
        EnvironmentProxySelector.configure(b, config.httpClient, config.proxy, config.proxyAuthenticator,
                config.proxyConfiguration);
        if (owned) {
            // async clients would otherwise queue beyond OkHttp's default of 5 calls per host
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequestsPerHost(dispatcher.getMaxRequests());
            b.dispatcher(dispatcher);
            // keep as many idle connections as calls may run at once: with OkHttp's default of 5, more than
            // 5 concurrent callers close and reopen connections all the time
            b.connectionPool(new ConnectionPool(dispatcher.getMaxRequests(), 5, TimeUnit.MINUTES));
        }
        b.retryOnConnectionFailure(false);
        // a redirect would re-send the signed request, credentials and all, wherever Location points
        b.followRedirects(false).followSslRedirects(false);
        b.addNetworkInterceptor(chain -> {
            // the call's own request: an application interceptor may have replaced the body on the way
            Attempt attempt = Attempt.of(chain.call().request());
            if (attempt != null) {
                attempt.markSent();
            }
            return chain.proceed(chain.request());
        });
        this.client = b.build();
    }

    private static long orDefault(java.time.Duration d, java.time.Duration def) {
        return (d == null ? def : d).toMillis();
    }

    OkHttpClient client() {
        return client;
    }

    @Override
    public void close() {
        if (owned) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
