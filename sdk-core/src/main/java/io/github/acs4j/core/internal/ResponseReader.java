package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.ResponseMetadata;

/**
 * Turns a successful JSON body into a typed response.
 *
 * @param <R> the response type
 */
@FunctionalInterface
public interface ResponseReader<R> {
    /**
     * @param body the parsed body
     * @param metadata RequestId, status and attempts of the exchange
     * @return the response
     */
    R read(JsonNode body, ResponseMetadata metadata);
}
