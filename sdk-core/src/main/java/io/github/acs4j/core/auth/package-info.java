/**
 * Credentials and the providers that find them.
 */
package io.github.acs4j.core.auth;
