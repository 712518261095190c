package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The life of one HTTP exchange: latency, faults, reading, counting, authentication, routing, the
 * product operation under the account's lock, and the answer. Every failure becomes the service's
 * error body; nothing escapes as a bare 500 page.
 */
final class ExchangeHandler implements HttpHandler {
    private static final int MAX_BODY = 1 << 20;

    private final AcsEmulator emulator;
    private final Router router;
    private final SignatureVerifier verifier;

    ExchangeHandler(AcsEmulator emulator, Router router, SignatureVerifier verifier) {
        this.emulator = emulator;
        this.router = router;
        this.verifier = verifier;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            // the client went away, or a bug here: closing without an answer drops the connection
        } finally {
            // closing an exchange whose answer was not started closes the connection: that is the "drop"
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Faults faults = emulator.faults();
        sleep(faults.latencyMillis());
        if (faults.takeDropBeforeReading()) {
            String action = actionFromUrlOrHeaders(exchange);
            emulator.counter().count(action);
            emulator.logRequest(action, "dropped");
            return;
        }
        String requestId = Replies.requestId();
        String hostId = exchange.getRequestHeaders().getFirst("Host");
        ReceivedRequest request;
        try {
            request = read(exchange);
        } catch (ApiError e) {
            String action = actionFromUrlOrHeaders(exchange);
            emulator.counter().count(action);
            send(exchange, action, e.status(), Replies.error(requestId, hostId, "Gateway", e, false), null);
            return;
        }
        emulator.counter().count(request.action());
        Router.Product product = router.productOf(request.version());
        String productName = product == null ? "Gateway" : product.name;
        boolean successFlag = product != null && product.successFlag;
        Faults.Kind fault = faults.takeAfterReading();
        switch (fault) {
            case DROP_AFTER_READING:
                emulator.logRequest(request.action(), "dropped");
                return;
            case THROTTLE:
                send(exchange, request.action(), 429, Replies.error(requestId, hostId, productName,
                        new ApiError(429, "Throttling.User", "Request was denied due to user flow control."), false),
                        String.valueOf(faults.retryAfterMillis()));
                return;
            case SERVER_ERROR:
                int status = faults.serverErrorStatus();
                send(exchange, request.action(), status,
                        Replies.error(requestId, hostId, productName, serverError(status), false), null);
                return;
            default:
                break;
        }
        Account account;
        Router.Route route;
        try {
            Caller caller = verifier.verify(request);
            route = router.route(request.action(), request.version());
            account = emulator.account(caller.accessKeyId());
        } catch (ApiError e) {
            // the gateway's refusal: the standard body, without CloudMonitor's Success flag
            if (fault != Faults.Kind.DROP_AFTER_PROCESSING) {
                send(exchange, request.action(), e.status(), Replies.error(requestId, hostId, productName, e, false), null);
            } else {
                emulator.logRequest(request.action(), "dropped");
            }
            return;
        }
        ObjectNode body;
        int status = 200;
        try {
            synchronized (account) {
                body = route.handler.handle(new Params(request.parameters()), account, requestId);
            }
        } catch (ApiError e) {
            body = Replies.error(requestId, hostId, productName, e, successFlag);
            status = e.status();
        }
        if (fault == Faults.Kind.DROP_AFTER_PROCESSING) {
            emulator.logRequest(request.action(), "dropped");
            return;
        }
        send(exchange, request.action(), status, body, null);
    }

    private static ReceivedRequest read(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        byte[] body = readBody(exchange.getRequestBody());
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new ApiError(405, "UnsupportedHTTPMethod", "The HTTP method " + method + " is not supported; use GET or POST.");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                headers.put(h.getKey(), h.getValue().get(0));
            }
        }
        return new ReceivedRequest(method, exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                headers, body);
    }

    static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_BODY) {
                throw new ApiError(413, "RequestEntityTooLarge", "The request body is larger than " + MAX_BODY + " bytes.");
            }
        }
        return out.toByteArray();
    }

    private static String actionFromUrlOrHeaders(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("x-acs-action");
        if (header != null) {
            return header;
        }
        try {
            ReceivedRequest urlOnly = new ReceivedRequest("GET", "/", exchange.getRequestURI().getRawQuery(),
                    new LinkedHashMap<>(), new byte[0]);
            return urlOnly.action();
        } catch (ApiError e) {
            return null;
        }
    }

    static ApiError serverError(int status) {
        switch (status) {
            case 500:
                return new ApiError(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure.");
            case 502:
                return new ApiError(502, "BadGateway", "The gateway received an invalid response from the service.");
            case 504:
                return new ApiError(504, "GatewayTimeout", "The service did not answer the gateway in time.");
            default:
                return new ApiError(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
        }
    }

    private void send(HttpExchange exchange, String action, int status, ObjectNode body, String retryAfter)
            throws IOException {
        emulator.logRequest(action, status == 200 ? "200" : status + " " + body.path("Code").asText());
        byte[] bytes = Replies.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.getResponseHeaders().set("x-acs-request-id", body.path("RequestId").asText());
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("x-acs-retry-after", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
