package io.github.acs4j.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates one product's Java sources from its API model: models, operation table, readers, paging, clients,
 * exception, error-code constants and package documentation.
 * <p>
 * Command line: {@code Generator <output source root> <model.json>...}.
 */
public final class Generator {
    private Generator() {
    }

    /**
     * @param args the output source root, then one or more model files
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: Generator <output source root> <model.json>...");
        }
        File out = new File(args[0]);
        for (int i = 1; i < args.length; i++) {
            write(ModelLoader.load(new File(args[i])), out);
        }
    }

    /**
     * Generates a model's sources into a source root.
     *
     * @param model a loaded model
     * @param root the source root (e.g. {@code target/generated-sources/acs4j})
     * @return the files written, relative to the root
     */
    public static List<String> write(ApiModel model, File root) {
        List<String> written = new ArrayList<>();
        for (SourceFile f : generate(model)) {
            File target = new File(root, f.path());
            try {
                Files.createDirectories(target.getParentFile().toPath());
                Files.write(target.toPath(), f.render().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(f.path());
        }
        return written;
    }

    static List<SourceFile> generate(ApiModel model) {
        List<SourceFile> out = new ArrayList<>();
        out.addAll(new ModelClassGenerator(model).generate());
        out.addAll(new OperationsGenerator(model).generate());
        out.addAll(new ClientGenerator(model).generate());
        out.addAll(new WaiterGenerator(model).generate());
        out.addAll(new ErrorsGenerator(model).generate());
        return out;
    }
}
