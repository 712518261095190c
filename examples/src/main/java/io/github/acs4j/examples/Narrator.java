package io.github.acs4j.examples;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints what the examples do, one line per call: the step, the API action, what it did, and the
 * RequestId to quote to Alibaba Cloud support. Counts the calls for the closing summary.
 */
public final class Narrator {
    private final PrintStream out;
    private int step;
    private int calls;

    /** @param out where to print */
    public Narrator(PrintStream out) {
        this.out = out;
    }

    /**
     * @param title the section, e.g. a product
     */
    public void section(String title) {
        step = 0;
        out.println();
        out.println(title);
    }

    /**
     * Reports one call that succeeded.
     *
     * @param action the API action
     * @param what what it did, in words
     * @param requestId the answer's RequestId
     */
    public void call(String action, String what, String requestId) {
        calls++;
        out.println(String.format(Locale.ROOT, "  %2d. %-39s %-56s RequestId %s", ++step, action, what, requestId));
    }

    /**
     * Reports a call that failed as the example expected (to show the typed error).
     *
     * @param action the API action
     * @param what what was tried
     * @param errorCode the service's code
     * @param requestId the answer's RequestId
     */
    public void expectedError(String action, String what, String errorCode, String requestId) {
        calls++;
        out.println(String.format(Locale.ROOT, "  %2d. %-39s %-56s RequestId %s", ++step, action,
                what + " -> " + errorCode + " (as expected)", requestId));
    }

    /**
     * @param text a line of explanation
     */
    public void note(String text) {
        out.println("      " + text);
    }

    /**
     * @param text a closing line
     */
    public void summary(String text) {
        out.println("  => " + text);
    }

    /**
     * @param text a line printed as is
     */
    public void line(String text) {
        out.println(text);
    }

    /** @return how many calls were reported */
    public int calls() {
        return calls;
    }
}
