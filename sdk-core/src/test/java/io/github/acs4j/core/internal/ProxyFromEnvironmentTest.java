package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.DefaultCredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.StsBodies;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static io.github.acs4j.core.internal.EnvironmentProxyRulesTest.env;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proxies from an injected environment, on the wire: a MockWebServer acts as the HTTP proxy (it receives
 * the absolute-URI request line of an {@code http://} endpoint), another as the service. Endpoints use
 * names under {@code .acs4j.test} that the OkHttp {@link Dns} hook maps to 127.0.0.1, since loopback
 * names always go direct.
 */
class ProxyFromEnvironmentTest {
    static final Dns TEST_DNS = host -> host.endsWith(".acs4j.test")
            ? Collections.singletonList(InetAddress.getByName("127.0.0.1")) : Dns.SYSTEM.lookup(host);

    MockWebServer proxy;
    MockWebServer service;

    @BeforeEach
    void start() throws IOException {
        proxy = new MockWebServer();
        proxy.start();
        service = new MockWebServer();
        service.start();
    }

    @AfterEach
    void stop() throws IOException {
        proxy.shutdown();
        service.shutdown();
    }

    /** A client builder as every product has, building the runtime the products run on. */
    static final class TestClientBuilder extends AcsClientBuilder<TestClientBuilder, ClientRuntime> {
        @Override
        public ClientRuntime build() {
            return new ClientRuntime(PipelineRetryTest.SERVICE, configuration());
        }
    }

    /** @return {@code http.proxyHost}/{@code http.proxyPort} naming the test proxy */
    Properties jdkProxyProperties() {
        Properties jdk = new Properties();
        jdk.setProperty("http.proxyHost", "127.0.0.1");
        jdk.setProperty("http.proxyPort", Integer.toString(proxy.getPort()));
        return jdk;
    }

    String proxyUrl() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    URI endpoint() {
        return URI.create("http://cms.acs4j.test:" + service.getPort() + "/");
    }

    TestClientBuilder builder(Map<String, String> environment) {
        return new TestClientBuilder().endpointOverride(endpoint())
                .credentialsProvider(StaticCredentialsProvider.create("testid", "testsecret"))
                .retryStrategy(RetryStrategy.none())
                .httpClient(new OkHttpClient.Builder().dns(TEST_DNS).build())
                .proxyConfiguration(ProxyConfiguration.builder().environment(environment)
                        .systemProperties(new Properties()).build());
    }

    static String call(TestClientBuilder b) {
        try (ClientRuntime rt = b.build()) {
            return rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params());
        }
    }

    String expectedRequestLine() {
        return "POST http://cms.acs4j.test:" + service.getPort() + "/ HTTP/1.1";
    }

    @Test
    void anEnvironmentVariableSendsTheCallThroughTheProxy() throws Exception {
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"via-proxy\"}"));
        // the client's own OkHttp client: the target name is never resolved, only the proxy is dialled
        assertEquals("via-proxy/1", call(builder(env("HTTP_PROXY", proxyUrl())).httpClient(null)));
        assertEquals(expectedRequestLine(), taken(proxy).getRequestLine());
        assertEquals(0, service.getRequestCount());
    }

    @Test
    void aBorrowedClientWithoutProxySettingsFollowsTheEnvironmentToo() throws Exception {
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"via-proxy\"}"));
        assertEquals("via-proxy/1", call(builder(env("http_proxy", proxyUrl()))));
        assertEquals(expectedRequestLine(), taken(proxy).getRequestLine());
        assertEquals(0, service.getRequestCount());
    }

    @Test
    void clientsSharingAnOkHttpClientAndTheSameProxyShareItsConnections() throws Exception {
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"first\"}"));
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"second\"}"));
        OkHttpClient shared = new OkHttpClient.Builder().dns(TEST_DNS).build();
        String url = "http://u:shared-secret@127.0.0.1:" + proxy.getPort();
        assertEquals("first/1", call(builder(env("HTTP_PROXY", url)).httpClient(shared)));
        assertEquals("second/1", call(builder(env("HTTP_PROXY", url)).httpClient(shared)));
        assertEquals(0, taken(proxy).getSequenceNumber());
        assertEquals(1, taken(proxy).getSequenceNumber(), "the second client reused the first one's connection");
    }

    @Test
    void aNoProxyMatchGoesDirect() throws Exception {
        service.enqueue(Bodies.json(200, "{\"RequestId\":\"direct\"}"));
        assertEquals("direct/1", call(builder(env("HTTP_PROXY", proxyUrl(),
                "NO_PROXY", "example.com, acs4j.test:" + service.getPort()))));
        assertEquals("POST / HTTP/1.1", taken(service).getRequestLine());
        assertEquals(0, proxy.getRequestCount());
        // the same name on another port is not excluded
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"via-proxy\"}"));
        assertEquals("via-proxy/1", call(builder(env("HTTP_PROXY", proxyUrl(), "NO_PROXY", "acs4j.test:1"))));
        assertEquals(expectedRequestLine(), taken(proxy).getRequestLine());
    }

    @Test
    void theVariableOfTheOtherSchemeIsNotUsed() throws Exception {
        service.enqueue(Bodies.json(200, "{\"RequestId\":\"direct\"}"));
        assertEquals("direct/1", call(builder(env("HTTPS_PROXY", proxyUrl()))));
        assertEquals(1, service.getRequestCount());
        assertEquals(0, proxy.getRequestCount());
    }

    @Test
    void anExplicitProxyWins() throws Exception {
        try (MockWebServer explicit = new MockWebServer()) {
            explicit.enqueue(Bodies.json(200, "{\"RequestId\":\"explicit\"}"));
            explicit.start();
            Proxy mine = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", explicit.getPort()));
            assertEquals("explicit/1", call(builder(env("HTTP_PROXY", proxyUrl())).proxy(mine)));
            assertEquals(expectedRequestLine(), taken(explicit).getRequestLine());
        }
        assertEquals(0, proxy.getRequestCount());
        assertEquals(0, service.getRequestCount());
    }

    @Test
    void turningTheEnvironmentOffGoesDirect() throws Exception {
        service.enqueue(Bodies.json(200, "{\"RequestId\":\"direct\"}"));
        Properties jdk = jdkProxyProperties();
        ProxyConfiguration both = ProxyConfiguration.builder().environment(env("HTTP_PROXY", proxyUrl()))
                .systemProperties(jdk).build();
        assertEquals("direct/1", call(builder(env()).proxyConfiguration(both).useEnvironmentProxy(false)));
        assertEquals(1, service.getRequestCount());
        assertEquals(0, proxy.getRequestCount());
    }

    @Test
    void theJdkSystemPropertiesSendTheCallThroughTheProxy() throws Exception {
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"via-proxy\"}"));
        Properties jdk = jdkProxyProperties();
        assertEquals("via-proxy/1", call(builder(env()).proxyConfiguration(ProxyConfiguration.builder()
                .environment(env()).systemProperties(jdk).build())));
        assertEquals(expectedRequestLine(), taken(proxy).getRequestLine());
    }

    @Test
    void credentialsInTheProxyUrlAnswerThe407AndAreNeverLogged() throws Exception {
        String password = "pr0xy-p@ss:w0rd";
        String encoded = "pr0xy-p%40ss%3Aw0rd";
        String header = okhttp3.Credentials.basic("proxy user", password, StandardCharsets.UTF_8);
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.enqueue(Bodies.json(200, "{\"RequestId\":\"authed\"}"));
        String url = "http://proxy%20user:" + encoded + "@127.0.0.1:" + proxy.getPort();
        assertEquals("authed/1", call(builder(env("HTTP_PROXY", url))));
        RecordedRequest challenged = taken(proxy);
        assertEquals(expectedRequestLine(), challenged.getRequestLine());
        assertEquals(null, challenged.getHeader("Proxy-Authorization"));
        RecordedRequest answered = taken(proxy);
        assertEquals(header, answered.getHeader("Proxy-Authorization"));
        assertEquals(0, service.getRequestCount());

        // a proxy that refuses them: one retry with the credentials, then the call fails
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        AcsException refused = assertThrows(AcsException.class, () -> call(builder(env("HTTP_PROXY", url))));
        assertEquals(4, proxy.getRequestCount(), "one challenge, one answer, no loop");
        String described = describe(refused);
        assertTrue(described.contains("407"), described);
        for (String secret : new String[] {password, encoded, header, header.substring("Basic ".length())}) {
            assertFalse(described.contains(secret), "the exception carries a proxy credential: " + described);
        }

        // the DEBUG log (this module's surefire settings write it to a file) names the proxy, never the password
        String file = System.getProperty("acs4j.test.logFile");
        String log = new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8);
        assertTrue(log.contains("127.0.0.1:" + proxy.getPort() + " (from HTTP_PROXY, with credentials)"), log);
        for (String secret : new String[] {password, encoded, header.substring("Basic ".length())}) {
            assertFalse(log.contains(secret), "a proxy credential was logged");
        }
        TestClientBuilder b = builder(env("HTTP_PROXY", url));
        try (ClientRuntime rt = b.build()) {
            assertFalse((b.toString() + rt + rt.http.client().proxySelector() + rt.http.client().proxyAuthenticator())
                    .contains(password));
        }
    }

    @Test
    void anHttpsEndpointTunnelsThroughHttpsProxyWithTheUrlsCredentials() throws Exception {
        String header = okhttp3.Credentials.basic("tunnel", "tunnel-secret-9", StandardCharsets.UTF_8);
        // the proxy refuses the tunnel once it has seen the credentials: enough to see what it was asked
        proxy.enqueue(new MockResponse().setResponseCode(403));
        AcsException e = assertThrows(AcsException.class, () -> call(builder(env(
                "HTTPS_PROXY", "http://tunnel:tunnel-secret-9@127.0.0.1:" + proxy.getPort(), "HTTP_PROXY", "unused:1"))
                .endpointOverride(URI.create("https://cms.acs4j.test:" + service.getPort()))));
        RecordedRequest connect = taken(proxy);
        assertEquals("CONNECT cms.acs4j.test:" + service.getPort() + " HTTP/1.1", connect.getRequestLine());
        assertEquals(header, connect.getHeader("Proxy-Authorization"));
        assertFalse(describe(e).contains("tunnel-secret-9"), describe(e));
        assertEquals(0, service.getRequestCount());
    }

    /** @return the server's next request; fails instead of waiting for ever when none came */
    static RecordedRequest taken(MockWebServer server) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertNotNull(r, "no request reached the server");
        return r;
    }

    static String describe(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t + "\n" + w;
    }

    @Test
    void stsAndCredentialsUriCallsFollowTheChainsEnvironment(@TempDir Path home) throws Exception {
        Path token = Files.write(home.resolve("oidc-token"), "oidc-token-value".getBytes(StandardCharsets.UTF_8));
        proxy.enqueue(StsBodies.assumed("STS.viaproxy", "sts-token", Instant.now().plusSeconds(3600)));
        DefaultCredentialsProvider oidc = DefaultCredentialsProvider.builder()
                .environment(env("HTTP_PROXY", proxyUrl(), "ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r",
                        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p",
                        "ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString()))
                .systemProperties(new Properties()).homeDirectory(home)
                .stsEndpoint(URI.create("http://sts.acs4j.test:" + service.getPort())).build();
        assertEquals("STS.viaproxy", oidc.resolveCredentials().accessKeyId());
        assertEquals("POST http://sts.acs4j.test:" + service.getPort() + "/ HTTP/1.1",
                taken(proxy).getRequestLine());

        proxy.enqueue(StsBodies.metadata("URI.viaproxy", "uri-token", Instant.now().plusSeconds(3600)));
        DefaultCredentialsProvider uri = DefaultCredentialsProvider.builder()
                .environment(env("HTTP_PROXY", proxyUrl(), "ALIBABA_CLOUD_CREDENTIALS_URI",
                        "http://creds.acs4j.test:" + service.getPort() + "/creds"))
                .systemProperties(new Properties()).homeDirectory(home).build();
        assertEquals("URI.viaproxy", uri.resolveCredentials().accessKeyId());
        assertEquals("GET http://creds.acs4j.test:" + service.getPort() + "/creds HTTP/1.1",
                taken(proxy).getRequestLine());
        assertEquals(0, service.getRequestCount());
    }

    @Test
    void instanceMetadataNeverGoesThroughTheProxy(@TempDir Path home) throws Exception {
        service.enqueue(new MockResponse().setBody("md-session-token"));
        service.enqueue(StsBodies.metadata("ECS.direct", "md-token", Instant.now().plusSeconds(3600)));
        Properties jdk = jdkProxyProperties();
        Credentials c = DefaultCredentialsProvider.builder()
                .environment(env("HTTP_PROXY", proxyUrl(), "ALIBABA_CLOUD_ECS_METADATA", "ops-role"))
                .systemProperties(jdk).homeDirectory(home)
                .ecsMetadataEndpoint(URI.create("http://127.0.0.1:" + service.getPort())).build().resolveCredentials();
        assertEquals("ECS.direct", c.accessKeyId());
        assertEquals(2, service.getRequestCount());
        assertEquals(0, proxy.getRequestCount());
        // 127.0.0.1 is exempt anyway; the metadata address itself is never proxied by the rule either
        assertEquals(EnvironmentProxyRulesTest.DIRECT, EnvironmentProxyRulesTest.proxyFor(
                env("HTTP_PROXY", proxyUrl()), jdk, "http://" + EnvironmentProxySelector.METADATA_HOST + "/latest/api/token"));
    }
}
