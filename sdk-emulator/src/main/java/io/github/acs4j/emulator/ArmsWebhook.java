package io.github.acs4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * What ARMS calls a webhook, for both the legacy {@code CreateWebhook}/{@code UpdateWebhook} and the
 * notification center's webhook contacts: method {@code Post} or {@code Get}, an http(s) URL, headers and
 * query parameters as JSON text (documented as {@code [{"Content-Type":"application/json"}]}), and the
 * alert and recovery templates, at most 500 characters, the alert one required for {@code Post}
 * (CreateWebhook and CreateOrUpdateWebhookContact pages).
 */
final class ArmsWebhook {
    static final int MAX_TEMPLATE = 500;

    final String method;
    final String url;
    final String headers;
    final String params;
    final String body;
    final String recoverBody;

    private ArmsWebhook(String method, String url, String headers, String params, String body, String recoverBody) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.params = params;
        this.body = body;
        this.recoverBody = recoverBody;
    }

    /**
     * @param headersName the operation's name for the headers ({@code HttpHeaders} or {@code BizHeaders})
     * @param paramsName its name for the query parameters ({@code HttpParams} or {@code BizParams})
     */
    static ArmsWebhook from(Params p, String headersName, String paramsName) {
        String method = p.required("Method");
        if (!method.equalsIgnoreCase("Post") && !method.equalsIgnoreCase("Get")) {
            throw ApiError.invalid("Method", "expected Post or Get, was \"" + method + "\"");
        }
        String url = p.required("Url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw ApiError.invalid("Url", "not an http(s) URL");
        }
        String body = p.get("Body");
        if (body == null && method.equalsIgnoreCase("Post")) {
            throw ApiError.missing("Body");
        }
        return new ArmsWebhook(method, url, json(p, headersName), json(p, paramsName), template(p, "Body"),
                template(p, "RecoverBody"));
    }

    /** @return the JSON text of the legacy {@code Webhook} field of SearchAlertContact (its layout: our choice) */
    String legacyText() {
        ObjectNode n = Replies.MAPPER.createObjectNode();
        n.put("method", method);
        n.put("url", url);
        n.put("headers", headers);
        n.put("params", params);
        n.put("body", body);
        n.put("recoverBody", recoverBody);
        return n.toString();
    }

    /** Writes the fields as the CreateOrUpdateWebhookContact answer has them (headers and parameters as text). */
    void writeAsText(ObjectNode n) {
        n.put("Method", method);
        n.put("Url", url);
        n.put("BizHeaders", headers);
        n.put("BizParams", params);
        n.put("Body", body);
        n.put("RecoverBody", recoverBody);
    }

    /** Writes the fields as DescribeWebhookContacts has them: headers and parameters as JSON objects. */
    void writeAsObjects(ObjectNode n) {
        n.put("Method", method);
        n.put("Url", url);
        n.set("BizHeaders", merged(headers));
        n.set("BizParams", merged(params));
        n.put("Body", body);
        n.put("RecoverBody", recoverBody);
    }

    private static String template(Params p, String name) {
        String v = p.get(name);
        if (v != null && v.length() > MAX_TEMPLATE) {
            throw ApiError.invalid(name, "longer than " + MAX_TEMPLATE + " characters (" + v.length() + ")");
        }
        return v;
    }

    /** @return the JSON text as sent, after checking it is a JSON object or an array of objects */
    private static String json(Params p, String name) {
        String v = p.get(name);
        if (v == null) {
            return null;
        }
        try {
            JsonNode n = Replies.MAPPER.readTree(v);
            boolean ok = n != null && (n.isObject() || n.isArray());
            if (ok && n.isArray()) {
                for (JsonNode item : n) {
                    ok &= item.isObject();
                }
            }
            if (!ok) {
                throw new IOException("not an object or an array of objects");
            }
            return v;
        } catch (IOException e) {
            throw ApiError.invalid(name, "expected JSON such as [{\"Content-Type\":\"application/json\"}]");
        }
    }

    /** @return the one object an array of objects (or one object) amounts to; null for none */
    private static ObjectNode merged(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode n = Replies.MAPPER.readTree(text);
            ObjectNode out = Replies.MAPPER.createObjectNode();
            if (n.isObject()) {
                out.setAll((ObjectNode) n);
            } else {
                for (JsonNode item : n) {
                    Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
                    while (fields.hasNext()) {
                        Map.Entry<String, JsonNode> f = fields.next();
                        out.set(f.getKey(), f.getValue());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("stored webhook JSON was checked on the way in", e);
        }
    }
}
