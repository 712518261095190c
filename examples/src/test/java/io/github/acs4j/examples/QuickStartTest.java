package io.github.acs4j.examples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's quick start compiles: it is {@code QuickStart.java} of this module word for word (the build
 * compiles that file; this test keeps the two the same).
 */
class QuickStartTest {
    @Test
    void theReadmeQuickStartIsTheCompiledOne() throws Exception {
        String readme = read(Paths.get("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Quick start"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String block = section.substring(start, section.indexOf("```", start));
        assertEquals(read(Paths.get("src", "main", "java", "QuickStart.java")), block);
    }

    private static String read(Path p) throws Exception {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
