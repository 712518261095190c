package io.github.acs4j.bench.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One contender: its module (whose build wrote {@code target/runtime-classpath.txt}), its main class, and
 * what its runtime classpath weighs without the benchmark's own harness.
 */
final class ContenderSpec {
    final String name;
    final String mainClass;
    final String classpath;
    final List<File> runtimeEntries;

    private ContenderSpec(String name, String mainClass, String classpath, List<File> runtimeEntries) {
        this.name = name;
        this.mainClass = mainClass;
        this.classpath = classpath;
        this.runtimeEntries = runtimeEntries;
    }

    /**
     * @param listOnly name fragments of classpath entries the contender needs only for the list scenarios:
     *     left out of its runtime weight, which is PutContact's
     */
    static ContenderSpec of(File benchmarks, String module, String name, String mainClass, List<String> listOnly)
            throws IOException {
        File dir = new File(benchmarks, module);
        File cpFile = new File(dir, "target/runtime-classpath.txt");
        if (!cpFile.isFile()) {
            throw new IllegalStateException(cpFile + " is missing: build first (see the README's benchmark command)");
        }
        String cp = new String(Files.readAllBytes(cpFile.toPath()), StandardCharsets.UTF_8).trim();
        List<File> runtime = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isEmpty() && !e.contains("benchmark-harness") && !e.replace('\\', '/').contains("benchmarks/harness")
                    && !listOnly(e, listOnly)) {
                runtime.add(new File(e));
            }
        }
        String full = new File(dir, "target/classes").getAbsolutePath() + File.pathSeparator + cp;
        return new ContenderSpec(name, mainClass, full, Collections.unmodifiableList(runtime));
    }

    private static boolean listOnly(String entry, List<String> fragments) {
        for (String f : fragments) {
            if (entry.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** @return jars (a reactor module not packaged yet counts as one, by its class files) */
    int runtimeJars() {
        return runtimeEntries.size();
    }

    double runtimeMiB() {
        long bytes = 0;
        for (File f : runtimeEntries) {
            bytes += size(f);
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static long size(File f) {
        if (f.isFile()) {
            return f.length();
        }
        long total = 0;
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                total += size(c);
            }
        }
        return total;
    }
}
