package io.github.acs4j.core.internal;

import okhttp3.HttpUrl;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;

/**
 * One proxy read from the environment or the system properties: its address and, from a URL's user info,
 * the percent-decoded credentials that answer its {@code 407}. The password never leaves this class
 * except inside the {@code Proxy-Authorization} header.
 */
final class ProxyUrl {
    final Proxy proxy;
    /** Where the proxy came from, e.g. {@code HTTPS_PROXY}; used in log lines. */
    final String source;
    private final String basicCredentials;

    private ProxyUrl(String host, int port, String source, String basicCredentials) {
        this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
        this.source = source;
        this.basicCredentials = basicCredentials;
    }

    /**
     * A proxy from {@code <scheme>.proxyHost}/{@code <scheme>.proxyPort} (no credentials: the JDK takes those
     * from its own {@code Authenticator}).
     */
    static ProxyUrl ofHost(String host, String port, int defaultPort, String scheme) {
        String source = "system property " + scheme + ".proxyHost";
        int p = defaultPort;
        if (port != null && !port.trim().isEmpty()) {
            try {
                p = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                p = -1;
            }
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("system property " + scheme
                        + ".proxyPort must be a port number from 1 to 65535, was '" + port + "'");
            }
        }
        return new ProxyUrl(host.trim(), p, source, null);
    }

    /**
     * @param value {@code [http://][user[:password]@]host[:port]}
     * @param source the variable it was read from, named in errors
     * @throws IllegalArgumentException when it is not such a URL (the message masks the password)
     */
    static ProxyUrl parse(String value, String source) {
        String v = value.trim();
        int schemeEnd = v.indexOf("://");
        if (schemeEnd < 0) {
            v = "http://" + v;
        } else if (!"http".equalsIgnoreCase(v.substring(0, schemeEnd))) {
            throw new IllegalArgumentException(source + " must be an http:// proxy URL (the proxy is spoken to in"
                    + " plain HTTP; https:// is tunnelled through it), was '" + masked(v)
                    + "'. Fix the variable or call useEnvironmentProxy(false).");
        }
        HttpUrl url = HttpUrl.parse(v);
        if (url == null) {
            throw new IllegalArgumentException(source + " must be a proxy URL of the form"
                    + " http://[user:password@]host[:port], was '" + masked(v) + "'. Fix the variable or call"
                    + " useEnvironmentProxy(false).");
        }
        String credentials = url.username().isEmpty() ? null
                : okhttp3.Credentials.basic(url.username(), url.password(), StandardCharsets.UTF_8);
        return new ProxyUrl(url.host(), url.port(), source, credentials);
    }

    /** @return the URL with any password replaced by {@code ****} */
    static String masked(String url) {
        int start = url.indexOf("://") + 3;
        int at = url.lastIndexOf('@');
        if (at < start) {
            return url;
        }
        int colon = url.indexOf(':', start);
        return colon >= 0 && colon < at ? url.substring(0, colon + 1) + "****" + url.substring(at) : url;
    }

    /** @return the {@code Proxy-Authorization} value, or null when the URL carried no user */
    String basicCredentials() {
        return basicCredentials;
    }

    /** Address and source, never the credentials. */
    @Override
    public String toString() {
        InetSocketAddress a = (InetSocketAddress) proxy.address();
        return "http://" + a.getHostString() + ":" + a.getPort() + " (from " + source
                + (basicCredentials != null ? ", with credentials" : "") + ")";
    }
}
