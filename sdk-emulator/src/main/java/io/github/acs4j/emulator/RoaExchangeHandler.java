package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The life of one REST-style (ROA) exchange, with the same fault machinery, request counter and request log
 * as the RPC products: latency, drops, throttling and server errors first, then the ACS3 signature, the route
 * (method and path), the {@code x-acs-version} and {@code x-acs-action} the route expects, and the operation
 * under the account's lock. The gateway's refusals keep the gateway's body ({@code RequestId}, {@code Code},
 * {@code Message}, ...); the service's own errors come in its camelCase shape {@code {requestId, code,
 * message}} (the documentation gives only status, code and message; the key casing is the emulator's choice
 * among the two a client must accept).
 */
final class RoaExchangeHandler implements HttpHandler {
    private static final String PRODUCT = "Cms";

    private final AcsEmulator emulator;
    private final RoaRouter router;
    private final RoaSignatureVerifier verifier;

    RoaExchangeHandler(AcsEmulator emulator, RoaRouter router, RoaSignatureVerifier verifier) {
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
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Faults faults = emulator.faults();
        ExchangeHandler.sleep(faults.latencyMillis());
        String action = exchange.getRequestHeaders().getFirst("x-acs-action");
        emulator.counter().count(action);
        if (faults.takeDropBeforeReading()) {
            emulator.logRequest(action, "dropped");
            return;
        }
        Answer answer = new Answer(exchange, action);
        ReceivedRequest request;
        try {
            request = read(exchange);
        } catch (ApiError e) {
            answer.gateway(e, null);
            return;
        }
        Faults.Kind fault = faults.takeAfterReading();
        switch (fault) {
            case DROP_AFTER_READING:
                emulator.logRequest(action, "dropped");
                return;
            case THROTTLE:
                answer.gateway(new ApiError(429, "Throttling.User", "Request was denied due to user flow control."),
                        String.valueOf(faults.retryAfterMillis()));
                return;
            case SERVER_ERROR:
                answer.gateway(ExchangeHandler.serverError(faults.serverErrorStatus()), null);
                return;
            default:
                break;
        }
        boolean answerLost = fault == Faults.Kind.DROP_AFTER_PROCESSING;
        RoaRouter.Route route;
        Account account;
        try {
            Caller caller = verifier.verify(request);
            route = router.route(request.method(), request.path());
            checkVersionAndAction(request, route);
            account = emulator.account(caller.accessKeyId());
        } catch (ApiError e) {
            if (answerLost) {
                emulator.logRequest(action, "dropped");
            } else {
                answer.gateway(e, null);
            }
            return;
        }
        ObjectNode body;
        int status = 200;
        try {
            synchronized (account) {
                body = route.operation.handle(RoaCall.of(route.pathParameters, request), account, answer.requestId);
            }
        } catch (ApiError e) {
            status = e.status();
            body = serviceError(answer.requestId, e);
        }
        if (answerLost) {
            emulator.logRequest(action, "dropped");
            return;
        }
        answer.send(status, body, body.path("code").asText(""), null);
    }

    private void checkVersionAndAction(ReceivedRequest request, RoaRouter.Route route) {
        if (!router.version().equals(request.version())) {
            throw new ApiError(400, "InvalidVersion", "Specified parameter Version is not valid: " + request.path()
                    + " is served by version " + router.version() + ".");
        }
        if (!route.action.equals(request.action())) {
            throw new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and "
                    + "method: " + request.method() + " " + request.path() + " is " + route.action + ", not "
                    + request.action() + ".");
        }
    }

    private static ReceivedRequest read(HttpExchange exchange) throws IOException {
        byte[] body = ExchangeHandler.readBody(exchange.getRequestBody());
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                headers.put(h.getKey(), h.getValue().get(0));
            }
        }
        return new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    /** The service's error body: {@code {requestId, code, message}}. */
    static ObjectNode serviceError(String requestId, ApiError e) {
        ObjectNode body = Replies.MAPPER.createObjectNode();
        body.put("requestId", requestId);
        body.put("code", e.code());
        body.put("message", e.getMessage());
        return body;
    }

    /** Writes this exchange's one answer, and tells the request log. */
    private final class Answer {
        final HttpExchange exchange;
        final String action;
        final String requestId = Replies.requestId();

        Answer(HttpExchange exchange, String action) {
            this.exchange = exchange;
            this.action = action;
        }

        void gateway(ApiError e, String retryAfter) throws IOException {
            String hostId = exchange.getRequestHeaders().getFirst("Host");
            send(e.status(), Replies.error(requestId, hostId, PRODUCT, e, false), e.code(), retryAfter);
        }

        void send(int status, ObjectNode body, String code, String retryAfter) throws IOException {
            emulator.logRequest(action, status == 200 ? "200" : status + " " + code);
            byte[] bytes = Replies.bytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.getResponseHeaders().set("x-acs-request-id", requestId);
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("x-acs-retry-after", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
