package io.github.acs4j.core.endpoint;

import io.github.acs4j.core.exception.AcsClientException;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CloudMonitor 2.0 resolves each region to {@code metrics.<region>.aliyuncs.com}, as the official SDKs' map
 * does; a region outside the table fails fast naming the known ones instead of guessing a host. Resolution
 * only: nothing is sent.
 */
class Cms2EndpointsTest {
    @Test
    void listedRegionsResolveToTheMetricsHost() {
        assertEquals(URI.create("https://metrics.cn-hangzhou.aliyuncs.com"), Endpoints.CMS_2.resolve("cn-hangzhou"));
        assertEquals(URI.create("https://metrics.ap-southeast-1.aliyuncs.com"), Endpoints.CMS_2.resolve("ap-southeast-1"));
        assertEquals(URI.create("https://metrics.cn-north-2-gov-1.aliyuncs.com"),
                Endpoints.CMS_2.resolve("cn-north-2-gov-1"));
        assertTrue(Endpoints.CMS_2.hostByRegion().keySet().containsAll(Endpoints.CMS.hostByRegion().keySet()));
    }

    @Test
    void anUnlistedRegionFailsNamingTheKnownOnes() {
        AcsClientException e = assertThrows(AcsClientException.class, () -> Endpoints.CMS_2.resolve("xx-nowhere-1"));
        assertTrue(e.getMessage().startsWith("Unknown region 'xx-nowhere-1' for Cms 2.0; known regions: ["), e.getMessage());
        assertTrue(e.getMessage().contains("endpointOverride"), e.getMessage());
    }
}
