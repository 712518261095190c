package io.github.acs4j.core.internal;

import io.github.acs4j.core.auth.Credentials;
import okhttp3.HttpUrl;

import java.util.Arrays;

/**
 * Benchmark-only access to the REST-style (ROA) signing step, beside {@link SigningProbe} for RPC: from a
 * CloudMonitor 2.0 {@code CreateContact}-like request to the signed OkHttp request of one attempt (JSON body
 * written, path expanded, ACS3 signature), exactly as {@code ClientRuntime} does it, nothing sent.
 */
public final class RoaSigningProbe {
    private static final RoaRoute<String[]> CREATE_CONTACT = RoaRoute.of("POST", "/contact", (r, w) -> w.body()
            .field("name", r[0]).field("email", r[1]).field("phone", r[2]).field("lang", r[3])
            .list("imUserIds", Arrays.asList(r[4])));
    private static final RoaRoute<String[]> LIST_CONTACTS = RoaRoute.of("GET", "/contact", (r, w) -> w
            .query("workspace", r[0]).queryJson("contactIds", Arrays.asList(r[1], r[2])).query("pageSize", 50));

    private final RoaRequestFactory factory;
    private final Credentials credentials;

    /**
     * @param endpoint the endpoint
     * @param accessKeyId key id
     * @param secret secret
     */
    public RoaSigningProbe(String endpoint, String accessKeyId, String secret) {
        ServiceDescriptor service = new ServiceDescriptor("Cms", "2024-03-30", null, null, false, false);
        RequestFactory stamps = new RequestFactory(HttpUrl.get(endpoint + "/"), "probe", "2024-03-30",
                io.github.acs4j.core.signing.SignatureVersion.V3, java.time.Clock.systemUTC());
        this.factory = new RoaRequestFactory(HttpUrl.get(endpoint + "/"), UserAgent.of(service, null), "2024-03-30",
                stamps::timestamp, RequestFactory::nonce);
        this.credentials = Credentials.of(accessKeyId, secret);
    }

    /**
     * @param name contact name
     * @param email e-mail
     * @param phone phone
     * @param lang language
     * @param imUserId a DingTalk user ID
     * @return the signed request of one CreateContact attempt
     */
    public Object createContact(String name, String email, String phone, String lang, String imUserId) {
        RoaMessage m = RoaMessage.of(CREATE_CONTACT, new String[] {name, email, phone, lang, imUserId});
        return factory.create(1, "CreateContact", m, credentials).request;
    }

    /**
     * @param workspace workspace
     * @param id1 a contact ID
     * @param id2 another contact ID
     * @return the signed request of one ListContacts attempt
     */
    public Object listContacts(String workspace, String id1, String id2) {
        RoaMessage m = RoaMessage.of(LIST_CONTACTS, new String[] {workspace, id1, id2});
        return factory.create(1, "ListContacts", m, credentials).request;
    }
}
