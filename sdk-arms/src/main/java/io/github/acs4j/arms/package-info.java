/**
 * ARMS client: legacy alert contacts (API 2019-08-08).
 */
package io.github.acs4j.arms;
