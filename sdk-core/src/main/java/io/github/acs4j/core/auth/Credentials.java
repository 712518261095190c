package io.github.acs4j.core.auth;

import io.github.acs4j.core.util.Redact;
import io.github.acs4j.core.util.ToStringBuilder;

import java.time.Instant;
import java.util.Objects;

/**
 * An AccessKey pair, with a security token and an expiry when it is temporary (STS) credentials.
 * Immutable; {@link #toString()} never shows the secret or the token.
 */
public final class Credentials {
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;
    private final Instant expiration;

    private Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
        if (accessKeyId == null || accessKeyId.isEmpty()) {
            throw new IllegalArgumentException("accessKeyId must not be empty");
        }
        if (accessKeySecret == null || accessKeySecret.isEmpty()) {
            throw new IllegalArgumentException("accessKeySecret must not be empty");
        }
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.securityToken = securityToken == null || securityToken.isEmpty() ? null : securityToken;
        this.expiration = expiration;
    }

    /**
     * Long-term AccessKey credentials.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @return the credentials
     */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null, null);
    }

    /**
     * Temporary (STS) credentials.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret the AccessKey secret
     * @param securityToken the STS security token, or null
     * @param expiration when they stop working, or null if unknown
     * @return the credentials
     */
    public static Credentials of(String accessKeyId, String accessKeySecret, String securityToken,
                                 Instant expiration) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken, expiration);
    }

    /** @return the AccessKey ID */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the AccessKey secret */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** @return the STS security token, or null for long-term credentials */
    public String securityToken() {
        return securityToken;
    }

    /** @return when the credentials expire, or null when they do not (or it is unknown) */
    public Instant expiration() {
        return expiration;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials c = (Credentials) o;
        return accessKeyId.equals(c.accessKeyId) && accessKeySecret.equals(c.accessKeySecret)
                && Objects.equals(securityToken, c.securityToken) && Objects.equals(expiration, c.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken, expiration);
    }

    @Override
    public String toString() {
        return ToStringBuilder.of("Credentials")
                .add("accessKeyId", maskId(accessKeyId))
                .add("accessKeySecret", Redact.secret(accessKeySecret))
                .add("securityToken", Redact.secret(securityToken))
                .add("expiration", expiration)
                .build();
    }

    private static String maskId(String id) {
        return id.length() <= 6 ? Redact.HIDDEN : id.substring(0, 4) + Redact.HIDDEN;
    }
}
