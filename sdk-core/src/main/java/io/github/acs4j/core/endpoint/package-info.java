/**
 * Region to endpoint tables for each product.
 */
package io.github.acs4j.core.endpoint;
