package io.github.acs4j.bench.floor;

import io.github.acs4j.bench.Contender;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.io.IOException;

/**
 * Not a floor for the targets, a yardstick for the ACS3 request's shape: bare OkHttp (defaults) building, on
 * every call, the request an ACS3-signed PutContact is (the parameters as the URL's query, the signed
 * {@code x-acs-*} headers and {@code Authorization}, an empty body) from strings made once (no signing, no
 * parameter handling, no JSON), and reading the answer's bytes. An SDK that signs with ACS3 over OkHttp
 * cannot hand it less: OkHttp parses the query again into its {@code HttpUrl} and checks each header. Its
 * distance from {@link BareOkHttp} is what the request's shape costs; acs4j's distance from it is what the
 * SDK itself adds.
 */
public final class BareOkHttpAcs3 implements Contender {
    /** The canonical query acs4j sends for this PutContact (CloudMonitor takes no RegionId). */
    private static final String QUERY = "Channels.Mail=alice%40example.com&Channels.SMS=13800000000"
            + "&ContactName=bench-contact&Describe=Benchmark%20contact%2C%20on%20call%20for%20the%20database&Lang=en";
    private static final String SIGNED = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
            + "x-acs-version";
    private static final String AUTHORIZATION = "ACS3-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + ",SignedHeaders="
            + SIGNED + ",Signature=0f8e6c3a5b2d4e1f9a7c6b5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private OkHttpClient client;
    private HttpUrl endpoint;
    private String host;

    /** Creates the contender; {@link #open} builds the client. */
    public BareOkHttpAcs3() {
    }

    @Override
    public void open(String endpoint) {
        client = new OkHttpClient();
        this.endpoint = HttpUrl.get(endpoint + "/");
        this.host = this.endpoint.host() + ":" + this.endpoint.port();
    }

    @Override
    public void call() throws IOException {
        Request request = new Request.Builder()
                .url(endpoint.newBuilder().encodedQuery(QUERY).build())
                .addHeader("User-Agent", "bare-okhttp")
                .addHeader("Accept", "application/json")
                .addHeader("Authorization", AUTHORIZATION)
                .addHeader("host", host)
                .addHeader("x-acs-action", "PutContact")
                .addHeader("x-acs-content-sha256", EMPTY_SHA256)
                .addHeader("x-acs-date", "2026-01-01T00:00:00Z")
                .addHeader("x-acs-signature-nonce", "8c7e3f5b0e9d4c1a9b2f6e4d3c2b1a09")
                .addHeader("x-acs-version", "2019-01-01")
                .post(RequestBody.create(new byte[0], null))
                .build();
        BareOkHttp.send(client, request);
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
