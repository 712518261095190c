package io.github.acs4j.codegen;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.io.File;
import java.net.URI;
import java.util.Collections;

/**
 * What the pets model's wire tests share: its generated client compiled once (with the hooks and the drivers
 * of {@code src/test/resources/pets-wire}) and a fresh MockWebServer per test.
 */
abstract class PetsWireFixture {
    private static ClassLoader generated;
    MockWebServer server;

    @BeforeAll
    static synchronized void generateAndCompile() throws Exception {
        if (generated == null) {
            generated = Compiled.generatedAndLoaded(new File("target/pets-wire"),
                    Collections.singletonList(GoldenFilesTest.MODEL), new File("src/test/resources/hooks"),
                    new File("src/test/resources/pets-wire"));
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    /** Runs a driver's static method, which takes the server's address and returns what it saw. */
    String drive(String driver, String method) throws Exception {
        return (String) generated.loadClass("example.pets.wire." + driver).getMethod(method, URI.class)
                .invoke(null, server.url("/").uri());
    }
}
