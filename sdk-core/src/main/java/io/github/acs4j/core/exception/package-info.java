/**
 * The exceptions acs4j throws: {@link io.github.acs4j.core.exception.AcsClientException} when no usable
 * answer came back (its {@link io.github.acs4j.core.exception.IncompleteResponseException} when an HTTP-200
 * answer lacks what a success carries), {@link io.github.acs4j.core.exception.AcsServiceException} when the
 * service answered with an error.
 */
package io.github.acs4j.core.exception;
