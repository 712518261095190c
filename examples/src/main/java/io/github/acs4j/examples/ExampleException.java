package io.github.acs4j.examples;

/**
 * A problem an example reports to its user as one sentence (bad options, no credentials, an unknown
 * region, a failed call), never as a stack trace.
 */
public final class ExampleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param sentence what went wrong and what to do about it */
    public ExampleException(String sentence) {
        super(sentence);
    }
}
