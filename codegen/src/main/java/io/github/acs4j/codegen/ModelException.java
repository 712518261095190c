package io.github.acs4j.codegen;

/** A model that cannot be generated: the message names the file, the operation or shape, and the member. */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModelException(String file, String where, String problem) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }
}
