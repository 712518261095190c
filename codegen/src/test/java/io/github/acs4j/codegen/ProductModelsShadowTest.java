package io.github.acs4j.codegen;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shadow check before wiring: the three product models generate sources that compile against sdk-core and
 * whose public API holds every type and member of the hand-written modules as of commit 1d1fa2d
 * ({@code public-api-products-1d1fa2d.txt}, the list {@code apisnap.py} made). The product modules are not
 * touched; the sources land in {@code target/shadow}, with the difference in {@code target/shadow/api-diff.txt}.
 */
class ProductModelsShadowTest {
    static final String[] MODELS = {
        "../sdk-cms/src/main/api/cms-2019-01-01.json",
        "../sdk-arms/src/main/api/arms-2019-08-08.json",
        "../sdk-resourcedirectory/src/main/api/resourcedirectory-2022-04-19.json",
    };

    /** Operations per model, in MODELS order: the 23 of issue 12, then ARMS's contact surface of issue 13. */
    static final int[] OPERATIONS = {7, 23, 12};

    @Test
    void theThreeModelsHoldEveryOperation() {
        for (int i = 0; i < MODELS.length; i++) {
            assertEquals(OPERATIONS[i], ModelLoader.load(new File(MODELS[i])).operationCount(), MODELS[i]);
        }
    }

    @Test
    void generatedProductsKeepEveryPublicMemberOfTheHandWrittenModules() throws Exception {
        File shadow = new File("target/shadow");
        File src = new File(shadow, "src");
        for (String m : MODELS) {
            Generator.write(ModelLoader.load(new File(m)), src);
        }
        String warnings = Compiled.compile(new File(shadow, "classes"), src);
        assertTrue(warnings.isEmpty(), warnings);

        TreeSet<String> before = snapshotResource("public-api-products-1d1fa2d.txt");
        TreeSet<String> now = ApiSnapshot.of(new File(shadow, "classes"));
        List<String> missing = new ArrayList<>();
        for (String line : before) {
            if (!now.contains(line)) {
                missing.add(line);
            }
        }
        List<String> added = new ArrayList<>();
        for (String line : now) {
            if (!before.contains(line)) {
                added.add(line);
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("kept ").append(before.size() - missing.size()).append('/').append(before.size())
                .append(" public members of the hand-written snapshot; ").append(added.size()).append(" added\n");
        for (String m : missing) {
            report.append("missing: ").append(m).append('\n');
        }
        for (String a : added) {
            report.append("added: ").append(a).append('\n');
        }
        Files.write(new File(shadow, "api-diff.txt").toPath(), report.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(new ArrayList<String>(), missing, report.toString());
    }

    private static TreeSet<String> snapshotResource(String name) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (InputStream in = ProductModelsShadowTest.class.getResourceAsStream("/" + name);
             Scanner s = new Scanner(in, "UTF-8")) {
            while (s.hasNextLine()) {
                String line = s.nextLine();
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
