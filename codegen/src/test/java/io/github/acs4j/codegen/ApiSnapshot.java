package io.github.acs4j.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of compiled classes as {@code Class#member} lines, read with {@code javap -public}: the same
 * lines the project's {@code apisnap.py} writes, so the two lists compare directly.
 */
final class ApiSnapshot {
    private static final Pattern TYPE = Pattern.compile("(?:public |abstract |final |static )*(?:class|interface|enum) ([\\w.$]+).*");
    private static final Pattern MODIFIERS = Pattern.compile("\\b(final|abstract|native|synchronized|default) ");

    private ApiSnapshot() {
    }

    static TreeSet<String> of(File classes) throws IOException, InterruptedException {
        List<String> names;
        try (Stream<Path> files = Files.walk(classes.toPath())) {
            names = files.map(p -> classes.toPath().relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.matches(".*\\$\\d.*") && !n.contains("/internal/"))
                    .map(n -> n.substring(0, n.length() - 6).replace(File.separatorChar, '.'))
                    .sorted().collect(Collectors.toList());
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(new File(System.getProperty("java.home"), "bin/javap").getPath());
        cmd.add("-public");
        cmd.add("-cp");
        cmd.add(classes.getPath());
        cmd.addAll(names);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = read(p.getInputStream());
        p.waitFor();
        TreeSet<String> out = new TreeSet<>();
        String cls = null;
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            Matcher m = TYPE.matcher(line);
            if (m.matches()) {
                cls = m.group(1);
                out.add(cls + "#");
            } else if (cls != null && line.endsWith(";") && line.startsWith("public")) {
                out.add(cls + "#" + MODIFIERS.matcher(line.substring(0, line.length() - 1)).replaceAll(""));
            }
        }
        return out;
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            b.write(buf, 0, n);
        }
        return new String(b.toByteArray(), StandardCharsets.UTF_8);
    }
}
