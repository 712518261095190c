package io.github.acs4j.roster.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table aligned on the text's width; cells may carry colour codes, which take no width. The last column is
 * not padded.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    String render() {
        int columns = 0;
        for (String[] r : rows) {
            columns = Math.max(columns, r.length);
        }
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], visible(r[i]).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "" : r[i];
                line.append(cell);
                if (i < r.length - 1) {
                    for (int pad = visible(cell).length(); pad < width[i] + 2; pad++) {
                        line.append(' ');
                    }
                }
            }
            sb.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        return sb.toString();
    }

    private static String visible(String s) {
        return s == null ? "" : s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
