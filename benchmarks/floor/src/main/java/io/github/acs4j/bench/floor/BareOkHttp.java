package io.github.acs4j.bench.floor;

import io.github.acs4j.bench.Contender;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;

/**
 * The floor: OkHttp 4 with its defaults posting one prebuilt PutContact form (the shape and size of a
 * signed one, but built once: no signing, no parameter handling, no JSON) and reading the answer's bytes.
 * No SDK can do less work per call over the same HTTP client. For the list scenarios it posts a prebuilt
 * list request and reads the page with Jackson's {@code readTree}, then walks every field an SDK's model
 * holds ({@link ListWalk}): the least a caller of bare HTTP does to get the page's values.
 */
public final class BareOkHttp implements Contender {
    private static final String FORM = "AccessKeyId=" + ACCESS_KEY_ID + "&Action=PutContact"
            + "&Channels.Mail=alice%40example.com&Channels.SMS=13800000000&ContactName=bench-contact"
            + "&Describe=Benchmark%20contact%2C%20on%20call%20for%20the%20database&Format=JSON&Lang=en"
            + "&SignatureMethod=HMAC-SHA1&SignatureNonce=8c7e3f5b0e9d4c1a9b2f6e4d3c2b1a09"
            + "&SignatureVersion=1.0&Timestamp=2026-01-01T00%3A00%3A00Z&Version=2019-01-01"
            + "&Signature=Zm9vYmFyYmF6cXV4cXV1eHh5end2dXQ%3D";

    private OkHttpClient client;
    private Request request;
    private String endpoint;
    private final java.util.Map<String, Request> listRequests = new java.util.HashMap<>();

    /** Creates the contender; {@link #open} builds the client. */
    public BareOkHttp() {
    }

    @Override
    public void open(String endpoint) {
        client = new OkHttpClient();
        this.endpoint = endpoint;
        request = new Request.Builder().url(endpoint + "/")
                .post(RequestBody.create(FORM.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        MediaType.get("application/x-www-form-urlencoded")))
                .build();
    }

    @Override
    public void call() throws IOException {
        send(client, request);
    }

    /** Sends the request and reads the answer's bytes: the least a caller of bare HTTP does. */
    static void send(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            if (!response.isSuccessful() || bytes.length == 0) {
                throw new IOException("HTTP " + response.code());
            }
        }
    }

    @Override
    public boolean lists(String scenario) {
        return ListWalk.ACTIONS.containsKey(scenario);
    }

    @Override
    public int listPage(String scenario) throws IOException {
        Request r = listRequests.computeIfAbsent(scenario, s -> new Request.Builder().url(endpoint + "/")
                .post(RequestBody.create(ListWalk.form(s).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        MediaType.get("application/x-www-form-urlencoded")))
                .build());
        try (Response response = client.newCall(r).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("HTTP " + response.code());
            }
            return ListWalk.walk(scenario, ListWalk.MAPPER.readTree(body.byteStream()));
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
