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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emulator's fault machinery on the REST paths, as a client sees it: throttling and server errors leave
 * state alone, a dropped answer after processing leaves the contact created (the non-idempotent case a
 * client must not retry blindly), and every request is counted per action and logged.
 */
class RoaFaultsTest {
    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static AcsEmulator emulator;
    private static RoaClient client;

    @BeforeAll
    static void start() {
        emulator = AcsEmulator.builder().requestLog(LOG::add).start();
        client = RoaClient.of(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.reset();
        LOG.clear();
    }

    @Test
    void throttlingAndServerErrorsAreNotProcessed() {
        emulator.faults().throttleNext(1, Duration.ofMillis(250));
        RawClient.Answer throttled = client.post("/contact", "CreateContact", "{\"name\":\"a\"}");
        assertEquals(429, throttled.status, throttled.toString());
        assertEquals("Throttling.User", throttled.text("Code"));
        assertEquals("250", throttled.headers.get("x-acs-retry-after"));
        emulator.faults().failNext(1, 503);
        RawClient.Answer failed = client.post("/contact", "CreateContact", "{\"name\":\"a\"}");
        assertEquals(503, failed.status, failed.toString());
        assertEquals("ServiceUnavailable", failed.text("Code"));
        assertEquals(0, client.get("/contact", "ListContacts").body.get("total").asInt());
        assertEquals(2, emulator.requestCount("CreateContact"));
        assertEquals(1, emulator.requestCount("ListContacts"));
        assertTrue(LOG.contains("CreateContact 429 Throttling.User"), LOG.toString());
        assertTrue(LOG.contains("ListContacts 200"), LOG.toString());
    }

    @Test
    void anAnswerLostAfterProcessingLeavesTheContactCreated() throws IOException {
        emulator.faults().dropAfterProcessing(1);
        RoaClient.Call call = client.call("POST", "/contact", "CreateContact").json("{\"contactId\":\"once\",\"name\":\"a\"}");
        assertConnectionDropped(call.target(), call.headers(), call.body);
        assertEquals(1, client.get("/contact", "ListContacts").body.get("total").asInt(), "processed, answer lost");
        CloudMonitor2EmulationTest.assertError(400, "ResourceExist",
                client.post("/contact", "CreateContact", "{\"contactId\":\"once\",\"name\":\"a\"}"));
        assertEquals(2, emulator.requestCount("CreateContact"));
        assertTrue(LOG.contains("CreateContact dropped"), LOG.toString());
        assertTrue(LOG.contains("CreateContact 400 ResourceExist"), LOG.toString());
    }

    @Test
    void dropsBeforeAndAfterReadingAreCounted() throws IOException {
        emulator.faults().dropBeforeReading(1);
        RoaClient.Call call = client.call("DELETE", "/contacts", "DeleteContacts").query("contactIds", "[\"x\"]");
        assertConnectionDropped(call.target(), call.headers(), call.body);
        emulator.faults().dropAfterReading(1);
        assertConnectionDropped(call.target(), call.headers(), call.body);
        assertEquals(2, emulator.requestCount("DeleteContacts"));
        assertEquals(200, call.send().status);
    }

    private static void assertConnectionDropped(String target, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(methodOf(headers)).append(' ').append(target)
                .append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> h : headers.entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket s = new Socket("127.0.0.1", emulator.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
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

    private static String methodOf(Map<String, String> headers) {
        String action = headers.get("x-acs-action");
        return action.startsWith("Create") ? "POST" : action.startsWith("Delete") ? "DELETE" : "GET";
    }
}
