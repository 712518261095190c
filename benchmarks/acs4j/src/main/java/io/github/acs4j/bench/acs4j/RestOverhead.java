package io.github.acs4j.bench.acs4j;

import io.github.acs4j.bench.Contender;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.cms2.model.CreateContactRequest;
import io.github.acs4j.cms2.model.ListContactsRequest;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The REST-style (ROA) path's own cost per call beside the RPC one, without the network, as {@link Overhead}
 * measures it: CloudMonitor 2.0 {@code CreateContact} (POST, JSON body) and {@code ListContacts} (GET, a JSON
 * array in the query, a 20-contact page read back) through {@code Cms2Client}, and CloudMonitor's RPC
 * {@code PutContact} (ACS3, the default) through {@code CmsClient}, each answered at once by an OkHttp
 * interceptor. Printed per round: CPU time and bytes allocated on the calling thread per call.
 *
 * <p>Run: {@code java -cp <benchmarks/acs4j classpath> io.github.acs4j.bench.acs4j.RestOverhead [rounds] [seconds]}.
 */
public final class RestOverhead {
    private static final MediaType JSON = MediaType.get("application/json");

    private RestOverhead() {
    }

    /**
     * @param args rounds (default 6) and seconds per call kind and round (default 2)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
            Request request = chain.request();
            if (request.body() != null) {
                request.body().writeTo(new Buffer()); // the body is written as the wire would take it
            }
            return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(answer(request), JSON)).build();
        }).build();
        URI nowhere = URI.create("http://127.0.0.1:9/");
        StaticCredentialsProvider keys = StaticCredentialsProvider.create(Contender.ACCESS_KEY_ID, Contender.ACCESS_KEY_SECRET);
        try (CmsClient cms = CmsClient.builder().region(Contender.REGION).endpointOverride(nowhere)
                .credentialsProvider(keys).httpClient(http).build();
             Cms2Client cms2 = Cms2Client.builder().region(Contender.REGION).endpointOverride(nowhere)
                     .credentialsProvider(keys).httpClient(http).build()) {
            PutContactRequest put = PutContactRequest.builder().contactName(Contender.CONTACT_NAME)
                    .describe(Contender.DESCRIBE).channelsMail(Contender.MAIL).channelsSms(Contender.SMS)
                    .lang(Contender.LANG).build();
            CreateContactRequest create = CreateContactRequest.builder().name(Contender.CONTACT_NAME)
                    .email(Contender.MAIL).phone(Contender.SMS).lang("en_US")
                    .imUserIds(Collections.singletonMap("DING", "ding-user-1")).build();
            ListContactsRequest list = ListContactsRequest.builder().contactIds("contact-1", "contact-2")
                    .pageSize(20).build();
            for (int r = 1; r <= rounds; r++) {
                measure(r, "RPC PutContact (ACS3)", seconds, () -> cms.putContact(put));
                measure(r, "ROA CreateContact", seconds, () -> cms2.createContact(create));
                measure(r, "ROA ListContacts (20 items)", seconds, () -> {
                    if (cms2.listContacts(list).contacts().size() != 20) {
                        throw new IllegalStateException("the page was not read whole");
                    }
                });
            }
        }
        http.dispatcher().executorService().shutdown();
    }

    private static void measure(int round, String what, double seconds, Runnable call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long calls = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long alloc0 = threads.getThreadAllocatedBytes(tid);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (calls < 1_000_000 && System.nanoTime() < end) {
            call.run();
            calls++;
        }
        System.out.printf("round %d, %-28s %,9d calls, %6.1f us CPU per call, %,7d bytes allocated per call%n", round,
                what + ":", calls, (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / calls,
                (threads.getThreadAllocatedBytes(tid) - alloc0) / calls);
    }

    /** The answer each kind of call expects, chosen by the request's path and method. */
    private static byte[] answer(Request request) {
        String path = request.url().encodedPath();
        if ("/".equals(path)) {
            return ("{\"RequestId\":\"5C4B1E2A-0B9F-4F6A-9C47-3E1F0A2B7D11\",\"Success\":true,\"Code\":\"200\","
                    + "\"Message\":\"success\"}").getBytes(StandardCharsets.UTF_8);
        }
        if ("POST".equals(request.method())) {
            return "{\"requestId\":\"5C4B1E2A-0B9F-4F6A-9C47-3E1F0A2B7D12\",\"contactId\":\"contact-0123456789abcdef\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        return PAGE;
    }

    private static final byte[] PAGE = page();

    private static byte[] page() {
        StringBuilder b = new StringBuilder("{\"requestId\":\"5C4B1E2A-0B9F-4F6A-9C47-3E1F0A2B7D13\",\"pageNumber\":1,"
                + "\"pageSize\":20,\"total\":20,\"contacts\":[");
        for (int i = 0; i < 20; i++) {
            b.append(i == 0 ? "" : ",").append("{\"contactId\":\"contact-").append(1000 + i)
                    .append("\",\"name\":\"值班-").append(i).append("\",\"email\":\"oncall").append(i)
                    .append("@example.com\",\"emailVerify\":true,\"phone\":\"1380000").append(1000 + i)
                    .append("\",\"phoneVerify\":false,\"lang\":\"zh_CN\",\"groupList\":[\"g-1\"],")
                    .append("\"imUserIds\":{\"DING\":\"ding-").append(i).append("\"},")
                    .append("\"updateTime\":\"2026-11-29T08:00:00Z\",\"workspace\":\"default\"}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
