package io.github.acs4j.roster.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acs4j.roster.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line against its embedded emulator: output for people and machines, exit codes. */
class RosterMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RosterMain.run(args, new PrintStream(out, true), new PrintStream(err, true));
    }

    private String out() {
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private String err() {
        return new String(err.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void applyWithTheEmulatorShowsPlanProgressAndSummaryAndASecondApplyWritesNothing() {
        assertEquals(RosterMain.OK, run("apply", "--emulator"), err());
        String text = out();
        assertTrue(text.matches("(?s).*\ncms +contact +Alice +update +phone: \\*\\*\\*09 -> \\*\\*\\*01\n.*"), text);
        assertTrue(text.matches("(?s).*\ncms +contact +NOC desk +unmanaged +not in the roster; kept \\(prune deletes it\\)\n.*"), text);
        assertTrue(text.contains("[ 1/12] cms contact Alice: update ok"), text);
        assertTrue(text.matches("(?s).*PRODUCT +CREATED +UPDATED +DELETED +UNCHANGED +UNMANAGED +FAILED +SKIPPED\n"
                + "cms +4 +1 +1 +0 +1 +0 +0\n.*"), text);
        assertTrue(text.contains("Apply succeeded: 12 steps, 12 write calls"), text);
        assertTrue(err().contains("a second apply sent 0"), err());
        assertFalse(text.contains("\u001b["), "no colours when not on a terminal");
        assertFalse(text.contains("alice@example.com") || text.contains("access_token=bob"), "masked: " + text);
    }

    @Test
    void jsonOutputIsOneDocumentOnStandardOutput() throws IOException {
        assertEquals(RosterMain.OK, run("apply", "--emulator", "--output", "json"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertTrue(json.get("succeeded").asBoolean());
        assertEquals(12, json.get("steps").size());
        assertEquals("update", json.get("plan").get("changes").get(0).get("action").asText());
        assertEquals("cms", json.get("summary").get(0).get("product").asText());
        assertTrue(err().contains("[ 1/12]"), "progress goes to standard error: " + err());
    }

    @Test
    void driftExitsWithThreeAndNamesTheDifferences() throws IOException {
        assertEquals(RosterMain.DRIFT, run("drift", "--emulator", "--output", "json"));
        JsonNode json = new ObjectMapper().readTree(out());
        assertTrue(json.get("drift").asBoolean());
        assertEquals(12, json.get("changes").size(), out());
    }

    @Test
    void planWritesNothingAndPruneIsShown() {
        assertEquals(RosterMain.OK, run("plan", "--emulator", "--prune"));
        assertTrue(out().matches("(?s).*\ncms +contact +NOC desk +delete +not in the roster \\(prune\\)\n.*"), out());
        assertTrue(out().contains("(prune)\n"), out());
    }

    @Test
    void exportWritesARosterThatLoads(@TempDir Path dir) {
        Path file = dir.resolve("exported.yaml");
        assertEquals(RosterMain.OK, run("export", "--emulator", "--out", file.toString()));
        Roster r = Roster.load(file);
        assertEquals(4, r.people().size(), r.toString()); // the seeded state: Alice, Dave, NOC desk, and Chen in Resource Directory
    }

    @Test
    void anInvalidRosterExitsWithTwoNamingLineAndFieldBeforeAnythingIsSent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("team.yaml");
        Files.write(file, "roster: t\npeople:\n  - name: A\n    email: nope\nproducts:\n  cms:\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(RosterMain.INVALID, run("apply", file.toString()));
        assertTrue(err().contains(file + ":4:12: people[0].email: must be an e-mail address"), err());
        assertEquals("", out());
    }

    @Test
    void aBadCommandLineExitsWithTwoAndTheUsage() {
        assertEquals(RosterMain.INVALID, run("deploy"));
        assertTrue(err().contains("unknown command deploy"), err());
        assertTrue(err().contains("usage: roster"), err());
        assertEquals(RosterMain.INVALID, run("plan"));
        assertEquals(RosterMain.INVALID, run("plan", "--output", "xml", "--emulator"));
    }
}
