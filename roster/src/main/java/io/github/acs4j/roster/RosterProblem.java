package io.github.acs4j.roster;

/** One thing wrong in a roster file: where it is, which field, and which rule it breaks. Immutable. */
public final class RosterProblem {
    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String rule;

    /**
     * @param file the file (or source) name
     * @param line 1-based line
     * @param column 1-based column
     * @param field the field's path, e.g. {@code people[2].email}
     * @param rule the rule broken, with the (masked) value
     */
    public RosterProblem(String file, int line, int column, String field, String rule) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.rule = rule;
    }

    /** @return the file (or source) name */
    public String file() {
        return file;
    }

    /** @return the 1-based line */
    public int line() {
        return line;
    }

    /** @return the 1-based column */
    public int column() {
        return column;
    }

    /** @return the field's path, e.g. {@code people[2].email} */
    public String field() {
        return field;
    }

    /** @return the rule broken */
    public String rule() {
        return rule;
    }

    /** @return {@code file:line:column: field: rule} */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + field + ": " + rule;
    }
}
