package io.github.acs4j.core.endpoint;

import io.github.acs4j.core.exception.AcsClientException;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which host serves a product in each region. Resolution fails fast, listing the known regions.
 */
public final class EndpointTable {
    private final String product;
    private final Map<String, String> hostByRegion;

    private EndpointTable(String product, Map<String, String> hostByRegion) {
        this.product = product;
        this.hostByRegion = Collections.unmodifiableMap(new TreeMap<>(hostByRegion));
    }

    /**
     * @param product product name for messages
     * @param hostByRegion host name per region ID
     * @return the table
     */
    public static EndpointTable of(String product, Map<String, String> hostByRegion) {
        return new EndpointTable(product, hostByRegion);
    }

    /**
     * @param regionId e.g. {@code cn-hangzhou}
     * @return {@code https://} plus the region's host
     * @throws AcsClientException for an unknown region, listing the known ones
     */
    public URI resolve(String regionId) {
        if (regionId == null || regionId.isEmpty()) {
            throw new AcsClientException("No region set for " + product
                    + ": call region(...) on the client builder (known regions: " + hostByRegion.keySet()
                    + ") or endpointOverride(...).");
        }
        String host = hostByRegion.get(regionId);
        if (host == null) {
            throw new AcsClientException("Unknown region '" + regionId + "' for " + product + "; known regions: "
                    + hostByRegion.keySet() + ". For another endpoint use endpointOverride(...).");
        }
        return URI.create("https://" + host);
    }

    /** @return host name per region, sorted by region */
    public Map<String, String> hostByRegion() {
        return hostByRegion;
    }

    /** @return the product name */
    public String product() {
        return product;
    }
}
