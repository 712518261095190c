/**
 * Requests and responses of the ARMS alert-contact operations.
 */
package io.github.acs4j.arms.model;
