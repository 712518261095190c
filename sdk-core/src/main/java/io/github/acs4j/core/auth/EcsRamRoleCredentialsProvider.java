package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.net.URI;
import java.time.Clock;

/**
 * The temporary credentials of the RAM role attached to an ECS instance, from the instance metadata
 * service in its hardened mode: a session token first ({@code PUT /latest/api/token}), then
 * {@code /latest/meta-data/ram/security-credentials/<role>} with that token. Without a role name the
 * attached role is looked up first. Refreshed ahead of expiry (see {@link DefaultCredentialsProvider}).
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider {
    /** Environment variable naming the instance's RAM role; setting it enables the ECS link of the chain. */
    public static final String ECS_METADATA = "ALIBABA_CLOUD_ECS_METADATA";
    /** Environment variable that, set to {@code true}, keeps the default chain away from instance metadata. */
    public static final String ECS_METADATA_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";

    // the link-local address of the ECS metadata service; only ever reached from main code's default
    private static final String METADATA_HOST = "100.100.100.200";
    /** Where the metadata service answers on an ECS instance. */
    public static final URI DEFAULT_ENDPOINT = URI.create("http://" + METADATA_HOST);

    static final String TOKEN_PATH = "latest/api/token";
    static final String CREDENTIALS_PATH = "latest/meta-data/ram/security-credentials/";
    static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    private static final String TOKEN_TTL_SECONDS = "21600";

    private final String roleName;
    private final HttpUrl endpoint;
    private final CredentialsCache cache;

    private EcsRamRoleCredentialsProvider(Builder b) {
        this.roleName = b.roleName == null || b.roleName.trim().isEmpty() ? null : b.roleName.trim();
        this.endpoint = HttpUrl.get(b.endpoint).newBuilder().encodedPath("/").build();
        this.cache = new CredentialsCache(toString(), this::fetch, b.clock);
    }

    /** @return a provider for the instance's attached role, at the real metadata address */
    public static EcsRamRoleCredentialsProvider create() {
        return builder().build();
    }

    /**
     * @param roleName the RAM role attached to the instance
     * @return a provider for it
     */
    public static EcsRamRoleCredentialsProvider create(String roleName) {
        return builder().roleName(roleName).build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private Credentials fetch() {
        String what = "ECS instance metadata";
        // CredentialsHttp.DIRECT: the metadata address never goes through a proxy
        String token = CredentialsHttp.text(CredentialsHttp.DIRECT, new Request.Builder()
                .url(endpoint.resolve(TOKEN_PATH))
                .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS).put(RequestBody.create(new byte[0])).build(),
                what + " (session token)").trim();
        String role = roleName;
        if (role == null) {
            String list = CredentialsHttp.text(CredentialsHttp.DIRECT, new Request.Builder()
                    .url(endpoint.resolve(CREDENTIALS_PATH))
                    .header(TOKEN_HEADER, token).build(), what + " (role lookup)").trim();
            role = list.isEmpty() ? null : list.split("\\s+")[0];
            if (role == null) {
                throw new AcsClientException(what + ": no RAM role is attached to this instance.");
            }
        }
        HttpUrl url = endpoint.newBuilder().addPathSegments(CREDENTIALS_PATH).addPathSegment(role).build();
        String body = CredentialsHttp.text(CredentialsHttp.DIRECT,
                new Request.Builder().url(url).header(TOKEN_HEADER, token).build(),
                what + " (credentials of role " + role + ")");
        return CredentialsHttp.credentials(body, what + " (role " + role + ")");
    }

    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider(role=" + (roleName == null ? "<attached role>" : roleName) + ")";
    }

    /** Builder for {@link EcsRamRoleCredentialsProvider}. */
    public static final class Builder {
        private String roleName;
        private URI endpoint = DEFAULT_ENDPOINT;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param roleName the role attached to the instance (default: looked up)
         * @return this
         */
        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        /**
         * @param endpoint base address of the metadata service (tests, proxies)
         * @return this
         */
        public Builder endpoint(URI endpoint) {
            if (endpoint == null) {
                throw new IllegalArgumentException("endpoint must not be null");
            }
            this.endpoint = endpoint;
            return this;
        }

        /**
         * @param clock the clock that decides when to refresh
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = clock == null ? Clock.systemUTC() : clock;
            return this;
        }

        /** @return the provider */
        public EcsRamRoleCredentialsProvider build() {
            return new EcsRamRoleCredentialsProvider(this);
        }
    }
}
