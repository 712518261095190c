/**
 * What every product client shares: its builder options.
 */
package io.github.acs4j.core.client;
