package io.github.acs4j.core.endpoint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public endpoints of the products acs4j covers, from Alibaba's endpoint documentation and API
 * metadata (see {@code ../shared/api/spec.md} at the time of writing).
 */
public final class Endpoints {
    private static final List<String> CMS_REGIONS = Arrays.asList(
            "cn-qingdao", "cn-beijing", "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu", "cn-hangzhou",
            "cn-shanghai", "cn-nanjing", "cn-fuzhou", "cn-shenzhen", "cn-heyuan", "cn-guangzhou", "cn-chengdu",
            "cn-hongkong", "cn-zhengzhou-jva", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1",
            "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
            "ap-south-1", "us-west-1", "us-east-1", "us-southeast-1", "na-south-1", "eu-central-1", "eu-west-1",
            "me-east-1", "me-central-1");

    /** CloudMonitor: {@code metrics.<region>.aliyuncs.com}. */
    public static final EndpointTable CMS = EndpointTable.of("Cms", pattern(CMS_REGIONS, "metrics.%s.aliyuncs.com"));

    /**
     * CloudMonitor 2.0 (Cms API 2024-03-30, REST-style): {@code metrics.<region>.aliyuncs.com}, the host the
     * official SDKs map each region to since 2026-07, for the CloudMonitor regions plus {@code cn-north-2-gov-1}.
     * Other regions fail fast naming these: the runtime's fallback for them ({@code cms.<region>.aliyuncs.com})
     * is not documented as a 2.0 host, so guessing it could send calls to a host that does not serve them;
     * {@code endpointOverride} reaches any other host.
     */
    public static final EndpointTable CMS_2 = EndpointTable.of("Cms 2.0",
            pattern(cms2Regions(), "metrics.%s.aliyuncs.com"));

    /**
     * ARMS: {@code arms.<region>.aliyuncs.com}, with the overrides of Alibaba's own SDKs for regions that
     * are served from Singapore or the central endpoint.
     */
    public static final EndpointTable ARMS = EndpointTable.of("ARMS", arms());

    /**
     * Resource Directory: one endpoint per site. Chinese-mainland regions ({@code cn-*} but Hong Kong)
     * use the China site, every other region the international site.
     */
    public static final EndpointTable RESOURCE_DIRECTORY = EndpointTable.of("ResourceDirectory", resourceDirectory());

    private Endpoints() {
    }

    private static Map<String, String> pattern(List<String> regions, String pattern) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String r : regions) {
            m.put(r, String.format(pattern, r));
        }
        return m;
    }

    private static List<String> cms2Regions() {
        List<String> regions = new java.util.ArrayList<>(CMS_REGIONS);
        regions.add("cn-north-2-gov-1");
        return regions;
    }

    private static Map<String, String> arms() {
        Map<String, String> m = pattern(Arrays.asList("ap-southeast-1", "cn-beijing", "cn-hangzhou", "cn-hongkong",
                "cn-qingdao", "cn-shanghai", "cn-shenzhen", "cn-zhangjiakou", "us-west-1"), "arms.%s.aliyuncs.com");
        for (String r : Arrays.asList("ap-south-1", "ap-northeast-1", "ap-southeast-2", "ap-southeast-3",
                "ap-southeast-5", "eu-west-1", "eu-central-1", "me-east-1", "us-east-1")) {
            m.put(r, "arms.ap-southeast-1.aliyuncs.com");
        }
        for (String r : Arrays.asList("cn-chengdu", "cn-huhehaote", "cn-hangzhou-finance", "cn-shanghai-finance-1",
                "cn-shenzhen-finance-1", "cn-north-2-gov-1")) {
            m.put(r, "arms.aliyuncs.com");
        }
        return m;
    }

    private static Map<String, String> resourceDirectory() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String r : CMS_REGIONS) {
            boolean china = r.startsWith("cn-") && !r.equals("cn-hongkong");
            m.put(r, china ? "resourcedirectory.aliyuncs.com" : "resourcedirectory-intl.aliyuncs.com");
        }
        return m;
    }
}
