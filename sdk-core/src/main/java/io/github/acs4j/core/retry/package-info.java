/**
 * Retry strategy and backoff.
 */
package io.github.acs4j.core.retry;
