package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One generated Java file: its package, the imports the body asked for, and the body lines. Imports are
 * written project first, then {@code java.*}, each group sorted, as the hand-written sources do.
 */
final class SourceFile {
    final String packageName;
    final String simpleName;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder();
    private String packageDoc;

    SourceFile(String packageName, String simpleName) {
        this.packageName = packageName;
        this.simpleName = simpleName;
    }

    /** A {@code package-info.java} holding the package's Javadoc. */
    static SourceFile packageInfo(String packageName, String doc) {
        SourceFile f = new SourceFile(packageName, "package-info");
        f.packageDoc = doc;
        return f;
    }

    /** Records an import unless the class is in this file's package. */
    SourceFile use(String qualified) {
        String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
        if (!pkg.equals(packageName) && !pkg.equals("java.lang")) {
            imports.add(qualified);
        }
        return this;
    }

    /** Appends one line (the text already indented); no argument appends an empty line. */
    SourceFile line(String... text) {
        for (String t : text) {
            body.append(t);
        }
        body.append('\n');
        return this;
    }

    /** Writes a Javadoc block at the given indent, one paragraph line per model line. */
    SourceFile javadoc(String indent, String... lines) {
        List<String> all = new ArrayList<>();
        for (String l : lines) {
            if (l == null || l.isEmpty()) {
                continue;
            }
            for (String s : l.split("\n")) {
                all.add(s);
            }
        }
        if (all.size() == 1 && all.get(0).length() + indent.length() < 110 && !all.get(0).startsWith("@")) {
            return line(indent, "/** ", all.get(0), " */");
        }
        line(indent, "/**");
        boolean pre = false;
        for (String s : all) {
            pre |= s.contains("<pre>");
            for (String part : pre ? java.util.Collections.singletonList(s) : wrap(s, 115 - indent.length() - 3)) {
                line(indent, part.isEmpty() ? " *" : " * " + part);
            }
            pre &= !s.contains("</pre>");
        }
        return line(indent, " */");
    }

    /** Breaks prose at spaces so no line is longer than {@code width}; a longer word stays whole. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cur.length() == 0 ? "" : " ").append(word);
        }
        out.add(cur.toString());
        return out;
    }

    /** The path of the file below a source root, e.g. {@code io/github/acs4j/cms/CmsClient.java}. */
    String path() {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }

    String render() {
        if (packageDoc != null) {
            return "/**\n * " + packageDoc + "\n */\npackage " + packageName + ";\n";
        }
        StringBuilder out = new StringBuilder("package ").append(packageName).append(";\n\n");
        boolean any = false;
        for (String i : imports) {
            if (!i.startsWith("java.")) {
                out.append("import ").append(i).append(";\n");
                any = true;
            }
        }
        boolean javaGroup = false;
        for (String i : imports) {
            if (i.startsWith("java.")) {
                if (!javaGroup && any) {
                    out.append('\n');
                }
                javaGroup = true;
                out.append("import ").append(i).append(";\n");
            }
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        return out.append(body).toString();
    }
}
