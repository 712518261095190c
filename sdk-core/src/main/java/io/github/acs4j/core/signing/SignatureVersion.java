package io.github.acs4j.core.signing;

/**
 * How a client signs its requests.
 */
public enum SignatureVersion {
    /** Classic RPC signature, HMAC-SHA1 over the parameters ({@code SignatureVersion=1.0}). The default. */
    V1,
    /** {@code ACS3-HMAC-SHA256} in the {@code Authorization} header. */
    V3
}
