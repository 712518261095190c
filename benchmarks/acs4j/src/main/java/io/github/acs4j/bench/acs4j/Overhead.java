package io.github.acs4j.bench.acs4j;

import io.github.acs4j.bench.Contender;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * acs4j's own cost per call, without the network: the same PutContact through the whole pipeline
 * (validation, parameters, signing, OkHttp's call machinery, reading and classifying the answer), with an
 * OkHttp application interceptor that takes the request body as the wire would and answers at once. What
 * remains is what the SDK adds to any HTTP call; it is printed per round, as CPU time and bytes allocated
 * on the calling thread, so that the rounds show when the JIT has settled.
 *
 * <p>Run: {@code java -cp <benchmarks/acs4j classpath> io.github.acs4j.bench.acs4j.Overhead [rounds] [seconds]}
 * (see {@code BENCHMARKS.md}). Bounded: rounds × seconds, and at most a million calls a round.
 */
public final class Overhead {
    private Overhead() {
    }

    /**
     * @param args rounds (default 8) and seconds per round (default 2)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        byte[] answer = ("{\"RequestId\":\"5C4B1E2A-0B9F-4F6A-9C47-3E1F0A2B7D11\",\"Success\":true,\"Code\":\"200\","
                + "\"Message\":\"success\"}").getBytes(StandardCharsets.UTF_8);
        MediaType json = MediaType.get("application/json");
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
            Buffer wire = new Buffer();
            chain.request().body().writeTo(wire);
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(answer, json)).build();
        }).build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        try (CmsClient client = CmsClient.builder().region(Contender.REGION).endpointOverride(URI.create("http://127.0.0.1:9/"))
                .credentialsProvider(StaticCredentialsProvider.create(Contender.ACCESS_KEY_ID, Contender.ACCESS_KEY_SECRET))
                .httpClient(http).build()) {
            for (int r = 1; r <= rounds; r++) {
                long calls = 0;
                long cpu0 = threads.getCurrentThreadCpuTime();
                long alloc0 = threads.getThreadAllocatedBytes(tid);
                long end = System.nanoTime() + (long) (seconds * 1e9);
                while (calls < 1_000_000 && System.nanoTime() < end) {
                    client.putContact(PutContactRequest.builder().contactName(Contender.CONTACT_NAME)
                            .describe(Contender.DESCRIBE).channelsMail(Contender.MAIL).channelsSms(Contender.SMS)
                            .lang(Contender.LANG).build());
                    calls++;
                }
                System.out.printf("round %d: %,d calls, %.1f us CPU per call, %,d bytes allocated per call%n", r, calls,
                        (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / calls,
                        (threads.getThreadAllocatedBytes(tid) - alloc0) / calls);
            }
        }
        http.dispatcher().executorService().shutdown();
    }
}
