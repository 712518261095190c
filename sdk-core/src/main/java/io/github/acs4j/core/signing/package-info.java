/**
 * Request signing: the RFC 3986 encoder, the RPC V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256) algorithms.
 * Pure functions, checked against Alibaba's published vectors.
 */
package io.github.acs4j.core.signing;
