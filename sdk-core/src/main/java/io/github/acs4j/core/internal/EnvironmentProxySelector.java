package io.github.acs4j.core.internal;

import io.github.acs4j.core.client.ProxyConfiguration;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Picks the proxy of each request from a {@link ProxyConfiguration}, by the endpoint's scheme: for
 * {@code https} the system property {@code https.proxyHost}, else {@code HTTPS_PROXY}/{@code https_proxy};
 * for {@code http} {@code http.proxyHost}, else {@code HTTP_PROXY}/{@code http_proxy}. The exclusions that
 * come with the chosen source apply ({@code http.nonProxyHosts} or {@code NO_PROXY}/{@code no_proxy}).
 * Loopback hosts and the instance metadata address always go direct, as in the JDK's and Go's defaults and
 * Alibaba's own tools. Credentials in a proxy URL answer that proxy's {@code 407}. Not public API.
 */
public final class EnvironmentProxySelector extends ProxySelector implements Authenticator {
    /** The ECS instance metadata address: link-local for the instance, never reachable through a proxy. */
    static final String METADATA_HOST = "100.100.100.200";
    private static final Logger LOG = LoggerFactory.getLogger("io.github.acs4j.request");
    private static final List<Proxy> DIRECT = Collections.singletonList(Proxy.NO_PROXY);

    private final Choice https;
    private final Choice http;
    /**
     * The values the choices came from (a password among them: never printed). Compared by {@link #equals}, since
     * OkHttp pools connections per selector and authenticator: clients sharing one OkHttp client and the same
     * settings then share its connections.
     */
    private final String key;

    /** A proxy and the hosts that bypass it. */
    private static final class Choice {
        final ProxyUrl proxy;
        final NoProxyRules bypass;

        Choice(ProxyUrl proxy, NoProxyRules bypass) {
            this.proxy = proxy;
            this.bypass = bypass;
        }
    }

    private EnvironmentProxySelector(ProxyConfiguration c) {
        NoProxyRules jdkBypass = NoProxyRules.jdk(c.systemProperty("http.nonProxyHosts"));
        NoProxyRules envBypass = NoProxyRules.noProxy(first(c, "NO_PROXY", "no_proxy"));
        this.https = choose(c, "https", 443, jdkBypass, envBypass, "HTTPS_PROXY", "https_proxy");
        this.http = choose(c, "http", 80, jdkBypass, envBypass, "HTTP_PROXY", "http_proxy");
        StringBuilder k = new StringBuilder();
        for (String name : new String[] {"https.proxyHost", "https.proxyPort", "http.proxyHost", "http.proxyPort",
                "http.nonProxyHosts"}) {
            k.append(c.systemProperty(name)).append('\n');
        }
        for (String name : new String[] {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY",
                "no_proxy"}) {
            k.append(c.environmentVariable(name)).append('\n');
        }
        this.key = k.toString();
    }

    private static Choice choose(ProxyConfiguration c, String scheme, int defaultPort, NoProxyRules jdkBypass,
                                 NoProxyRules envBypass, String upper, String lower) {
        String host = trimToNull(c.systemProperty(scheme + ".proxyHost"));
        if (host != null) {
            return new Choice(ProxyUrl.ofHost(host, c.systemProperty(scheme + ".proxyPort"), defaultPort, scheme),
                    jdkBypass);
        }
        String name = trimToNull(c.environmentVariable(upper)) != null ? upper : lower;
        String url = trimToNull(c.environmentVariable(name));
        return url == null ? null : new Choice(ProxyUrl.parse(url, name), envBypass);
    }

    private static String first(ProxyConfiguration c, String upper, String lower) {
        String v = trimToNull(c.environmentVariable(upper));
        return v != null ? v : trimToNull(c.environmentVariable(lower));
    }

    private static String trimToNull(String s) {
        return s == null || s.trim().isEmpty() ? null : s.trim();
    }

    /**
     * Sets the proxy of an OkHttp client being built: {@code explicitProxy} when given; else, unless
     * {@code borrowed} has proxy settings of its own, the configuration's rule (or direct when it is off).
     * The 407 answer is {@code explicitAuthenticator}, else the borrowed client's own, else the credentials of
     * the proxy URL.
     *
     * @param b the builder of the client
     * @param borrowed the user's client the builder came from, or null
     * @param explicitProxy the proxy named on the client builder, or null
     * @param explicitAuthenticator the 407 answer named on the client builder, or null
     * @param config where to look for a proxy
     * @throws IllegalArgumentException when a proxy variable or property is malformed (password masked)
     */
    public static void configure(OkHttpClient.Builder b, OkHttpClient borrowed, Proxy explicitProxy,
                                 Authenticator explicitAuthenticator, ProxyConfiguration config) {
        boolean ownSettings = borrowed != null && (borrowed.proxy() != null
                || borrowed.proxySelector() != ProxySelector.getDefault());
        if (explicitProxy != null) {
            b.proxy(explicitProxy);
        } else if (!ownSettings) {
            if (config.useEnvironment()) {
                EnvironmentProxySelector selector = new EnvironmentProxySelector(config);
                b.proxySelector(selector);
                if (selector.hasCredentials()
                        && (borrowed == null || borrowed.proxyAuthenticator() == Authenticator.NONE)) {
                    b.proxyAuthenticator(selector);
                }
                selector.log();
            } else {
                b.proxy(Proxy.NO_PROXY);
            }
        }
        if (explicitAuthenticator != null) {
            b.proxyAuthenticator(explicitAuthenticator);
        }
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        Choice c = "https".equalsIgnoreCase(uri.getScheme()) ? https
                : "http".equalsIgnoreCase(uri.getScheme()) ? http : null;
        if (c == null || host == null || alwaysDirect(host)) {
            return DIRECT;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return c.bypass.matches(host, port) ? DIRECT : Collections.singletonList(c.proxy.proxy);
    }

    /** Loopback and the metadata address: never through a proxy from the environment. */
    static boolean alwaysDirect(String host) {
        String h = NoProxyRules.bare(host.toLowerCase(Locale.ROOT));
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") && NoProxyRules.isIpLiteral(h)
                || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.equals(METADATA_HOST);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // nothing to remember: OkHttp reports the failure to the caller
    }

    private boolean hasCredentials() {
        return https != null && https.proxy.basicCredentials() != null
                || http != null && http.proxy.basicCredentials() != null;
    }

    /** Answers a 407 of the proxy this selector chose with the credentials of its URL. */
    @Override
    public Request authenticate(okhttp3.Route route, okhttp3.Response response) {
        if (route == null || response.request().header("Proxy-Authorization") != null) {
            return null; // no route to match, or the proxy refused the credentials: give up instead of looping
        }
        for (Choice c : new Choice[] {https, http}) {
            if (c != null && c.proxy.basicCredentials() != null && c.proxy.proxy.equals(route.proxy())) {
                return response.request().newBuilder().header("Proxy-Authorization", c.proxy.basicCredentials())
                        .build();
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvironmentProxySelector && ((EnvironmentProxySelector) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The chosen proxies, never their credentials. */
    @Override
    public String toString() {
        return "EnvironmentProxySelector(https: " + (https == null ? "none" : https.proxy) + ", http: "
                + (http == null ? "none" : http.proxy) + ")";
    }

    private void log() {
        if (LOG.isDebugEnabled() && (https != null || http != null)) {
            LOG.debug("{}", this);
        }
    }
}
