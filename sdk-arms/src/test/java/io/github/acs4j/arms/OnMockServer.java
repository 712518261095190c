package io.github.acs4j.arms;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;

/** A MockWebServer and an {@link ArmsClient} pointed at it (see {@link ArmsTestSupport#client}), per test. */
abstract class OnMockServer {
    MockWebServer server;
    ArmsClient arms;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        arms = ArmsTestSupport.client(server).build();
    }

    @AfterEach
    void stopServer() throws IOException {
        arms.close();
        server.shutdown();
    }
}
