/**
 * The exceptions acs4j throws: {@link io.github.acs4j.core.exception.AcsClientException} when no usable
 * answer came back, {@link io.github.acs4j.core.exception.AcsServiceException} when the service answered
 * with an error.
 */
package io.github.acs4j.core.exception;
