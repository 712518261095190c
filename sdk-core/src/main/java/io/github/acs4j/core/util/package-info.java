/**
 * Small helpers shared by every model: redaction of secrets and personal data, and {@code toString()}
 * building.
 */
package io.github.acs4j.core.util;
