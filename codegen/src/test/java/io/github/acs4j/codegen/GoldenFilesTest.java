package io.github.acs4j.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator's output for a small model ({@code models/pets-2020-01-01.json}) is exactly the files under
 * {@code golden/pets}. After an intended change to the generator, rewrite them with
 * {@code -Dcodegen.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    static final File MODEL = new File("src/test/resources/models/pets-2020-01-01.json");
    static final File GOLDEN = new File("src/test/resources/golden/pets");

    @Test
    void generatedFilesEqualTheGoldenFiles(@TempDir File out) throws IOException {
        List<String> written = Generator.write(ModelLoader.load(MODEL), out);
        if (Boolean.getBoolean("codegen.golden.update")) {
            deleteTree(GOLDEN.toPath());
            for (String path : written) {
                File target = new File(GOLDEN, path);
                Files.createDirectories(target.getParentFile().toPath());
                Files.copy(new File(out, path).toPath(), target.toPath());
            }
        }
        assertEquals(files(GOLDEN), new TreeSet<>(written), "the set of generated files");
        for (String path : written) {
            assertEquals(read(new File(GOLDEN, path)), read(new File(out, path)), path);
        }
    }

    @Test
    void generatedSourcesWithTheirHooksCompileCleanAsJava8(@TempDir File out) throws IOException {
        File src = new File(out, "src");
        Generator.write(ModelLoader.load(MODEL), src);
        String warnings = Compiled.compile(new File(out, "classes"), src, new File("src/test/resources/hooks"));
        assertTrue(warnings.isEmpty(), warnings);
    }

    @Test
    void theModelRunsTheGeneratorsTwiceToTheSameBytes(@TempDir File out) throws IOException {
        List<String> first = Generator.write(ModelLoader.load(MODEL), new File(out, "a"));
        Generator.write(ModelLoader.load(MODEL), new File(out, "b"));
        for (String path : first) {
            assertEquals(read(new File(out, "a/" + path)), read(new File(out, "b/" + path)), path);
        }
    }

    private static TreeSet<String> files(File root) throws IOException {
        try (Stream<Path> s = Files.walk(root.toPath())) {
            return s.filter(Files::isRegularFile).map(p -> root.toPath().relativize(p).toString()
                    .replace(File.separatorChar, '/')).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String read(File f) throws IOException {
        return new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
