/**
 * Requests and responses of the CloudMonitor contact operations.
 */
package io.github.acs4j.cms.model;
