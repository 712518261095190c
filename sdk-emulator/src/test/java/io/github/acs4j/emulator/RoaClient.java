package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acs4j.emulator.RawClient.Answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static io.github.acs4j.emulator.RawClient.hex;
import static io.github.acs4j.emulator.RawClient.hmac;
import static io.github.acs4j.emulator.RawClient.percent;
import static io.github.acs4j.emulator.RawClient.sha256Hex;

/**
 * A REST-style (ROA) client that is not acs4j: a raw socket (HttpURLConnection cannot send PATCH, and a raw
 * socket sends a path exactly as written), signing with ACS3-HMAC-SHA256 computed here from the documented
 * steps with URLEncoder and the documented fix-ups. Each {@link Call} can be bent (the signed path, the declared
 * body hash, the secret) to prove the emulator refuses what it must.
 */
final class RoaClient {
    static final String VERSION = "2024-03-30";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AcsEmulator emulator;
    private final String accessKeyId;
    private final String secret;

    RoaClient(AcsEmulator emulator, String accessKeyId, String secret) {
        this.emulator = emulator;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    static RoaClient of(AcsEmulator emulator) {
        return new RoaClient(emulator, emulator.accessKeyId(), emulator.accessKeySecret());
    }

    /** One request to build, sign and send. */
    final class Call {
        final String method;
        final String rawPath;
        final String action;
        final Map<String, String> query = new LinkedHashMap<>();
        byte[] body = new byte[0];
        String contentType;
        String signedPath;
        String declaredHash;
        String signingSecret = secret;
        String version = VERSION;

        Call(String method, String rawPath, String action) {
            this.method = method;
            this.rawPath = rawPath;
            this.signedPath = rawPath;
            this.action = action;
        }

        Call query(String name, String value) {
            query.put(name, value);
            return this;
        }

        Call json(String json) {
            this.body = json.getBytes(StandardCharsets.UTF_8);
            this.contentType = "application/json; charset=utf-8";
            return this;
        }

        Answer send() {
            return exchange(method, target(), headers(), body);
        }

        /** @return the headers of a freshly signed request (new date and nonce), Authorization included */
        Map<String, String> headers() {
            String hash = declaredHash != null ? declaredHash : sha256Hex(body);
            Map<String, String> signed = new TreeMap<>();
            signed.put("host", "127.0.0.1:" + emulator.port());
            signed.put("x-acs-action", action);
            signed.put("x-acs-version", version);
            signed.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            signed.put("x-acs-signature-nonce", UUID.randomUUID().toString());
            signed.put("x-acs-content-sha256", hash);
            if (contentType != null) {
                signed.put("content-type", contentType);
            }
            StringBuilder canonical = new StringBuilder(method).append('\n').append(signedPath).append('\n');
            canonical.append(RawClient.formEncode(new TreeMap<>(query))).append('\n');
            for (Map.Entry<String, String> h : signed.entrySet()) {
                canonical.append(h.getKey()).append(':').append(h.getValue()).append('\n');
            }
            String names = String.join(";", signed.keySet());
            canonical.append('\n').append(names).append('\n').append(hash);
            String stringToSign = "ACS3-HMAC-SHA256\n" + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
            String signature = hex(hmac("HmacSHA256", signingSecret, stringToSign));
            Map<String, String> headers = new LinkedHashMap<>(signed);
            headers.put("Authorization", "ACS3-HMAC-SHA256 Credential=" + accessKeyId + ",SignedHeaders=" + names
                    + ",Signature=" + signature);
            return headers;
        }

        /** @return the path and the query as sent, each query name and value percent-encoded */
        String target() {
            StringBuilder target = new StringBuilder(rawPath);
            String sep = "?";
            for (Map.Entry<String, String> q : query.entrySet()) {
                target.append(sep).append(percent(q.getKey())).append('=').append(percent(q.getValue()));
                sep = "&";
            }
            return target.toString();
        }
    }

    Call call(String method, String rawPath, String action) {
        return new Call(method, rawPath, action);
    }

    Answer get(String rawPath, String action, String... queryNameValue) {
        Call c = call("GET", rawPath, action);
        for (int i = 0; i < queryNameValue.length; i += 2) {
            c.query(queryNameValue[i], queryNameValue[i + 1]);
        }
        return c.send();
    }

    Answer post(String rawPath, String action, String json) {
        return call("POST", rawPath, action).json(json).send();
    }

    Answer patch(String rawPath, String action, String json) {
        return call("PATCH", rawPath, action).json(json).send();
    }

    Answer delete(String rawPath, String action, String... queryNameValue) {
        Call c = call("DELETE", rawPath, action);
        for (int i = 0; i < queryNameValue.length; i += 2) {
            c.query(queryNameValue[i], queryNameValue[i + 1]);
        }
        return c.send();
    }

    /** Sends exactly these bytes over HTTP/1.1 and reads the whole answer (the connection is closed after it). */
    Answer exchange(String method, String target, Map<String, String> headers, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            boolean hasHost = false;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
                hasHost |= h.getKey().equalsIgnoreCase("host");
            }
            if (!hasHost) {
                head.append("host: 127.0.0.1:").append(emulator.port()).append("\r\n");
            }
            head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            bytes.write(buf, 0, n);
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        JsonNode json;
        try {
            json = JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException notJson) {
            json = JSON.createObjectNode().put("notJson", body); // the HTTP server's own refusal page
        }
        return new Answer(status, headers, json);
    }
}
