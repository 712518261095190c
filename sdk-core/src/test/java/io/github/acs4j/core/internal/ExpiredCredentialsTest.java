package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.EcsRamRoleCredentialsProvider;
import io.github.acs4j.core.auth.RamRoleArnCredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.auth.UriCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.testing.MutableClock;
import io.github.acs4j.core.testing.StsBodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credentials that arrive already expired (URI, STS, instance metadata) are never used to sign: fetched once
 * more, and when those are expired too the call fails naming the source and the expiry, with nothing sent.
 */
class ExpiredCredentialsTest {
    static final Instant NOW = Instant.parse("2024-05-06T07:00:00Z");
    static final Instant EXPIRED = NOW.minus(Duration.ofMinutes(5));
    static final Instant VALID = NOW.plus(Duration.ofHours(1));

    final MutableClock clock = new MutableClock(NOW);
    MockWebServer endpoint;
    MockWebServer source;

    @BeforeEach
    void start() throws IOException {
        endpoint = new MockWebServer();
        endpoint.start();
        source = new MockWebServer();
        source.start();
    }

    @AfterEach
    void stop() throws IOException {
        endpoint.shutdown();
        source.shutdown();
    }

    /** One kind of source: how it answers with credentials, and how its provider is built. */
    enum Source {
        URI(StsBodies::metadata),
        STS(StsBodies::assumed),
        METADATA(StsBodies::metadata);

        final Answer answer;

        Source(Answer answer) {
            this.answer = answer;
        }
    }

    interface Answer {
        MockResponse of(String id, String token, Instant expiry);
    }

    CredentialsProvider provider(Source kind) {
        switch (kind) {
            case URI:
                return UriCredentialsProvider.create(source.url("/creds").uri(), clock);
            case STS:
                return RamRoleArnCredentialsProvider.builder()
                        .sourceCredentialsProvider(StaticCredentialsProvider.create("SourceKeyId01", "source-secret"))
                        .roleArn("acs:ram::123456789012:role/ops").roleSessionName("s").stsEndpoint(source.url("/").uri())
                        .clock(clock).build();
            default:
                return EcsRamRoleCredentialsProvider.builder().roleName("my-role").endpoint(source.url("/").uri())
                        .clock(clock).build();
        }
    }

    void enqueueCredentials(Source kind, String id, Instant expiry) {
        if (kind == Source.METADATA) {
            source.enqueue(new MockResponse().setBody("md-token-" + id)); // PUT /latest/api/token
        }
        source.enqueue(kind.answer.of(id, "tok-" + id, expiry));
    }

    <T> T call(CredentialsProvider provider, Function<ClientRuntime, T> call) {
        try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null,
                endpoint.url("/").uri(), provider, SignatureVersion.V1, RetryStrategy.standard(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), null, null, null, null, Clock.systemUTC(),
                ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES))) {
            return call.apply(rt);
        }
    }

    @Test
    void expiredCredentialsAreFetchedOnceMoreAndTheFreshOnesSign() throws Exception {
        for (Source kind : Source.values()) {
            enqueueCredentials(kind, "STS.old", EXPIRED);
            enqueueCredentials(kind, "STS.new", VALID);
            endpoint.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
            assertEquals("r1/1", call(provider(kind), rt -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())),
                    kind.name());
            FormRequest sent = FormRequest.of(endpoint.takeRequest());
            assertEquals("STS.new", sent.param("AccessKeyId"), kind.name());
            assertEquals("tok-STS.new", sent.param("SecurityToken"), kind.name());
        }
        assertEquals(3, endpoint.getRequestCount());
    }

    @Test
    void credentialsStillExpiredAfterOneMoreFetchFailTheCallNamingSourceAndExpiry() {
        for (Source kind : Source.values()) {
            int before = source.getRequestCount();
            enqueueCredentials(kind, "STS.old", EXPIRED);
            enqueueCredentials(kind, "STS.older", EXPIRED);
            CredentialsProvider provider = provider(kind);
            AcsClientException e = assertThrows(AcsClientException.class,
                    () -> call(provider, rt -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params())), kind.name());
            assertTrue(e.getMessage().startsWith("The credentials from " + provider + " expired at " + EXPIRED
                    + " (now " + NOW + "), also when fetched again"), e.getMessage());
            assertEquals(kind == Source.METADATA ? 4 : 2, source.getRequestCount() - before, kind.name());
        }
        assertEquals(0, endpoint.getRequestCount());
    }
}
