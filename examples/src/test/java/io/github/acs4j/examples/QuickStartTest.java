package io.github.acs4j.examples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's quick start compiles: it is {@code QuickStart.java} of this module word for word (the build
 * compiles that file; this test keeps the two the same), and its dependency block is the consumer project
 * that {@code distribution-tests} builds against the installed artifacts.
 */
class QuickStartTest {
    @Test
    void theReadmeQuickStartIsTheCompiledOne() throws Exception {
        assertEquals(read(Paths.get("src", "main", "java", "QuickStart.java")), quickStartBlock("java"));
    }

    @Test
    void theReadmeDependenciesAreTheConsumerProjectsThatTheBuildResolves() throws Exception {
        String readme = read(Paths.get("..", "README.md"));
        String block = quickStartBlock("xml");
        String consumerPom = read(Paths.get("..", "distribution-tests", "src", "it", "quickstart", "pom.xml"));
        String version = readme.substring(readme.indexOf("<version>") + "<version>".length(), readme.indexOf("</version>"));
        String expected = stripIndent(block.replace("<version>" + version + "</version>", "<version>@project.version@</version>"));
        assertTrue(stripIndent(consumerPom).contains(expected),
                "distribution-tests/src/it/quickstart/pom.xml (built in every verify) must hold the README's block:\n" + expected);
    }

    /** The first code block of that language in the README's quick start. */
    private static String quickStartBlock(String language) throws Exception {
        String readme = read(Paths.get("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Quick start"));
        String fence = "```" + language + "\n";
        int start = section.indexOf(fence) + fence.length();
        return section.substring(start, section.indexOf("```", start));
    }

    private static String stripIndent(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.trim().isEmpty()) {
                sb.append(line.trim()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String read(Path p) throws Exception {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
