package io.github.acs4j.bench.acs4j;

import io.github.acs4j.bench.Contender;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How many contact models the paginator holds while it pages through 10,000 contacts (100 pages of 100),
 * with the heap in use: a figure, not a test (nothing is asserted, nothing is timed). Every contact read
 * is watched through a weak reference; just before each page is fetched (inside an OkHttp interceptor
 * that answers with the page, so the whole pipeline runs without a network) the JVM collects and the
 * contacts still alive are counted. The caller keeps nothing but the loop's current item.
 *
 * <p>Run: {@code java -cp <benchmarks/acs4j classpath> io.github.acs4j.bench.acs4j.PagingHeap} (see
 * {@code BENCHMARKS.md}).
 */
public final class PagingHeap {
    private static final int TOTAL = 10_000;
    private static final int PAGE = 100;

    private PagingHeap() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        List<WeakReference<Contact>> seen = new ArrayList<>(TOTAL);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] maxAlive = new long[1];
        long[] maxHeap = new long[1];
        long[] minHeap = {Long.MAX_VALUE};
        MediaType json = MediaType.get("application/json");
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
            Buffer sent = new Buffer();
            if (chain.request().body() != null) {
                chain.request().body().writeTo(sent);
            }
            String query = chain.request().url().encodedQuery() + "&" + sent.readUtf8();
            int page = pageNumber(query);
            if (page > 1) { // what is alive now was read before this page: the paginator's hold, and the caller's item
                collect();
                long alive = 0;
                for (WeakReference<Contact> r : seen) {
                    alive += r.get() == null ? 0 : 1;
                }
                maxAlive[0] = Math.max(maxAlive[0], alive);
                long used = memory.getHeapMemoryUsage().getUsed();
                maxHeap[0] = Math.max(maxHeap[0], used);
                minHeap[0] = Math.min(minHeap[0], used);
            }
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(page(page), json)).build();
        }).build();
        long items = 0;
        try (CmsClient client = CmsClient.builder().region(Contender.REGION).endpointOverride(URI.create("http://127.0.0.1:9/"))
                .credentialsProvider(StaticCredentialsProvider.create(Contender.ACCESS_KEY_ID, Contender.ACCESS_KEY_SECRET))
                .httpClient(http).build()) {
            for (Contact c : client.describeContactListPaginator(DescribeContactListRequest.builder().pageSize(PAGE).build())
                    .items()) {
                seen.add(new WeakReference<>(c));
                items++;
            }
        }
        http.dispatcher().executorService().shutdown();
        System.out.printf("read %,d contacts in pages of %d; most contact models alive before a page was fetched: %,d"
                        + " (one page is %d); heap in use after a collection: %.1f-%.1f MiB%n", items, PAGE, maxAlive[0],
                PAGE, minHeap[0] / 1048576.0, maxHeap[0] / 1048576.0);
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int pageNumber(String query) {
        int i = query.indexOf("PageNumber=");
        if (i < 0) {
            return 1;
        }
        int end = i + "PageNumber=".length();
        while (end < query.length() && Character.isDigit(query.charAt(end))) {
            end++;
        }
        return Integer.parseInt(query.substring(i + "PageNumber=".length(), end));
    }

    private static byte[] page(int number) {
        StringBuilder sb = new StringBuilder(40_000).append("{\"RequestId\":\"page-").append(number)
                .append("\",\"Success\":true,\"Code\":\"200\",\"Total\":").append(TOTAL).append(",\"Contacts\":{\"Contact\":[");
        for (int i = 0; i < PAGE; i++) {
            int n = (number - 1) * PAGE + i;
            sb.append(i == 0 ? "" : ",").append("{\"Name\":\"联系人 ").append(n).append("\",\"Desc\":\"on call ").append(n)
                    .append("\",\"Lang\":\"zh-cn\",\"CreateTime\":1764000000000,\"UpdateTime\":1764000000000,")
                    .append("\"Channels\":{\"Mail\":\"user").append(n).append("@example.com\",\"SMS\":\"13800000000\"},")
                    .append("\"ChannelsState\":{\"Mail\":\"OK\"},\"ContactGroups\":{\"ContactGroup\":[\"ops\"]}}");
        }
        return sb.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
