package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulator's own HTTP calls under {@code /_emulator/}, for tests that drive it from another SDK or
 * language: {@code POST /_emulator/resourcedirectory/verify?contactId=<id>&kind=email|phone} plays the
 * recipient of a Resource Directory verification, like {@link ResourceDirectoryControls}. It takes no
 * signature (another SDK could not sign it); instead it answers loopback callers only. Not counted in
 * {@link AcsEmulator#requestCount()} and untouched by injected faults: it is not a cloud API.
 */
final class AdminHandler implements HttpHandler {
    static final String PREFIX = "/_emulator/";
    static final String VERIFY = PREFIX + "resourcedirectory/verify";

    private final ResourceDirectoryControls resourceDirectory;

    AdminHandler(ResourceDirectoryControls resourceDirectory) {
        this.resourceDirectory = resourceDirectory;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        InetSocketAddress remote = exchange.getRemoteAddress();
        if (remote == null || remote.getAddress() == null || !remote.getAddress().isLoopbackAddress()) {
            send(exchange, 403, error("Forbidden.NotLoopback", "Emulator admin calls are accepted from loopback addresses only."));
            return;
        }
        if (!exchange.getRequestURI().getPath().equals(VERIFY)) {
            send(exchange, 404, error("NotFound", "Unknown emulator admin call; the one there is: POST " + VERIFY
                    + "?contactId=<id>&kind=email|phone"));
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, error("MethodNotAllowed", "Use POST for " + VERIFY + "."));
            return;
        }
        Map<String, String> query;
        try {
            query = query(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error("InvalidParameter", "The query string is not valid percent-encoding."));
            return;
        }
        String contactId = query.get("contactId");
        String kind = query.get("kind");
        if (contactId == null || contactId.isEmpty()) {
            send(exchange, 400, error("MissingParameter.contactId", "contactId is required."));
            return;
        }
        if (!"email".equals(kind) && !"phone".equals(kind)) {
            send(exchange, 400, error("InvalidParameter.kind", "kind must be email or phone."));
            return;
        }
        try {
            if (kind.equals("email")) {
                resourceDirectory.verifyEmail(contactId);
            } else {
                resourceDirectory.verifyPhone(contactId);
            }
        } catch (IllegalArgumentException e) {
            send(exchange, 404, error("EntityNotExists.Contact", e.getMessage()));
            return;
        } catch (IllegalStateException e) {
            send(exchange, 409, error("EntityNotExists.Contact.Verification", e.getMessage()));
            return;
        }
        ObjectNode body = Replies.MAPPER.createObjectNode();
        body.put("ContactId", contactId);
        body.put("Kind", kind);
        body.put("Verified", true);
        send(exchange, 200, body);
    }

    private static Map<String, String> query(String raw) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(name, "UTF-8"), URLDecoder.decode(value, "UTF-8"));
        }
        return out;
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode body = Replies.MAPPER.createObjectNode();
        body.put("Code", code);
        body.put("Message", message);
        return body;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = Replies.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
