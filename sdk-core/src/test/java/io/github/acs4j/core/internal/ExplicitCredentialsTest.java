package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.EnvironmentCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provider the user configured is used as given: when it fails, nothing is sent and no chain is tried. */
class ExplicitCredentialsTest {
    @Test
    void anExplicitProviderThatFailsIsReportedAndNothingIsSent() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r1\"}"));
            server.start();
            ClientConfiguration c = new ClientConfiguration(null, server.url("/").uri(),
                    EnvironmentCredentialsProvider.create(Collections.<String, String>emptyMap()), SignatureVersion.V1,
                    RetryStrategy.standard(), null, null, null, null, null, null, Clock.systemUTC(),
                    ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES);
            try (ClientRuntime rt = new ClientRuntime(PipelineRetryTest.SERVICE, c)) {
                AcsClientException e = assertThrows(AcsClientException.class,
                        () -> rt.invoke(PipelineRetryTest.GET, PipelineRetryTest.params()));
                assertTrue(e.getMessage().startsWith("No credentials in the environment"), e.getMessage());
            }
            assertEquals(0, server.getRequestCount());
        }
    }
}
