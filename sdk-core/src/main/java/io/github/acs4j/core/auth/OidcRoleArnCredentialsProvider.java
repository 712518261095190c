package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.internal.StsClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Temporary credentials of a RAM role, obtained with STS {@code AssumeRoleWithOIDC} in exchange for an
 * OIDC token read from a file (as Kubernetes service-account token projection provides, re-read at every
 * refresh). From the environment: {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN},
 * {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE}, optionally {@code ALIBABA_CLOUD_ROLE_SESSION_NAME}. The STS call
 * runs through acs4j's own pipeline, unsigned (the token authenticates it). Refreshed ahead of expiry.
 */
public final class OidcRoleArnCredentialsProvider implements CredentialsProvider, AutoCloseable {
    /** Environment variable: the role to assume. */
    public static final String ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    /** Environment variable: the OIDC identity provider registered in RAM. */
    public static final String OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    /** Environment variable: the file holding the OIDC token. */
    public static final String OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    /** Environment variable: the role session name (optional). */
    public static final String ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";

    private final String roleArn;
    private final Path tokenFile;
    private final Map<String, String> params;
    private final StsClient sts;
    private final CredentialsCache cache;

    private OidcRoleArnCredentialsProvider(Builder b) {
        if (isBlank(b.roleArn) || isBlank(b.oidcProviderArn) || b.oidcTokenFile == null) {
            throw new IllegalArgumentException("roleArn, oidcProviderArn and oidcTokenFile must all be set");
        }
        Map<String, String> p = b.roleParameters();
        p.put("OIDCProviderArn", b.oidcProviderArn.trim());
        this.roleArn = p.get("RoleArn");
        this.tokenFile = b.oidcTokenFile;
        this.params = p;
        this.sts = new StsClient(b.stsEndpoint, null, b.clock, CredentialsHttp.CLIENT, b.proxies);
        this.cache = new CredentialsCache(toString(), this::fetch, b.clock);
    }

    /** @return a provider configured from the process environment */
    public static OidcRoleArnCredentialsProvider create() {
        return builder().fromEnvironment(System.getenv()).build();
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
        String token;
        try {
            token = new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new AcsClientException("Cannot read the OIDC token file " + tokenFile + " ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        if (token.isEmpty()) {
            throw new AcsClientException("The OIDC token file " + tokenFile + " is empty.");
        }
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("OIDCToken", token);
        return sts.assumeRoleWithOidc(p);
    }

    @Override
    public void close() {
        sts.close();
    }

    @Override
    public String toString() {
        return "OidcRoleArnCredentialsProvider(roleArn=" + roleArn + ", tokenFile=" + tokenFile + ")";
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    /** Builder for {@link OidcRoleArnCredentialsProvider}. */
    public static final class Builder extends RoleCredentialsBuilder<Builder> {
        private String oidcProviderArn;
        private Path oidcTokenFile;

        private Builder() {
        }

        /**
         * Takes role, provider, token file and session name from environment variables.
         *
         * @param environment variables by name
         * @return this
         * @throws AcsClientException naming the variables that are missing
         */
        public Builder fromEnvironment(Map<String, String> environment) {
            String role = environment.get(ROLE_ARN);
            String provider = environment.get(OIDC_PROVIDER_ARN);
            String file = environment.get(OIDC_TOKEN_FILE);
            if (isBlank(role) || isBlank(provider) || isBlank(file)) {
                throw new AcsClientException(ROLE_ARN + " is " + state(role) + ", " + OIDC_PROVIDER_ARN + " is "
                        + state(provider) + ", " + OIDC_TOKEN_FILE + " is " + state(file) + "; all three are needed.");
            }
            return roleArn(role).oidcProviderArn(provider).oidcTokenFile(Paths.get(file.trim()))
                    .roleSessionName(environment.get(ROLE_SESSION_NAME));
        }

        private static String state(String v) {
            return isBlank(v) ? "not set" : "set";
        }

        /**
         * @param arn the OIDC identity provider registered in RAM (required)
         * @return this
         */
        public Builder oidcProviderArn(String arn) {
            this.oidcProviderArn = arn;
            return this;
        }

        /**
         * @param file the file holding the OIDC token, re-read at every refresh (required)
         * @return this
         */
        public Builder oidcTokenFile(Path file) {
            this.oidcTokenFile = file;
            return this;
        }

        /** @return the provider */
        public OidcRoleArnCredentialsProvider build() {
            return new OidcRoleArnCredentialsProvider(this);
        }
    }
}
