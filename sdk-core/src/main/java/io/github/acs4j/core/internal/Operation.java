package io.github.acs4j.core.internal;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One API operation as data: its action, whether it may be repeated, how its request is checked and
 * written, and how its response is read. Product modules declare these; the pipeline runs them.
 *
 * @param <Q> request type
 * @param <R> response type
 */
public final class Operation<Q, R> {
    private final ServiceDescriptor service;
    private final String action;
    private final boolean idempotent;
    private final Consumer<Q> validator;
    private final BiConsumer<Q, ParameterWriter> marshaller;
    private final ResponseReader<R> reader;
    private final boolean signed;

    private Operation(ServiceDescriptor service, String action, boolean idempotent, Consumer<Q> validator,
                      BiConsumer<Q, ParameterWriter> marshaller, ResponseReader<R> reader, boolean signed) {
        this.signed = signed;
        this.service = service;
        this.action = action;
        this.idempotent = idempotent;
        this.validator = validator;
        this.marshaller = marshaller;
        this.reader = reader;
    }

    /**
     * @param service the product
     * @param action the {@code Action} parameter
     * @param idempotent whether repeating the call after it may have been processed is harmless
     * @param validator throws {@link io.github.acs4j.core.exception.AcsClientException} for bad input
     * @param marshaller writes the request's wire parameters
     * @param reader reads the success body
     * @param <Q> request type
     * @param <R> response type
     * @return the operation
     */
    public static <Q, R> Operation<Q, R> of(ServiceDescriptor service, String action, boolean idempotent,
                                            Consumer<Q> validator, BiConsumer<Q, ParameterWriter> marshaller,
                                            ResponseReader<R> reader) {
        return new Operation<>(service, action, idempotent, validator, marshaller, reader, true);
    }

    /**
     * The same operation sent without credentials or signature (STS {@code AssumeRoleWithOIDC}, which
     * authenticates by the token it carries).
     *
     * @return an unsigned copy
     */
    public Operation<Q, R> unsigned() {
        return new Operation<>(service, action, idempotent, validator, marshaller, reader, false);
    }

    /** @return whether requests carry credentials and a signature */
    public boolean signed() {
        return signed;
    }

    /** @return the product */
    public ServiceDescriptor service() {
        return service;
    }

    /** @return the action name */
    public String action() {
        return action;
    }

    /** @return whether the operation is idempotent */
    public boolean idempotent() {
        return idempotent;
    }

    /** @param request the request to check */
    public void validate(Q request) {
        validator.accept(request);
    }

    /**
     * @param request the request
     * @param writer where its parameters go
     */
    public void marshal(Q request, ParameterWriter writer) {
        marshaller.accept(request, writer);
    }

    /** @return the response reader */
    public ResponseReader<R> reader() {
        return reader;
    }
}
