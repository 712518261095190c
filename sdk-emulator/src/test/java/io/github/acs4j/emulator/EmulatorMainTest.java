package io.github.acs4j.emulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone command line: it prints endpoint and keys that a client can use as printed, and refuses
 * bad options with one sentence.
 */
class EmulatorMainTest {

    @Test
    void printsAnEndpointAndKeysThatWork() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AcsEmulator emulator = EmulatorMain.start(new String[] {"--port", "0", "--access-key-id", "CliKey",
                "--access-key-secret", "cli-secret"}, new PrintStream(bytes, true, "UTF-8"))) {
            String out = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(out.contains("listening on " + emulator.endpoint()), out);
            assertTrue(out.contains("AccessKey ID:     CliKey") && out.contains("AccessKey secret: cli-secret"), out);
            RawClient client = new RawClient(emulator.endpoint(), "CliKey", "cli-secret");
            assertEquals(200, client.post("ListMessageContacts", "2022-04-19", params()).status);
        }
    }

    @Test
    void refusesBadOptions() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        assertEquals("unknown option --verbose.", assertThrows(IllegalArgumentException.class,
                () -> EmulatorMain.start(new String[] {"--verbose", "x"}, sink)).getMessage());
        assertEquals("--port needs a number, was 'eighty'.", assertThrows(IllegalArgumentException.class,
                () -> EmulatorMain.start(new String[] {"--port", "eighty"}, sink)).getMessage());
        assertNull(EmulatorMain.start(new String[] {"--help"}, sink));
    }
}
