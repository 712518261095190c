package io.github.acs4j.core.internal;

import io.github.acs4j.core.client.ProxyConfiguration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which proxy a request gets from an injected environment and system properties (never the process's):
 * the variable follows the scheme, NO_PROXY and http.nonProxyHosts exclude, loopback and instance metadata
 * always go direct. The wire behaviour is in {@link ProxyFromEnvironmentTest}.
 */
class EnvironmentProxyRulesTest {
    static final String DIRECT = "DIRECT";

    static Map<String, String> env(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static String proxyFor(Map<String, String> env, Properties props, String uri) {
        OkHttpClient.Builder b = new OkHttpClient.Builder();
        EnvironmentProxySelector.configure(b, null, null, null,
                ProxyConfiguration.builder().environment(env).systemProperties(props).build());
        List<Proxy> proxies = b.build().proxySelector().select(URI.create(uri));
        assertEquals(1, proxies.size());
        Proxy p = proxies.get(0);
        if (p.type() == Proxy.Type.DIRECT) {
            return DIRECT;
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    static String proxyFor(Map<String, String> env, String uri) {
        return proxyFor(env, new Properties(), uri);
    }

    @Test
    void theVariableFollowsTheEndpointsScheme() {
        Map<String, String> e = env("HTTPS_PROXY", "http://secure.proxy:3128", "HTTP_PROXY", "plain.proxy:8080");
        assertEquals("secure.proxy:3128", proxyFor(e, "https://metrics.cn-hangzhou.aliyuncs.com/"));
        assertEquals("plain.proxy:8080", proxyFor(e, "http://metrics.cn-hangzhou.aliyuncs.com/"));
        assertEquals(DIRECT, proxyFor(env("HTTP_PROXY", "plain.proxy:8080"), "https://metrics.aliyuncs.com/"));
        assertEquals(DIRECT, proxyFor(env("HTTPS_PROXY", "secure.proxy:3128"), "http://metrics.aliyuncs.com/"));
        assertEquals(DIRECT, proxyFor(env(), "https://metrics.aliyuncs.com/"));
    }

    @Test
    void lowerCaseVariablesCountAndUpperCaseComesFirst() {
        assertEquals("lower:1", proxyFor(env("https_proxy", "lower:1"), "https://a.example.com/"));
        assertEquals("upper:2", proxyFor(env("HTTPS_PROXY", "upper:2", "https_proxy", "lower:1"), "https://a.example.com/"));
        assertEquals("lower:1", proxyFor(env("HTTPS_PROXY", "  ", "https_proxy", "lower:1"), "https://a.example.com/"));
        assertEquals(DIRECT, proxyFor(env("HTTPS_PROXY", "p:1", "no_proxy", "a.example.com"), "https://a.example.com/"));
    }

    @Test
    void aProxyUrlWithoutPortUsesPort80() {
        assertEquals("proxy.corp:80", proxyFor(env("HTTPS_PROXY", "http://proxy.corp"), "https://a.example.com/"));
        assertEquals("proxy.corp:80", proxyFor(env("HTTPS_PROXY", "http://u:p@proxy.corp/"), "https://a.example.com/"));
    }

    @Test
    void noProxyTakesHostsSuffixesStarsPortsAndSpaces() {
        Map<String, String> e = env("HTTPS_PROXY", "p:1", "NO_PROXY",
                " internal.corp , .svc.local,*.mesh.io, api.example.com:8443 ,10.0.0.0/8, 192.168.1.5, [fd00::1]:443");
        assertEquals(DIRECT, proxyFor(e, "https://internal.corp/"));
        assertEquals(DIRECT, proxyFor(e, "https://deep.sub.internal.corp/"));
        assertEquals("p:1", proxyFor(e, "https://notinternal.corp/"));
        assertEquals(DIRECT, proxyFor(e, "https://a.svc.local/"));
        assertEquals("p:1", proxyFor(e, "https://svc.local/"), "a leading dot matches subdomains only, as in Go");
        assertEquals(DIRECT, proxyFor(e, "https://x.mesh.io/"));
        assertEquals("p:1", proxyFor(e, "https://mesh.io/"));
        assertEquals(DIRECT, proxyFor(e, "https://api.example.com:8443/"));
        assertEquals("p:1", proxyFor(e, "https://api.example.com/"), "the port must match when one is given");
        assertEquals(DIRECT, proxyFor(e, "https://10.20.30.40/"));
        assertEquals("p:1", proxyFor(e, "https://11.0.0.1/"));
        assertEquals(DIRECT, proxyFor(e, "https://192.168.1.5/"));
        assertEquals("p:1", proxyFor(e, "https://1.192.168.1.5.example/"));
        assertEquals(DIRECT, proxyFor(e, "https://[fd00::1]/"));
        assertEquals(DIRECT, proxyFor(e, "https://INTERNAL.CORP/"), "case-insensitive");
        assertEquals(DIRECT, proxyFor(env("HTTPS_PROXY", "p:1", "NO_PROXY", "*"), "https://anything.example/"));
    }

    @Test
    void loopbackAndTheMetadataAddressNeverGoThroughTheEnvironmentsProxy() {
        Map<String, String> e = env("HTTPS_PROXY", "p:1", "HTTP_PROXY", "p:2");
        Properties jdk = new Properties();
        jdk.setProperty("http.proxyHost", "jdk.proxy");
        for (String uri : new String[] {"http://" + EnvironmentProxySelector.METADATA_HOST + "/latest/meta-data/", "http://127.0.0.1:8080/",
                "https://localhost/", "http://[::1]:9/"}) {
            assertEquals(DIRECT, proxyFor(e, uri), uri);
            assertEquals(DIRECT, proxyFor(e, jdk, uri), uri);
        }
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironmentWithTheirOwnExclusions() {
        Properties jdk = new Properties();
        jdk.setProperty("https.proxyHost", "jdk.proxy");
        jdk.setProperty("https.proxyPort", "3129");
        jdk.setProperty("http.proxyHost", "jdk.plain");
        jdk.setProperty("http.nonProxyHosts", "*.internal.corp|build*|exact.host");
        Map<String, String> e = env("HTTPS_PROXY", "env.proxy:1", "NO_PROXY", "a.example.com");
        assertEquals("jdk.proxy:3129", proxyFor(e, jdk, "https://a.example.com/"), "NO_PROXY belongs to the variables");
        assertEquals("jdk.plain:80", proxyFor(e, jdk, "http://a.example.com/"));
        assertEquals(DIRECT, proxyFor(e, jdk, "https://x.internal.corp/"));
        assertEquals(DIRECT, proxyFor(e, jdk, "https://build7.example/"));
        assertEquals(DIRECT, proxyFor(e, jdk, "https://exact.host/"));
        assertEquals("jdk.proxy:3129", proxyFor(e, jdk, "https://not.exact.host/"));
        Properties portless = new Properties();
        portless.setProperty("https.proxyHost", "jdk.proxy");
        assertEquals("jdk.proxy:443", proxyFor(e, portless, "https://a.example.com/"));
    }

    @Test
    void offMeansDirectAndAnExplicitProxyWins() {
        ProxyConfiguration off = ProxyConfiguration.builder().environment(env("HTTPS_PROXY", "p:1")).build().toBuilder()
                .useEnvironment(false).build();
        OkHttpClient.Builder b = new OkHttpClient.Builder();
        EnvironmentProxySelector.configure(b, null, null, null, off);
        assertEquals(Proxy.NO_PROXY, b.build().proxy());
        Proxy mine = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("mine", 9));
        b = new OkHttpClient.Builder();
        EnvironmentProxySelector.configure(b, null, mine, null,
                ProxyConfiguration.builder().environment(env("HTTPS_PROXY", "p:1")).build());
        assertEquals(mine, b.build().proxy());
    }

    @Test
    void aBorrowedClientWithItsOwnProxySettingsKeepsThem() {
        Proxy theirs = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("theirs", 9));
        OkHttpClient borrowed = new OkHttpClient.Builder().proxy(theirs).build();
        OkHttpClient.Builder b = borrowed.newBuilder();
        EnvironmentProxySelector.configure(b, borrowed, null, null,
                ProxyConfiguration.builder().environment(env("HTTPS_PROXY", "p:1")).build());
        assertEquals(theirs, b.build().proxy());
    }

    @Test
    void aMalformedProxyVariableIsRefusedWithThePasswordMasked() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> proxyFor(env("HTTPS_PROXY", "socks5://alice:hunter2-secret@proxy:1080"), "https://a.example.com/"));
        assertTrue(bad.getMessage().contains("HTTPS_PROXY") && bad.getMessage().contains("alice:****@proxy:1080")
                && bad.getMessage().contains("useEnvironmentProxy(false)"), bad.getMessage());
        assertFalse(bad.getMessage().contains("hunter2"), bad.getMessage());
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> proxyFor(env("HTTP_PROXY", "http://bob:hunter2-secret@proxy:99999"), "http://a.example.com/"));
        assertFalse(port.getMessage().contains("hunter2"), port.getMessage());
        Properties jdk = new Properties();
        jdk.setProperty("https.proxyHost", "jdk.proxy");
        jdk.setProperty("https.proxyPort", "eighty");
        IllegalArgumentException prop = assertThrows(IllegalArgumentException.class,
                () -> proxyFor(env(), jdk, "https://a.example.com/"));
        assertTrue(prop.getMessage().contains("https.proxyPort") && prop.getMessage().contains("eighty"), prop.getMessage());
    }

    @Test
    void theConfigurationsToStringNamesSourcesNotValues() {
        ProxyConfiguration c = ProxyConfiguration.builder()
                .environment(env("HTTPS_PROXY", "http://u:toString-secret@p:1")).build();
        assertEquals("ProxyConfiguration(useEnvironment=true, environment=given, systemProperties=process)", c.toString());
        assertEquals("http://u:toString-secret@p:1", c.environmentVariable("HTTPS_PROXY"));
        assertFalse(ProxyConfiguration.none().useEnvironment());
    }
}
