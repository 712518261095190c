package io.github.acs4j.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin call answers loopback callers only. The emulator listens on 127.0.0.1, so a real socket from
 * elsewhere cannot be opened in a test: the exchange here is a recorded one, as the JDK server would pass
 * it, and the test reads the status and bytes the handler wrote for the wire.
 */
class AdminHandlerLoopbackTest {
    private static final String V = "2022-04-19";

    @Test
    void aCallerFromAnotherHostIsRefusedAndNothingIsVerified() throws Exception {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            RawClient client = RawClient.of(emulator);
            String id = client.post("AddMessageContact", V, params("Name", "Tom", "EmailAddress", "tom@example.com",
                    "Title", "CEO", "MessageTypes.1", "FaultMessage")).body.path("Contact").path("ContactId").asText();
            assertEquals(200, client.post("SendEmailVerificationForMessageContact", V,
                    params("ContactId", id, "EmailAddress", "tom@example.com")).status);

            RecordedExchange exchange = new RecordedExchange("10.1.2.3", AdminHandler.VERIFY + "?contactId=" + id + "&kind=email");
            new AdminHandler(emulator.resourceDirectory()).handle(exchange);
            assertEquals(403, exchange.status);
            String body = new String(exchange.written.toByteArray(), StandardCharsets.UTF_8);
            assertTrue(body.contains("\"Code\":\"Forbidden.NotLoopback\""), body);
            assertEquals("Verifying", client.post("GetMessageContact", V, params("ContactId", id))
                    .body.path("Contact").path("Status").asText());
        }
    }

    @Test
    void aLoopbackCallerIsServed() throws Exception {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            RecordedExchange exchange = new RecordedExchange("127.0.0.1",
                    AdminHandler.VERIFY + "?contactId=c-Unknown&kind=email");
            new AdminHandler(emulator.resourceDirectory()).handle(exchange);
            assertEquals(404, exchange.status, "served, and the contact is unknown");
        }
    }

    /** One POST as the JDK server hands it over, recording what the handler answers. */
    private static final class RecordedExchange extends HttpExchange {
        private final InetSocketAddress remote;
        private final URI uri;
        private final Headers requestHeaders = new Headers();
        private final Headers responseHeaders = new Headers();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        int status = -1;

        RecordedExchange(String remoteIp, String pathAndQuery) {
            this.remote = new InetSocketAddress(remoteIp, 40000);
            this.uri = URI.create(pathAndQuery);
        }

        @Override
        public Headers getRequestHeaders() {
            return requestHeaders;
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public URI getRequestURI() {
            return uri;
        }

        @Override
        public String getRequestMethod() {
            return "POST";
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
        }

        @Override
        public InputStream getRequestBody() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public OutputStream getResponseBody() {
            return written;
        }

        @Override
        public void sendResponseHeaders(int code, long length) {
            status = code;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return remote;
        }

        @Override
        public int getResponseCode() {
            return status;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return new InetSocketAddress("127.0.0.1", 8080);
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public void setAttribute(String name, Object value) {
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }
    }
}
