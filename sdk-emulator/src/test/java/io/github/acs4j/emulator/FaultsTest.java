package io.github.acs4j.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SortedMap;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault injection as a client sees it on the wire: throttling and server errors (unprocessed), dropped
 * connections before and after the request is read or processed, and the per-action request counts.
 * Drops are observed on a raw socket, since HttpURLConnection would silently resend.
 */
class FaultsTest {
    private static AcsEmulator emulator;
    private static RawClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.start();
        client = RawClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    @Test
    void throttlesTheNextCallsWith429AndARetryAfterHint() {
        emulator.faults().throttleNext(2, Duration.ofMillis(250));
        for (int i = 0; i < 2; i++) {
            RawClient.Answer a = client.post("PutContact", "2019-01-01", contact("Throttled"));
            assertEquals(429, a.status);
            assertEquals("Throttling.User", a.code());
            assertEquals("250", a.headers.get("x-acs-retry-after"));
        }
        assertEquals(0, contactCount(), "a throttled call is not processed");
        assertEquals(200, client.post("PutContact", "2019-01-01", contact("Throttled")).status);
        assertEquals(3, emulator.requestCount("PutContact"));
    }

    @Test
    void failsTheNextCallsWithTheChosenServerError() {
        emulator.faults().failNext(1, 500).throttleNext(0);
        RawClient.Answer a = client.post("PutContact", "2019-01-01", contact("Failed"));
        assertEquals(500, a.status);
        assertEquals("InternalError", a.code());
        emulator.faults().failNext(1);
        assertEquals("ServiceUnavailable", client.post("PutContact", "2019-01-01", contact("Failed")).code());
        assertEquals(0, contactCount());
    }

    @Test
    void oneRequestGetsOneFaultAndTheyComeInOrder() {
        emulator.faults().throttleNext(1).failNext(1);
        assertEquals(429, client.post("DescribeContactList", "2019-01-01", params()).status);
        assertEquals(503, client.post("DescribeContactList", "2019-01-01", params()).status);
        assertEquals(200, client.post("DescribeContactList", "2019-01-01", params()).status);
    }

    @Test
    void dropBeforeReadingClosesTheConnectionAndProcessesNothing() throws IOException {
        emulator.faults().dropBeforeReading(1);
        assertConnectionDropped(signedPutContact("Dropped"));
        assertEquals(1, emulator.requestCount(), "counted, though its action was never read");
        assertEquals(0, emulator.requestCount("PutContact"));
        assertEquals(0, contactCount());
    }

    @Test
    void dropAfterReadingCountsTheActionButProcessesNothing() throws IOException {
        emulator.faults().dropAfterReading(1);
        assertConnectionDropped(signedPutContact("Dropped"));
        assertEquals(1, emulator.requestCount("PutContact"));
        assertEquals(0, contactCount());
    }

    @Test
    void dropAfterProcessingKeepsTheChangeButLosesTheAnswer() throws IOException {
        emulator.faults().dropAfterProcessing(1);
        assertConnectionDropped(signedPutContact("Processed"));
        assertEquals(1, contactCount());
        assertEquals(1, emulator.requestCount("PutContact"));
    }

    @Test
    void latencyDelaysTheAnswerUntilCleared() {
        emulator.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(200, client.post("DescribeContactList", "2019-01-01", params()).status);
        assertTrue(System.nanoTime() - start >= 300_000_000L, "the answer came before the added latency");
        emulator.faults().clear();
    }

    @Test
    void countsEveryRequestPerActionWhateverBecameOfIt() {
        client.post("PutContact", "2019-01-01", contact("Counted"));
        new RawClient(emulator.endpoint(), "Unknown", "x").post("PutContact", "2019-01-01", contact("Refused"));
        client.post("DeleteContact", "2019-01-01", params("ContactName", "Counted"));
        assertEquals(2, emulator.requestCount("PutContact"));
        assertEquals(1, emulator.requestCount("DeleteContact"));
        assertEquals(0, emulator.requestCount("DescribeContactList"));
        assertEquals(3, emulator.requestCount());
        assertEquals("{DeleteContact=1, PutContact=2}", emulator.requestCounts().toString());
    }

    @Test
    void refusesNonsenseFaultSettings() {
        assertThrows(IllegalArgumentException.class, () -> emulator.faults().failNext(1, 404));
        assertThrows(IllegalArgumentException.class, () -> emulator.faults().throttleNext(-1));
        assertThrows(IllegalArgumentException.class, () -> emulator.faults().latency(Duration.ofMillis(-1)));
    }

    private static java.util.Map<String, String> contact(String name) {
        return params("ContactName", name, "Describe", "fault test", "Channels.Mail", "f@example.com");
    }

    private int contactCount() {
        return client.post("DescribeContactList", "2019-01-01", params()).body.path("Total").asInt();
    }

    /** A complete signed HTTP/1.1 request for PutContact, as bytes. */
    private static byte[] signedPutContact(String name) {
        SortedMap<String, String> p = client.v1Params("PutContact", "2019-01-01", contact(name));
        p.put("Signature", RawClient.v1Signature("POST", p, emulator.accessKeySecret()));
        byte[] body = RawClient.formEncode(p).getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: " + emulator.endpoint().getAuthority()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] all = new byte[head.length() + body.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, all, 0, head.length());
        System.arraycopy(body, 0, all, head.length(), body.length);
        return all;
    }

    /** Sends the request on a raw socket and expects the connection to end without a byte of answer. */
    private static void assertConnectionDropped(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", emulator.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            int first;
            try {
                first = in.read();
            } catch (SocketException reset) {
                first = -1; // a reset is a drop too
            }
            assertEquals(-1, first, "expected the connection to close without an answer");
        }
    }
}
