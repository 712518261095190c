package io.github.acs4j.emulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    void logsOneLinePerRequestWithActionStatusAndCode() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AcsEmulator emulator = EmulatorMain.start(new String[] {"--access-key-id", "CliKey",
                "--access-key-secret", "cli-secret"}, new PrintStream(bytes, true, "UTF-8"))) {
            RawClient client = new RawClient(emulator.endpoint(), "CliKey", "cli-secret");
            assertEquals(200, client.post("ListMessageContacts", "2022-04-19", params()).status);
            assertEquals(400, client.post("PutContact", "2019-01-01", params()).status);
            emulator.faults().throttleNext(1);
            assertEquals(429, client.post("DescribeContactList", "2019-01-01", params()).status);
            String[] lines = new String(bytes.toByteArray(), StandardCharsets.UTF_8).split("\n");
            String log = String.join("\n", Arrays.copyOfRange(lines, lines.length - 3, lines.length));
            assertTrue(log.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ListMessageContacts 200\n"
                    + "\\S+ PutContact 400 MissingParameter\n"
                    + "\\S+ DescribeContactList 429 Throttling.User"), log);
        }
    }

    @Test
    void quietLogsNoRequests() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AcsEmulator emulator = EmulatorMain.start(new String[] {"--quiet"}, new PrintStream(bytes, true, "UTF-8"))) {
            String banner = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            assertEquals(200, RawClient.of(emulator).post("ListMessageContacts", "2022-04-19", params()).status);
            assertEquals(banner, new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            assertTrue(banner.contains("AccessKey ID:     EmulatorKey"), banner); // random keys when none are given
        }
    }

    @Test
    void refusesBadOptions() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        assertEquals("unknown option --verbose.", assertThrows(IllegalArgumentException.class,
                () -> EmulatorMain.start(new String[] {"--verbose", "x"}, sink)).getMessage());
        assertEquals("--port needs a number, was 'eighty'.", assertThrows(IllegalArgumentException.class,
                () -> EmulatorMain.start(new String[] {"--port", "eighty"}, sink)).getMessage());
        assertEquals("--access-key-id and --access-key-secret go together (or leave both out for random keys).",
                assertThrows(IllegalArgumentException.class,
                        () -> EmulatorMain.start(new String[] {"--access-key-id", "AK"}, sink)).getMessage());
        assertNull(EmulatorMain.start(new String[] {"--help"}, sink));
    }
}
