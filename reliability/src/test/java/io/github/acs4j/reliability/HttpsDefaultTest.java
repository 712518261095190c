package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default endpoint is HTTPS with OkHttp's certificate verification; plain HTTP only through
 * endpointOverride. Checked without any traffic: an application interceptor answers in place of the
 * network and records the URL the client would have called.
 */
@Order(5)
class HttpsDefaultTest {

    @Test
    void regionEndpointIsHttpsAndVerifiesCertificates() {
        List<String> urls = new ArrayList<>();
        OkHttpClient noNetwork = new OkHttpClient.Builder().addInterceptor(chain -> {
            urls.add(chain.request().url().toString());
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create("{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}",
                            MediaType.get("application/json"))).build();
        }).build();
        try (CmsClient cms = CmsClient.builder().region("cn-hangzhou").httpClient(noNetwork)
                .credentialsProvider(StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET))
                .retryStrategy(RetryStrategy.none()).build()) {
            Harness.putContact(cms);
        }
        assertEquals(1, urls.size());
        assertTrue(urls.get(0).startsWith("https://metrics.cn-hangzhou.aliyuncs.com/"), urls.get(0));
        // OkHttp's default hostname verifier and trust manager are in place (no trust-all)
        OkHttpClient defaults = new OkHttpClient();
        assertEquals(okhttp3.internal.tls.OkHostnameVerifier.INSTANCE, defaults.hostnameVerifier());
        Figures.record("default endpoint scheme", "https with certificate verification; http only via endpointOverride", 0);
    }

    @Test
    void onlyHttpAndHttpsEndpointsAreAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CmsClient.builder().endpointOverride(URI.create("ftp://127.0.0.1/")));
        assertTrue(e.getMessage().contains("http:// or https://"), e.getMessage());
    }
}
