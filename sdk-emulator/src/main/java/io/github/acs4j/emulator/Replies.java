package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

/**
 * JSON bodies as the services write them: fresh RequestIds, the standard POP error body, and small helpers
 * for the product handlers.
 */
final class Replies {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Resource Directory's date format ({@code 2023-03-27 17:19:21} in the documented examples of
     * AddMessageContact, ListMessageContacts, AssociateMembers). The zone is not documented; the emulator
     * writes UTC.
     */
    static final DateTimeFormatter RD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Replies() {
    }

    /** @return a fresh RequestId, formatted like the services' (upper-case UUID) */
    static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** @return an object holding {@code RequestId} */
    static ObjectNode withRequestId(String requestId) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("RequestId", requestId);
        return body;
    }

    /**
     * The standard error body {@code {RequestId, HostId, Code, Message, Recommend}}; CloudMonitor adds
     * {@code Success: false}.
     */
    static ObjectNode error(String requestId, String hostId, String product, ApiError e, boolean successFlag) {
        ObjectNode body = withRequestId(requestId);
        body.put("HostId", hostId);
        body.put("Code", e.code());
        body.put("Message", e.getMessage());
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + e.code() + "&product=" + product
                + "&requestId=" + requestId);
        if (successFlag) {
            body.put("Success", false);
        }
        return body;
    }

    static ArrayNode strings(Collection<String> items) {
        ArrayNode a = MAPPER.createArrayNode();
        for (String s : items) {
            a.add(s);
        }
        return a;
    }

    static String rdDate(Instant t) {
        return RD_DATE.format(t);
    }

    static byte[] bytes(ObjectNode body) {
        try {
            return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON body", e);
        }
    }
}
