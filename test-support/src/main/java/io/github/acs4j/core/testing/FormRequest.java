package io.github.acs4j.core.testing;

import okhttp3.mockwebserver.RecordedRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as MockWebServer saw it, with its form parameters decoded, and a V1 signature check written
 * independently of acs4j's signer (JDK URLEncoder plus the documented fix-ups, as Alibaba's own SDKs do),
 * so that a bug in our encoder cannot hide itself.
 */
public final class FormRequest {
    private final RecordedRequest recorded;
    private final String rawBody;
    private final TreeMap<String, String> params = new TreeMap<>();

    private FormRequest(RecordedRequest recorded) {
        this.recorded = recorded;
        this.rawBody = recorded.getBody().readUtf8();
        if (!rawBody.isEmpty()) {
            for (String pair : rawBody.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
    }

    /** @param r the recorded request @return the decoded view */
    public static FormRequest of(RecordedRequest r) {
        if (r == null) {
            throw new AssertionError("the server received no request");
        }
        return new FormRequest(r);
    }

    /** @return the recorded request */
    public RecordedRequest recorded() {
        return recorded;
    }

    /** @return the body exactly as sent */
    public String rawBody() {
        return rawBody;
    }

    /** @return every decoded form parameter, sorted */
    public TreeMap<String, String> params() {
        return params;
    }

    /** @param name parameter @return its decoded value or null */
    public String param(String name) {
        return params.get(name);
    }

    /** @return the parameters without the common ones, for asserting on an operation's own parameters */
    public TreeMap<String, String> operationParams() {
        TreeMap<String, String> m = new TreeMap<>(params);
        for (String common : new String[]{"Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
                "SignatureVersion", "SignatureNonce", "Timestamp", "SecurityToken", "Signature"}) {
            m.remove(common);
        }
        return m;
    }

    /** @param method HTTP method @return the V1 string to sign of these parameters, computed independently */
    public String expectedStringToSign(String method) {
        Map<String, String> signed = new TreeMap<>(params);
        signed.remove("Signature");
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> e : signed.entrySet()) {
            if (canonical.length() > 0) {
                canonical.append('&');
            }
            canonical.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return method + "&" + encode("/") + "&" + encode(canonical.toString());
    }

    /**
     * @param secret the AccessKey secret
     * @return whether the Signature parameter is right for the other parameters
     */
    public boolean v1SignatureVerifies(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            String expected = Base64.getEncoder().encodeToString(
                    mac.doFinal(expectedStringToSign(recorded.getMethod()).getBytes(StandardCharsets.UTF_8)));
            return expected.equals(params.get("Signature"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
