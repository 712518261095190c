package io.github.acs4j.distribution;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's {@code java -jar sdk-emulator-<version>-standalone.jar --port ... --access-key-id AK
 * --access-key-secret SK}: run as a separate JVM, it serves an acs4j client with those keys, logs the request,
 * and stops cleanly when told to (SIGTERM, like Ctrl+C, runs its shutdown hook).
 */
class StandaloneEmulatorTest {
    private static final long WAIT_MILLIS = 30_000;

    @Test
    void runsFromTheStandaloneJarWithTheGivenKeysLogsRequestsAndStopsCleanly(@TempDir Path dir) throws Exception {
        File jar = new File(System.getProperty("acs4j.standaloneEmulator"));
        assumeTrue(jar.isFile(), "the standalone jar is built at package: run `mvn verify` (looked for " + jar + ")");
        try (JarFile file = new JarFile(jar)) {
            assertEquals("io.github.acs4j.emulator.EmulatorMain", file.getManifest().getMainAttributes().getValue("Main-Class"));
            assertNull(file.getEntry("okhttp3/OkHttpClient.class"), "the server needs no HTTP client");
        }
        // the output goes to a file: reading a pipe while the process exits can fail with "Stream closed"
        Path output = dir.resolve("emulator.out");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process emulator = new ProcessBuilder(java, "-jar", jar.getPath(), "--port", "0",
                "--access-key-id", "AK", "--access-key-secret", "SK")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String first = awaitLine(output, "acs4j emulator listening on http://127\\.0\\.0\\.1:\\d+");
            URI endpoint = URI.create(first.substring(first.indexOf("http://")));
            awaitLine(output, "  AccessKey ID:     AK");
            awaitLine(output, "  AccessKey secret: SK");
            try (CmsClient cms = CmsClient.builder().region("cn-hangzhou").endpointOverride(endpoint)
                    .credentialsProvider(StaticCredentialsProvider.create("AK", "SK")).build()) {
                cms.putContact(c -> c.contactName("Alice").describe("on-call").channelsMail("alice@example.com"));
            }
            awaitLine(output, "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} PutContact 200");
            emulator.destroy();
            assertTrue(emulator.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the emulator did not stop");
            awaitLine(output, "acs4j emulator stopped\\.");
        } finally {
            emulator.destroyForcibly();
        }
    }

    /** The first line of the output matching {@code regex}, waiting for it to be written. */
    private static String awaitLine(Path output, String regex) throws IOException, InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<String> lines;
        do {
            lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (pattern.matcher(line).matches()) {
                    return line;
                }
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no line matching " + regex + " in the emulator's output: " + lines);
    }
}
