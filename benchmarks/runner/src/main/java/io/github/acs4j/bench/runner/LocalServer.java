package io.github.acs4j.bench.runner;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one server every contender talks to, on 127.0.0.1: a minimal HTTP/1.1 keep-alive server, one
 * thread per connection, that answers a PutContact (action in a V1 form body, V1 query or V3
 * {@code x-acs-action} header) with the service's success body, the three list actions with a page of
 * {@link ListPages}, and anything else with HTTP 400, so that a contender sending the wrong thing fails
 * instead of looking fast. Signatures are not checked: the server's cost is the same
 * for everyone, and kept small (the JDK's HttpServer added milliseconds per exchange, which would hide
 * client costs behind server latency).
 */
final class LocalServer implements AutoCloseable {
    static final byte[] SUCCESS = ("{\"RequestId\":\"5C4B1E2A-0B9F-4F6A-9C47-3E1F0A2B7D11\",\"Success\":true,"
            + "\"Code\":\"200\",\"Message\":\"success\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] WRONG = "{\"Code\":\"InvalidAction\",\"Message\":\"not a PutContact\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] WRONG_HEAD = head(400, WRONG.length);
    /** Action to the head and body of its answer. */
    private static final Map<String, byte[][]> ANSWERS = new HashMap<>();

    static {
        answer("PutContact", SUCCESS);
        answer("DescribeContactList", ListPages.cms());
        answer("SearchAlertContact", ListPages.arms());
        answer("ListMessageContacts", ListPages.resourceDirectory());
    }

    private static void answer(String action, byte[] body) {
        ANSWERS.put(action, new byte[][] {head(200, body.length), body});
    }

    private final ServerSocket socket;
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong served = new AtomicLong();

    LocalServer() throws IOException {
        socket = new ServerSocket(0, 256, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "local-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    long rejected() {
        return rejected.get();
    }

    long served() {
        return served.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(s), "local-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        try (Socket closing = s;
             InputStream raw = s.getInputStream();
             OutputStream out = new BufferedOutputStream(s.getOutputStream(), 8192)) {
            RequestReader in = new RequestReader(raw);
            while (true) {
                String requestLine = in.readLine();
                if (requestLine == null) {
                    return;
                }
                if (requestLine.isEmpty()) {
                    continue;
                }
                long length = 0;
                boolean chunked = false;
                boolean close = false;
                String action = action(requestLine);
                for (String h; (h = in.readLine()) != null && !h.isEmpty(); ) {
                    int colon = h.indexOf(':');
                    if (colon < 0) {
                        continue;
                    }
                    String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = h.substring(colon + 1).trim();
                    if (name.equals("content-length")) {
                        length = Long.parseLong(value);
                    } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                        chunked = true;
                    } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
                        close = true;
                    } else if (name.equals("x-acs-action")) {
                        action = value;
                    }
                }
                byte[] body = chunked ? in.readChunked() : in.readFully((int) length);
                if (action == null) {
                    action = action(new String(body, StandardCharsets.ISO_8859_1));
                }
                byte[][] answer = action == null ? null : ANSWERS.get(action);
                if (answer != null) {
                    out.write(answer[0]);
                    out.write(answer[1]);
                } else {
                    rejected.incrementAndGet();
                    out.write(WRONG_HEAD);
                    out.write(WRONG);
                }
                out.flush();
                served.incrementAndGet();
                if (close) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** @return the value of {@code Action=} in a query or form, or null */
    private static String action(String text) {
        int i = text.indexOf("Action=");
        if (i < 0) {
            return null;
        }
        int start = i + "Action=".length();
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static byte[] head(int status, int length) {
        return ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Bad Request") + "\r\n"
                + "Content-Type: application/json;charset=utf-8\r\n"
                + "Content-Length: " + length + "\r\n"
                + "Connection: keep-alive\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
