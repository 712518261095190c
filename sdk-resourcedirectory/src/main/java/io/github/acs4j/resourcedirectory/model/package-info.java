/**
 * Requests, responses and values of the Resource Directory message-contact operations.
 */
package io.github.acs4j.resourcedirectory.model;
