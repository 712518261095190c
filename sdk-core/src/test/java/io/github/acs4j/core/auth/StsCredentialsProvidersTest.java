package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.testing.MutableClock;
import io.github.acs4j.core.testing.StsBodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MockWebServer on 127.0.0.1 stands in for STS; the calls go through acs4j's own pipeline. */
class StsCredentialsProvidersTest {
    static final Instant T0 = Instant.parse("2024-05-06T07:00:00Z");

    MockWebServer sts;
    MutableClock clock = new MutableClock(T0);
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        sts = new MockWebServer();
        sts.start();
    }

    @AfterEach
    void stop() throws IOException {
        sts.shutdown();
    }

    RamRoleArnCredentialsProvider ramRole() {
        return RamRoleArnCredentialsProvider.builder()
                .sourceCredentialsProvider(StaticCredentialsProvider.create("SourceKeyId01", "source-secret"))
                .roleArn("acs:ram::123456789012:role/ops").roleSessionName("nightly").durationSeconds(1800)
                .stsEndpoint(sts.url("/").uri()).clock(clock).build();
    }

    @Test
    void assumeRoleIsASignedStsCallWithTheSourceKey() throws Exception {
        sts.enqueue(StsBodies.assumed("STS.one", "tok-1", T0.plus(Duration.ofMinutes(30))));
        try (RamRoleArnCredentialsProvider p = ramRole()) {
            Credentials c = p.resolveCredentials();
            assertEquals("STS.one", c.accessKeyId());
            assertEquals("sts-secret-STS.one", c.accessKeySecret());
            assertEquals("tok-1", c.securityToken());
        }
        FormRequest r = FormRequest.of(sts.takeRequest());
        assertEquals("POST", r.recorded().getMethod());
        assertEquals("AssumeRole", r.param("Action"));
        assertEquals("2015-04-01", r.param("Version"));
        assertEquals("acs:ram::123456789012:role/ops", r.param("RoleArn"));
        assertEquals("nightly", r.param("RoleSessionName"));
        assertEquals("1800", r.param("DurationSeconds"));
        assertEquals("SourceKeyId01", r.param("AccessKeyId"));
        assertTrue(r.v1SignatureVerifies("source-secret"));
    }

    @Test
    void assumeRoleRefreshesAheadOfExpiry() {
        sts.enqueue(StsBodies.assumed("STS.one", "tok-1", T0.plus(Duration.ofMinutes(30))));
        sts.enqueue(StsBodies.assumed("STS.two", "tok-2", T0.plus(Duration.ofMinutes(60))));
        try (RamRoleArnCredentialsProvider p = ramRole()) {
            assertEquals("STS.one", p.resolveCredentials().accessKeyId());
            clock.advance(Duration.ofMinutes(20));
            assertEquals("STS.one", p.resolveCredentials().accessKeyId());
            clock.advance(Duration.ofMinutes(8));
            assertEquals("STS.two", p.resolveCredentials().accessKeyId());
        }
        assertEquals(2, sts.getRequestCount());
    }

    @Test
    void anStsErrorSurfacesAsAServiceException() {
        sts.enqueue(Bodies.error(403, "NoPermission", "You are not authorized to do this action.", "sts-err"));
        try (RamRoleArnCredentialsProvider p = ramRole()) {
            AcsServiceException e = assertThrows(AcsServiceException.class, p::resolveCredentials);
            assertEquals("NoPermission", e.errorCode());
            assertEquals("sts-err", e.requestId());
        }
    }

    @Test
    void oidcIsAnUnsignedStsCallCarryingTheTokenFromTheFile() throws Exception {
        Path token = dir.resolve("token");
        Files.write(token, "oidc-jwt-1\n".getBytes(StandardCharsets.UTF_8));
        sts.enqueue(StsBodies.assumed("STS.oidc1", "tok-1", T0.plus(Duration.ofMinutes(30))));
        sts.enqueue(StsBodies.assumed("STS.oidc2", "tok-2", T0.plus(Duration.ofMinutes(90))));
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::123456789012:role/k8s");
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::123456789012:oidc-provider/ack");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString());
        env.put("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-1");
        try (OidcRoleArnCredentialsProvider p = OidcRoleArnCredentialsProvider.builder().fromEnvironment(env)
                .stsEndpoint(sts.url("/").uri()).clock(clock).build()) {
            assertEquals("STS.oidc1", p.resolveCredentials().accessKeyId());
            Files.write(token, "oidc-jwt-2".getBytes(StandardCharsets.UTF_8)); // the projection rotates the token
            clock.advance(Duration.ofMinutes(29));
            assertEquals("STS.oidc2", p.resolveCredentials().accessKeyId());
        }
        FormRequest first = FormRequest.of(sts.takeRequest());
        assertEquals("AssumeRoleWithOIDC", first.param("Action"));
        assertEquals("acs:ram::123456789012:role/k8s", first.param("RoleArn"));
        assertEquals("acs:ram::123456789012:oidc-provider/ack", first.param("OIDCProviderArn"));
        assertEquals("pod-1", first.param("RoleSessionName"));
        assertEquals("oidc-jwt-1", first.param("OIDCToken"));
        assertNull(first.param("Signature"));
        assertNull(first.param("AccessKeyId"));
        assertEquals("oidc-jwt-2", FormRequest.of(sts.takeRequest()).param("OIDCToken"));
    }

    @Test
    void anOidcTokenTheServiceEchoesIsMaskedInTheException() throws Exception {
        Path token = dir.resolve("token");
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QtMSJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
        Files.write(token, jwt.getBytes(StandardCharsets.UTF_8));
        sts.enqueue(Bodies.error(400, "InvalidParameter.OIDCToken", "The OIDC token " + jwt + " is expired.", "sts-e"));
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::123456789012:role/k8s");
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::123456789012:oidc-provider/ack");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString());
        try (OidcRoleArnCredentialsProvider p = OidcRoleArnCredentialsProvider.builder().fromEnvironment(env)
                .stsEndpoint(sts.url("/").uri()).clock(clock).build()) {
            AcsServiceException e = assertThrows(AcsServiceException.class, p::resolveCredentials);
            assertEquals("InvalidParameter.OIDCToken", e.errorCode());
            assertFalse(e.getMessage().contains(jwt), e.getMessage());
            assertFalse(String.valueOf(e.errorMessage()).contains(jwt), e.errorMessage());
            assertTrue(e.getMessage().contains("is expired"), e.getMessage());
        }
        assertEquals(jwt, FormRequest.of(sts.takeRequest()).param("OIDCToken"));
    }

    @Test
    void oidcFromAnIncompleteEnvironmentNamesWhatIsMissing() {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r");
        Exception e = assertThrows(RuntimeException.class,
                () -> OidcRoleArnCredentialsProvider.builder().fromEnvironment(env));
        assertTrue(e.getMessage().contains("ALIBABA_CLOUD_OIDC_PROVIDER_ARN is not set"), e.getMessage());
        assertFalse(e.getMessage().contains("acs:ram::1:role/r"), e.getMessage());
    }
}
