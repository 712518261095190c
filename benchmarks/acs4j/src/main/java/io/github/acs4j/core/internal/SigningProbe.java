package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import io.github.acs4j.core.signing.SignatureVersion;
import okhttp3.HttpUrl;

import java.time.Clock;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Benchmark-only access to the pipeline's signing step (it is package-private in sdk-core, hence this
 * package): from the operation's parameters to the signed OkHttp request of one attempt, exactly as
 * {@code ClientRuntime} does it, nothing sent.
 */
public final class SigningProbe {
    private final RequestFactory factory;
    private final Credentials credentials;

    /**
     * @param endpoint the endpoint
     * @param accessKeyId key id
     * @param secret secret
     * @param product product name for the User-Agent
     * @param apiVersion API version
     */
    public SigningProbe(String endpoint, String accessKeyId, String secret, String product, String apiVersion) {
        this(endpoint, accessKeyId, secret, product, apiVersion, SignatureVersion.V1);
    }

    /**
     * @param endpoint the endpoint
     * @param accessKeyId key id
     * @param secret secret
     * @param product product name for the User-Agent
     * @param apiVersion API version
     * @param version how the probe signs (the client it measures beside signs the same way)
     */
    public SigningProbe(String endpoint, String accessKeyId, String secret, String product, String apiVersion,
                        SignatureVersion version) {
        ServiceDescriptor service = new ServiceDescriptor(product, apiVersion, null, null, true, false);
        this.factory = new RequestFactory(HttpUrl.get(endpoint + "/"), UserAgent.of(service, null), apiVersion,
                version, Clock.systemUTC());
        this.credentials = Credentials.of(accessKeyId, secret);
    }

    /**
     * @param name ContactName
     * @param describe Describe
     * @param mail Channels.Mail
     * @param sms Channels.SMS
     * @param lang Lang
     * @return the signed request of one attempt
     */
    public Object sign(String name, String describe, String mail, String sms, String lang) {
        SortedMap<String, String> params = new TreeMap<>();
        new ParameterWriter(params).put("ContactName", name).put("Describe", describe)
                .put("Channels.Mail", mail).put("Channels.SMS", sms).put("Lang", lang);
        return factory.create(1, "PutContact", params, credentials).request;
    }
}
