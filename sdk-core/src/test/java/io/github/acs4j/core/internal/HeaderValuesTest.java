package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Header values are checked when set or resolved: a bad User-Agent suffix fails {@code build()}; V3 credentials
 * whose token or key ID cannot travel in a header fail the call before anything is sent, naming the header and
 * the source, never the value. V1 carries them in the form body, where any character travels.
 */
class HeaderValuesTest {
    static final String[] BAD_TOKENS = {"STSq9z\r\nX-Injected: 1", "STSq9z\u0000en", "STSq9\u00f6z", "STSq9z\u2028en"};

    MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    /** The smallest product builder, so build() runs exactly as a product client's does. */
    static final class TestBuilder extends AcsClientBuilder<TestBuilder, ClientRuntime> {
        @Override
        public ClientRuntime build() {
            return new ClientRuntime(PipelineRetryTest.SERVICE, configuration());
        }
    }

    @Test
    void aUserAgentSuffixThatCannotBeAHeaderFailsAtBuild() {
        for (String suffix : new String[] {"my-app/1.2\r\nX-Injected: 1", "my-app/1.2\n", "my-app/\u00e9t\u00e9", "a\u0000b"}) {
            TestBuilder b = new TestBuilder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("testid", "testsecret"))
                    .userAgentSuffix(suffix);
            AcsClientException e = assertThrows(AcsClientException.class, b::build, suffix);
            assertTrue(e.getMessage().startsWith("userAgentSuffix must be printable ASCII (it travels in the User-Agent"
                    + " header)"), e.getMessage());
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aPrintableSuffixStillBuilds() {
        try (ClientRuntime rt = new TestBuilder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("testid", "testsecret"))
                .userAgentSuffix("my-app/1.2 (build\t7)").build()) {
            assertTrue(rt.endpoint.toString().startsWith("http://"));
        }
    }

    ClientRuntime runtime(SignatureVersion version, StaticCredentialsProvider provider) {
        return new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                provider, version, RetryStrategy.standard(), Duration.ofSeconds(2), Duration.ofSeconds(5), null, null,
                null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @Test
    void aV3SecurityTokenThatCannotBeAHeaderFailsBeforeSendingWithoutShowingIt() throws Exception {
        for (String token : BAD_TOKENS) {
            StaticCredentialsProvider provider = StaticCredentialsProvider.create("testid", "testsecret", token);
            try (ClientRuntime rt = runtime(SignatureVersion.V3, provider)) {
                AcsClientException sync = assertThrows(AcsClientException.class,
                        () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
                ExecutionException async = assertThrows(ExecutionException.class,
                        () -> rt.invokeAsync(PipelineRetryTest.GET, PipelineRetryTest.params()).get(30, TimeUnit.SECONDS));
                for (AcsClientException e : new AcsClientException[] {sync,
                        assertInstanceOf(AcsClientException.class, async.getCause())}) {
                    assertTrue(e.getMessage().startsWith("Cannot send GetThing: the security token from "
                            + provider + " cannot travel in the x-acs-security-token header ("), e.getMessage());
                    assertEquals(0, e.attempts());
                    assertFalse(everything(e).contains(token), "the token leaked: " + everything(e));
                    assertFalse(everything(e).contains("STSq9"), everything(e));
                }
            }
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aV3AccessKeyIdThatCannotBeAHeaderFailsBeforeSending() {
        StaticCredentialsProvider provider = StaticCredentialsProvider.create("test\u00efd\n", "testsecret");
        try (ClientRuntime rt = runtime(SignatureVersion.V3, provider)) {
            AcsClientException e = assertThrows(AcsClientException.class,
                    () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
            assertTrue(e.getMessage().contains("the AccessKey ID from " + provider
                    + " cannot travel in the Authorization header (a non-ASCII character at index 4;"), e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void v1CarriesAnyTokenInTheFormBodyUnchanged() throws Exception {
        for (String token : BAD_TOKENS) {
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
            try (ClientRuntime rt = runtime(SignatureVersion.V1, StaticCredentialsProvider.create("testid", "testsecret", token))) {
                assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
            }
            FormRequest sent = FormRequest.of(server.takeRequest());
            assertEquals(token, sent.param("SecurityToken"));
            assertTrue(sent.v1SignatureVerifies("testsecret"));
        }
    }

    @Test
    void aGoodV3TokenStillTravels() throws Exception {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
        try (ClientRuntime rt = runtime(SignatureVersion.V3, StaticCredentialsProvider.create("testid", "testsecret", "CAIS+/=token"))) {
            assertEquals("r1/1", rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
        }
        assertEquals("CAIS+/=token", server.takeRequest().getHeader("x-acs-security-token"));
    }

    static String everything(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
