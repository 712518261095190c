package io.github.acs4j.codegen;

/**
 * A hand-written class the model points at for a quirk the model cannot say: {@code validator} (an extra
 * check, {@code static Validation check(Request, Validation)}) or {@code reader} (reads a whole success body,
 * {@code static Response read(JsonNode, ResponseMetadata)}).
 */
final class Hook {
    String name;
    String className;
    String kind;
    String why;

    String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
