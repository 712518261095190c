package io.github.acs4j.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Java snippet in the README can be pasted: each acs4j type it names is imported in the snippet (or
 * written out in full), so a reader never has to guess a package.
 */
class ReadmeSnippetsTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");

    @Test
    void everyAcs4jTypeInASnippetIsImported() throws IOException {
        Set<String> acs4jTypes = acs4jTypeNames();
        assertTrue(acs4jTypes.contains("CmsClient") && acs4jTypes.contains("AcsEmulator"), acs4jTypes.toString());
        String readme = new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
        Matcher block = JAVA_BLOCK.matcher(readme.replace("\r\n", "\n"));
        List<String> missing = new ArrayList<>();
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String code = block.group(1);
            Matcher name = TYPE_NAME.matcher(code);
            Set<String> seen = new TreeSet<>();
            while (name.find()) {
                String type = name.group();
                boolean named = code.contains("." + type + ";") || code.matches("(?s).*io\\.github\\.acs4j\\.[a-z.]*\\." + type + "\\b.*");
                if (acs4jTypes.contains(type) && !named && seen.add(type)) {
                    missing.add("snippet " + blocks + " uses " + type + " without importing it");
                }
            }
        }
        assertTrue(blocks >= 6, "found only " + blocks + " Java snippets in the README");
        assertEquals(new ArrayList<String>(), missing);
    }

    /** The simple names of the types in the published modules' main sources, hand-written or generated. */
    private static Set<String> acs4jTypeNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String module : new String[] {"sdk-core", "sdk-cms", "sdk-cms2", "sdk-arms", "sdk-resourcedirectory", "sdk-emulator"}) {
            // the product modules' main sources are generated from their API models (codegen) into target
            Path handWritten = Paths.get("..", module, "src", "main", "java");
            Path root = Files.isDirectory(handWritten) ? handWritten
                    : Paths.get("..", module, "target", "generated-sources", "acs4j");
            try (Stream<Path> files = Files.walk(root)) {
                names.addAll(files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
                        .map(f -> f.substring(0, f.length() - ".java".length()))
                        .collect(Collectors.toList()));
            }
        }
        return names;
    }
}
