package io.github.acs4j.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One API operation as data: its action, whether it may be repeated, how its request is checked and
 * written, which fields its success answer must carry, and how its response is read. Product modules
 * declare these; the pipeline runs them.
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
    private final List<String> requiredFields;
    private final WirePlacement placement;
    /** Personal and secret members from the API model (issue 12): wire name to kind. */
    private final Map<String, String> sensitiveMembers;
    /** Where a REST-style operation goes; null for RPC. Set only by {@link #roa} and {@link #copy}, before the operation is shared. */
    private RoaRoute<Q> roaRoute;
    /** Null, or when a request of a non-idempotent operation may be repeated after all (an update by ID). */
    private Predicate<? super Q> idempotentWhen;
    /** Whether an unset {@code RegionId} takes the client's region (set only on a fresh copy). */
    private boolean fillsRegionId;

    private Operation(ServiceDescriptor service, String action, boolean idempotent, Consumer<Q> validator,
                      BiConsumer<Q, ParameterWriter> marshaller, ResponseReader<R> reader, boolean signed,
                      List<String> requiredFields, WirePlacement placement, Map<String, String> sensitiveMembers) {
        this.placement = placement;
        this.sensitiveMembers = sensitiveMembers;
        this.signed = signed;
        this.requiredFields = requiredFields;
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
        return new Operation<>(service, action, idempotent, validator, marshaller, reader, true,
                Collections.<String>emptyList(), WirePlacement.POST_QUERY,
                Collections.<String, String>emptyMap());
    }

    /**
     * An operation that declares the fields its HTTP-200 answer must carry to count as a success. An answer
     * without one of them is an {@link io.github.acs4j.core.exception.IncompleteResponseException} naming the
     * field; it is not retried.
     *
     * @param service the product
     * @param action the {@code Action} parameter
     * @param idempotent whether repeating the call after it may have been processed is harmless
     * @param validator throws {@link io.github.acs4j.core.exception.AcsClientException} for bad input
     * @param marshaller writes the request's wire parameters
     * @param reader reads the success body
     * @param requiredFields what a success carries, from {@link #requires}
     * @param <Q> request type
     * @param <R> response type
     * @return the operation
     */
    public static <Q, R> Operation<Q, R> of(ServiceDescriptor service, String action, boolean idempotent,
                                            Consumer<Q> validator, BiConsumer<Q, ParameterWriter> marshaller,
                                            ResponseReader<R> reader, List<String> requiredFields) {
        return new Operation<>(service, action, idempotent, validator, marshaller, reader, true,
                Collections.unmodifiableList(new ArrayList<>(requiredFields)), WirePlacement.POST_QUERY,
                Collections.<String, String>emptyMap());
    }

    /**
     * The fields a success answer must carry, for {@link #of(ServiceDescriptor, String, boolean, Consumer,
     * BiConsumer, ResponseReader, List)}.
     *
     * @param wirePaths response fields as wire paths, nested names joined by dots (e.g. {@code RequestId},
     *     {@code Contact.ContactId}); a field counts as present when it is neither missing, JSON null nor
     *     blank text
     * @return the paths
     * @throws IllegalArgumentException for an empty path or one with an empty segment
     */
    public static List<String> requires(String... wirePaths) {
        for (String path : wirePaths) {
            if (path == null || path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
                throw new IllegalArgumentException("not a wire path: '" + path + "'");
            }
        }
        return Collections.unmodifiableList(Arrays.asList(wirePaths.clone()));
    }

    /**
     * A REST-style (ROA) operation: its method, path template and the writer that puts each request member
     * in the path, query, headers or JSON body. It is always signed with {@code ACS3-HMAC-SHA256}.
     *
     * @param service the product
     * @param action the action, sent in {@code x-acs-action}
     * @param idempotent whether repeating the call after it may have been processed is harmless (a POST that
     *     creates is not; GET, PATCH and DELETE are)
     * @param validator throws {@link io.github.acs4j.core.exception.AcsClientException} for bad input
     * @param route method, path template and request writer
     * @param reader reads the success body
     * @param requiredFields what a success carries, from {@link #requires} (e.g. {@code requestId})
     * @param <Q> request type
     * @param <R> response type
     * @return the operation
     */
    public static <Q, R> Operation<Q, R> roa(ServiceDescriptor service, String action, boolean idempotent,
                                             Consumer<Q> validator, RoaRoute<Q> route, ResponseReader<R> reader,
                                             List<String> requiredFields) {
        Operation<Q, R> op = new Operation<>(service, action, idempotent, validator, (q, w) -> {
            throw new IllegalStateException(action + " is a REST-style operation: it has no RPC parameters");
        }, reader, true, Collections.unmodifiableList(new ArrayList<>(requiredFields)), WirePlacement.POST_QUERY,
                Collections.<String, String>emptyMap());
        op.roaRoute = java.util.Objects.requireNonNull(route, "route");
        return op;
    }

    /** @return the method, path and writer of a REST-style operation, or null for an RPC one */
    public RoaRoute<Q> roaRoute() {
        return roaRoute;
    }

    /**
     * The same operation sent without credentials or signature (STS {@code AssumeRoleWithOIDC}, which
     * authenticates by the token it carries).
     *
     * @return an unsigned copy
     */
    public Operation<Q, R> unsigned() {
        return copy(false, placement, sensitiveMembers);
    }

    /**
     * The same operation, idempotent for the requests that pass {@code condition} and as declared for the
     * others: a create-or-update that creates without an ID (never repeated once it may have arrived) and
     * updates with one (repeated like any idempotent call).
     *
     * @param condition true for a request that may be repeated
     * @return a copy with the condition
     */
    public Operation<Q, R> idempotentWhen(Predicate<? super Q> condition) {
        Operation<Q, R> copy = copy(signed, placement, sensitiveMembers);
        copy.idempotentWhen = condition;
        return copy;
    }

    /**
     * @param request the request about to be sent
     * @return whether this request may be repeated after it may have been processed
     */
    public boolean idempotent(Q request) {
        return idempotent || idempotentWhen != null && idempotentWhen.test(request);
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

    /** @return the wire paths a success answer must carry (empty when none were declared) */
    public List<String> requiredFields() {
        return requiredFields;
    }

    private Operation<Q, R> copy(boolean signed, WirePlacement placement, Map<String, String> sensitiveMembers) {
        Operation<Q, R> copy = new Operation<>(service, action, idempotent, validator, marshaller, reader, signed,
                requiredFields, placement, sensitiveMembers);
        copy.roaRoute = roaRoute;
        copy.idempotentWhen = idempotentWhen; // set only on a fresh copy before it is published
        copy.fillsRegionId = fillsRegionId;
        return copy;
    }

    /**
     * The same operation with {@code RegionId} filled from the client's region when the request leaves it unset
     * ({@code clientDefault: region} in the model): for the operations that take a {@code RegionId}, in a product
     * whose other operations take none (ARMS's notification-center calls carry no {@code RegionId} in the
     * official SDK).
     *
     * @return a copy that fills {@code RegionId}
     */
    public Operation<Q, R> withClientRegion() {
        Operation<Q, R> copy = copy(signed, placement, sensitiveMembers);
        copy.fillsRegionId = true;
        return copy;
    }

    /** @return whether an unset {@code RegionId} is filled from the client's region for this operation */
    public boolean fillsRegionId() {
        return fillsRegionId || service.sendsRegionId();
    }

    /** @return the response reader */
    public ResponseReader<R> reader() {
        return reader;
    }

    /**
     * The request members whose values are personal or secret, by wire name, as the API model declares
     * them. Error messages and validation messages mask these values wherever they appear; every other
     * value stays readable.
     *
     * @param wireNameThenKind pairs: a wire name ({@code Channels.Mail}; {@code Members.N} for a flattened
     *     list, whose {@code Members.1}, {@code Members.2}, ... it covers) then its kind ({@code phone},
     *     {@code email}, {@code webhook}, {@code secret} or {@code text})
     * @return the members, in order
     * @throws IllegalArgumentException for an odd number of strings, or an empty name or kind
     */
    public static Map<String, String> sensitive(String... wireNameThenKind) {
        if (wireNameThenKind.length % 2 != 0) {
            throw new IllegalArgumentException("sensitive members come as pairs of wire name and kind");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < wireNameThenKind.length; i += 2) {
            String wire = wireNameThenKind[i];
            String kind = wireNameThenKind[i + 1];
            if (wire == null || wire.isEmpty() || kind == null || kind.isEmpty()) {
                throw new IllegalArgumentException("not a sensitive member: '" + wire + "' as '" + kind + "'");
            }
            out.put(wire, kind);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param members the request members whose values are personal or secret, from {@link #sensitive}
     * @return a copy of this operation that masks them in what error answers quote
     */
    public Operation<Q, R> withSensitiveMembers(Map<String, String> members) {
        return copy(signed, placement, Collections.unmodifiableMap(new LinkedHashMap<>(members)));
    }

    /** @return the request members whose values are personal or secret (wire name to kind); empty when none */
    public Map<String, String> sensitiveMembers() {
        return sensitiveMembers;
    }

    // --- HTTP method and parameter positions (issue 12) ---

    /**
     * The same operation sent by another HTTP method. RPC operations are sent by {@code POST} unless the
     * model says {@code GET}; a GET request has no body, so all its parameters travel in the URL query.
     *
     * @param httpMethod {@code POST} or {@code GET} (any case)
     * @return a copy with that method
     * @throws IllegalArgumentException for another method, or {@code GET} on an operation with body parameters
     */
    public Operation<Q, R> withHttpMethod(String httpMethod) {
        return copy(signed, placement.withMethod(httpMethod), sensitiveMembers);
    }

    /**
     * The same operation with these top-level wire parameters in the body ({@code position: body} in the
     * model); every other parameter is a query parameter. A flattened name ({@code X.1}, {@code X.Field})
     * belongs to its top-level {@code X}. Only the ACS3 signature follows the positions: V1 POST sends every
     * parameter in the form body whatever the positions say (the gateway merges query and form for RPC).
     *
     * @param topLevelWireNames wire names without a dot, e.g. {@code ContactIds}
     * @return a copy with these body parameters added
     * @throws IllegalArgumentException for a dotted or empty name, or any name on a {@code GET} operation
     */
    public Operation<Q, R> withBodyParameters(String... topLevelWireNames) {
        return copy(signed, placement.withBody(topLevelWireNames), sensitiveMembers);
    }

    /** @return {@code POST} (the default) or {@code GET} */
    public String httpMethod() {
        return placement.method;
    }

    /**
     * @param wireName a wire parameter, flattened or not ({@code ContactNames.1} belongs to {@code ContactNames})
     * @return whether the model puts it in the body
     */
    public boolean inBody(String wireName) {
        return placement.inBody(wireName);
    }

    /** @return the top-level wire names that go in the body (empty when all are query parameters) */
    public java.util.Set<String> bodyParameters() {
        return placement.bodyNames();
    }

    WirePlacement placement() {
        return placement;
    }
}
