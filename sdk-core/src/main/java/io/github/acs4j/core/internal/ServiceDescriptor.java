package io.github.acs4j.core.internal;

import io.github.acs4j.core.endpoint.EndpointTable;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.exception.ServiceError;
import io.github.acs4j.core.signing.SignatureVersion;

import java.util.function.BiFunction;

/**
 * What the pipeline needs to know about a product: its name, API version, endpoints, exception type and
 * its wire quirks.
 */
public final class ServiceDescriptor {
    private final String name;
    private final String apiVersion;
    private final EndpointTable endpoints;
    private final BiFunction<ServiceError, String, AcsServiceException> exceptionFactory;
    private final boolean failureCodeInSuccessfulStatus;
    private final boolean sendsRegionId;
    private final SignatureVersion defaultSignature;

    /**
     * @param name product name used in messages, e.g. {@code Cms}
     * @param apiVersion the {@code Version} parameter
     * @param endpoints region to host table
     * @param exceptionFactory builds the product's exception from an error answer and a diagnosis
     * @param failureCodeInSuccessfulStatus whether an HTTP 200 answer can carry a failure in {@code Code}
     *     (CloudMonitor does: any {@code Code} other than {@code 200}, or {@code Success=false})
     * @param sendsRegionId whether every call carries {@code RegionId}, filled from the client's region
     *     unless the request sets it
     */
    public ServiceDescriptor(String name, String apiVersion, EndpointTable endpoints,
                             BiFunction<ServiceError, String, AcsServiceException> exceptionFactory,
                             boolean failureCodeInSuccessfulStatus, boolean sendsRegionId) {
        this(name, apiVersion, endpoints, exceptionFactory, failureCodeInSuccessfulStatus, sendsRegionId,
                SignatureVersion.V1);
    }

    /**
     * A product whose clients sign with {@code defaultSignature} unless their builder names another.
     *
     * @param name product name used in messages, e.g. {@code Cms}
     * @param apiVersion the {@code Version} parameter
     * @param endpoints region to host table
     * @param exceptionFactory builds the product's exception from an error answer and a diagnosis
     * @param failureCodeInSuccessfulStatus whether an HTTP 200 answer can carry a failure in {@code Code}
     * @param sendsRegionId whether every call carries {@code RegionId}
     * @param defaultSignature how the product's clients sign when the builder does not say (the official
     *     SDK's choice: V3 for CloudMonitor and Resource Directory, V1 for ARMS)
     */
    public ServiceDescriptor(String name, String apiVersion, EndpointTable endpoints,
                             BiFunction<ServiceError, String, AcsServiceException> exceptionFactory,
                             boolean failureCodeInSuccessfulStatus, boolean sendsRegionId,
                             SignatureVersion defaultSignature) {
        if (defaultSignature == null) {
            throw new IllegalArgumentException("defaultSignature is null");
        }
        this.defaultSignature = defaultSignature;
        this.name = name;
        this.apiVersion = apiVersion;
        this.endpoints = endpoints;
        this.exceptionFactory = exceptionFactory;
        this.failureCodeInSuccessfulStatus = failureCodeInSuccessfulStatus;
        this.sendsRegionId = sendsRegionId;
    }

    /** @return the product name */
    public String name() {
        return name;
    }

    /** @return the API version */
    public String apiVersion() {
        return apiVersion;
    }

    /** @return the endpoint table */
    public EndpointTable endpoints() {
        return endpoints;
    }

    /**
     * @param e the error
     * @param diagnosis the client's diagnosis, or null
     * @return the product's exception for it
     */
    public AcsServiceException exception(ServiceError e, String diagnosis) {
        return exceptionFactory.apply(e, diagnosis);
    }

    /** @return whether HTTP 200 answers may carry a failure code */
    public boolean failureCodeInSuccessfulStatus() {
        return failureCodeInSuccessfulStatus;
    }

    /** @return whether calls carry {@code RegionId} */
    public boolean sendsRegionId() {
        return sendsRegionId;
    }

    /** @return how clients of the product sign unless their builder names a signature version */
    public SignatureVersion defaultSignature() {
        return defaultSignature;
    }
}
