/**
 * The base types of every acs4j response.
 */
package io.github.acs4j.core;
