package io.github.acs4j.roster.cli;

import io.github.acs4j.roster.ChangeAction;
import io.github.acs4j.roster.StepOutcome;

/** ANSI colours, used only when writing to a terminal (and NO_COLOR is not set). */
final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean on;

    Style(boolean on) {
        this.on = on;
    }

    static boolean terminal(boolean disabled) {
        return !disabled && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    String action(ChangeAction a, String text) {
        switch (a) {
            case CREATE:
                return paint("32", text);
            case UPDATE:
                return paint("33", text);
            case DELETE:
                return paint("31", text);
            default:
                return paint("2", text);
        }
    }

    String outcome(StepOutcome o, String text) {
        return paint(o == StepOutcome.OK ? "32" : "31", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return on ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
