package io.github.acs4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** A documented set of wire values, generated as a Java enum with {@code value()} and {@code fromValue}. */
final class EnumModel {
    String name;
    String javadoc = "";
    String source;
    final List<String[]> values = new ArrayList<>();

    List<String> wireValues() {
        List<String> out = new ArrayList<>();
        for (String[] v : values) {
            out.add(v[0]);
        }
        return out;
    }
}
