package io.github.acs4j.codegen;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compiles generated sources against sdk-core (the test class path) the way the product modules build. */
final class Compiled {
    private Compiled() {
    }

    /**
     * Compiles every {@code .java} file under the roots into {@code out}, as Java 8 bytecode, with every lint
     * and public Javadoc check on; returns the compiler's output, which is empty when all is clean.
     */
    static String compile(File out, File... roots) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(Arrays.asList("--release", "8", "-Xlint:all,-options,-processing",
                "-Xdoclint:all/public", "-Xpkginfo:always", "-Werror", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", out.getPath()));
        Files.createDirectories(out.toPath());
        for (File root : roots) {
            try (Stream<Path> files = Files.walk(root.toPath())) {
                args.addAll(files.filter(p -> p.toString().endsWith(".java")).map(Path::toString)
                        .collect(Collectors.toList()));
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(new String[0]));
        String text = err.toString("UTF-8");
        if (rc != 0) {
            throw new AssertionError("generated sources do not compile:\n" + text);
        }
        return text;
    }

    /**
     * Generates the models into {@code root/src}, compiles them with the extra source roots (drivers, hooks)
     * into {@code root/classes} and loads them beside the test class path.
     */
    static ClassLoader generatedAndLoaded(File root, List<File> models, File... extraRoots) throws IOException {
        File src = new File(root, "src");
        for (File m : models) {
            Generator.write(ModelLoader.load(m), src);
        }
        File classes = new File(root, "classes");
        List<File> roots = new ArrayList<>(Arrays.asList(extraRoots));
        roots.add(0, src);
        compile(classes, roots.toArray(new File[0]));
        return new URLClassLoader(new URL[] {classes.toURI().toURL()}, Compiled.class.getClassLoader());
    }
}
