package io.github.acs4j.reliability;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs last: scans everything the suite collected (exceptions with their causes and stack traces,
 * responses, requests) and everything the SDK logged at TRACE, for any secret or full personal value.
 */
@Order(Integer.MAX_VALUE)
class SecretsNeverLeakTest {

    @Test
    void noSecretOrPersonalValueEscapedAnywhere() throws IOException {
        List<String> seen = Leaks.seen();
        assertTrue(seen.size() >= 20, "the suite recorded only " + seen.size() + " items; is it running?");
        for (String s : seen) {
            for (String secret : Secrets.ALL) {
                assertFalse(s.contains(secret), "leaked '" + secret + "' in: " + s);
            }
        }
        Path log = Paths.get(System.getProperty("acs4j.reliability.logFile", "target/sdk-log.txt"));
        String logged = Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        assertTrue(logged.contains("attempt"), "the SDK's DEBUG log was not captured at " + log);
        for (String secret : Secrets.ALL) {
            assertFalse(logged.contains(secret), "leaked '" + secret + "' in the SDK log");
        }
        System.out.println("Reliability figures:\n" + Figures.table() + "Scanned " + seen.size()
                + " exceptions/responses/requests and " + logged.length() + " characters of SDK log: no secret found.");
    }
}
