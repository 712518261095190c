package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.endpoint.EndpointTable;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;

/**
 * The two STS (2015-04-01) operations the credentials providers need, run by the same {@link ClientRuntime}
 * as every product call: same signing, retries, classification and logging. Not public API.
 */
public final class StsClient implements AutoCloseable {
    /** The central STS endpoint; regional ones are {@code sts.<region>.aliyuncs.com}. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://sts.aliyuncs.com");

    static final ServiceDescriptor SERVICE = new ServiceDescriptor("Sts", "2015-04-01",
            EndpointTable.of("Sts", Collections.<String, String>emptyMap()), AcsServiceException::new, false, false);

    /** Repeating AssumeRole only issues other temporary credentials, so it is safe to retry. */
    static final Operation<Map<String, String>, Credentials> ASSUME_ROLE = Operation.of(SERVICE, "AssumeRole", true,
            r -> Validation.of("AssumeRole").required("RoleArn", r.get("RoleArn"))
                    .required("RoleSessionName", r.get("RoleSessionName")),
            (r, w) -> r.forEach(w::put), StsClient::read);

    /** Authenticated by the OIDC token it carries, so it is sent unsigned. */
    static final Operation<Map<String, String>, Credentials> ASSUME_ROLE_WITH_OIDC = Operation.<Map<String, String>, Credentials>of(SERVICE,
            "AssumeRoleWithOIDC", true,
            r -> Validation.of("AssumeRoleWithOIDC").required("RoleArn", r.get("RoleArn"))
                    .required("OIDCProviderArn", r.get("OIDCProviderArn"))
                    .required("OIDCToken", r.get("OIDCToken"))
                    .required("RoleSessionName", r.get("RoleSessionName")),
            (r, w) -> r.forEach(w::put), StsClient::read).unsigned()
            // a token is a bearer secret: STS may quote it back in an error message
            .withSensitiveMembers(Operation.sensitive("OIDCToken", "secret"));

    private final ClientRuntime runtime;

    /**
     * @param endpoint the STS endpoint
     * @param source credentials that sign {@code AssumeRole}; unused by {@code AssumeRoleWithOIDC} (may be null then)
     * @param clock clock for timestamps
     * @param http the OkHttp client to borrow (not closed by this client)
     */
    public StsClient(URI endpoint, CredentialsProvider source, Clock clock, OkHttpClient http) {
        this(endpoint, source, clock, http, ProxyConfiguration.fromEnvironment());
    }

    /**
     * @param endpoint the STS endpoint
     * @param source credentials that sign {@code AssumeRole}; unused by {@code AssumeRoleWithOIDC} (may be null then)
     * @param clock clock for timestamps
     * @param http the OkHttp client to borrow (not closed by this client)
     * @param proxies where the proxy to STS comes from, as for every client
     */
    public StsClient(URI endpoint, CredentialsProvider source, Clock clock, OkHttpClient http, ProxyConfiguration proxies) {
        CredentialsProvider signer = source != null ? source : () -> {
            throw new AcsClientException("STS AssumeRole needs source credentials and none were configured.");
        };
        this.runtime = new ClientRuntime(SERVICE, new ClientConfiguration(null, endpoint, signer, SignatureVersion.V1,
                RetryStrategy.standard(), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
                null, http, null, clock, 256 * 1024, Collections.<io.github.acs4j.core.client.ExecutionInterceptor>emptyList(),
                null, proxies));
    }

    /**
     * @param params {@code RoleArn}, {@code RoleSessionName}, optionally {@code DurationSeconds}, {@code Policy},
     *     {@code ExternalId}
     * @return the temporary credentials
     */
    public Credentials assumeRole(Map<String, String> params) {
        return runtime.invoke(ASSUME_ROLE, params);
    }

    /**
     * @param params {@code RoleArn}, {@code OIDCProviderArn}, {@code OIDCToken}, {@code RoleSessionName},
     *     optionally {@code DurationSeconds}, {@code Policy}
     * @return the temporary credentials
     */
    public Credentials assumeRoleWithOidc(Map<String, String> params) {
        return runtime.invoke(ASSUME_ROLE_WITH_OIDC, params);
    }

    private static Credentials read(JsonNode body, io.github.acs4j.core.ResponseMetadata meta) {
        JsonNode c = Json.path(body, "Credentials");
        String id = Json.text(c, "AccessKeyId");
        String secret = Json.text(c, "AccessKeySecret");
        if (id == null || secret == null) {
            throw new AcsClientException("STS answered without Credentials.AccessKeyId/AccessKeySecret (RequestId "
                    + meta.requestId() + ").");
        }
        Instant expiry = null;
        String exp = Json.text(c, "Expiration");
        if (exp != null) {
            try {
                expiry = Instant.parse(exp.trim());
            } catch (DateTimeParseException e) {
                throw new AcsClientException("STS answered with an unreadable Expiration '" + exp + "' (RequestId "
                        + meta.requestId() + ").");
            }
        }
        return Credentials.of(id, secret, Json.text(c, "SecurityToken"), expiry);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
