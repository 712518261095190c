package io.github.acs4j.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.client.ProxyConfiguration;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.internal.EnvironmentProxySelector;
import io.github.acs4j.core.internal.Json;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.Proxy;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of the providers that are not Alibaba Cloud APIs (instance metadata, a credentials URI):
 * one shared OkHttp client with short timeouts, and the one reader of the credentials body they return.
 */
final class CredentialsHttp {
    /**
     * Shared by every provider (the STS clients apply their proxy rule on their copy); sync calls only, so it
     * starts no threads of its own.
     */
    static final OkHttpClient CLIENT = new OkHttpClient.Builder()
            .connectTimeout(1, TimeUnit.SECONDS)
            .readTimeout(5, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .build();
    /** For instance metadata: the address is link-local, so it never goes through a proxy. */
    static final OkHttpClient DIRECT = CLIENT.newBuilder().proxy(Proxy.NO_PROXY).build();
    private static final int MAX_BODY = 64 * 1024;

    private CredentialsHttp() {
    }

    /** @return a copy of the shared client (same pool) that picks its proxy by {@code proxies} */
    static OkHttpClient client(ProxyConfiguration proxies) {
        OkHttpClient.Builder b = CLIENT.newBuilder();
        EnvironmentProxySelector.configure(b, null, null, null, proxies);
        return b.build();
    }

    /** @return the body of a 2xx answer as text; an AcsClientException naming {@code what} otherwise */
    static String text(OkHttpClient client, Request request, String what) {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (body != null && body.source().request(MAX_BODY + 1L)) {
                throw new AcsClientException(what + " answered with more than " + MAX_BODY + " bytes.");
            }
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new AcsClientException(what + " answered HTTP " + response.code() + " for "
                        + request.method() + " " + request.url().encodedPath() + ".");
            }
            return text;
        } catch (IOException e) {
            throw new AcsClientException(what + " could not be reached at " + request.url().scheme() + "://"
                    + request.url().host() + ":" + request.url().port() + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }

    /**
     * Reads {@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken}, {@code Expiration} (the shape
     * instance metadata, credentials URIs and STS share).
     */
    static Credentials credentials(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new AcsClientException(what + " did not answer with a JSON object of credentials.");
        }
        String code = Json.text(node, "Code");
        if (code != null && !"Success".equalsIgnoreCase(code)) {
            throw new AcsClientException(what + " answered with Code " + code + " instead of credentials.");
        }
        String id = Json.text(node, "AccessKeyId");
        String secret = Json.text(node, "AccessKeySecret");
        if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
            throw new AcsClientException(what + " answered without AccessKeyId or AccessKeySecret.");
        }
        String expiration = Json.text(node, "Expiration");
        Instant expiry = null;
        if (expiration != null && !expiration.isEmpty()) {
            try {
                expiry = Instant.parse(expiration.trim());
            } catch (DateTimeParseException e) {
                throw new AcsClientException(what + " answered with an unreadable Expiration '" + expiration + "'.");
            }
        }
        return Credentials.of(id, secret, Json.text(node, "SecurityToken"), expiry);
    }

    /** Parses a credentials body. */
    static Credentials credentials(String body, String what) {
        return credentials(CredentialsText.json(body, what + "'s answer (" + body.length() + " characters)"), what);
    }
}
