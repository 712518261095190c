package io.github.acs4j.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.internal.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Credentials from the Alibaba Cloud CLI's profile file ({@code ~/.aliyun/config.json}). The profile is
 * the one named by {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}. Supported modes:
 * {@code AK}, {@code StsToken}, {@code RamRoleArn} (STS {@code AssumeRole} with the profile's key) and
 * {@code EcsRamRole} (instance metadata). The file is read at the first call; the provider it describes is
 * then kept, so role credentials refresh in place.
 */
public final class CliProfileCredentialsProvider implements CredentialsProvider {
    /** Environment variable naming the profile. */
    public static final String PROFILE = "ALIBABA_CLOUD_PROFILE";

    private final Path file;
    private final String profileName;
    private final RoleLinks links;
    private final LazyCredentialsProvider delegate = new LazyCredentialsProvider(this::load);

    private CliProfileCredentialsProvider(Builder b) {
        this.file = b.configFile != null ? b.configFile : b.home().resolve(".aliyun").resolve("config.json");
        this.profileName = b.profile();
        this.links = b.links();
    }

    /** @return a provider for the process's home directory and environment */
    public static CliProfileCredentialsProvider create() {
        return builder().environment(System.getenv()).build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return delegate.resolveCredentials();
    }

    private CredentialsProvider load() {
        if (!Files.isRegularFile(file)) {
            throw new AcsClientException("The CLI profile file " + file + " does not exist.");
        }
        String what = "The CLI profile file " + file;
        JsonNode root = CredentialsText.json(CredentialsText.read(file, what), what);
        if (root == null || !root.isObject()) {
            throw new AcsClientException(what + " does not hold a JSON object.");
        }
        String name = profileName != null ? profileName : Json.text(root, "current");
        if (name == null || name.isEmpty()) {
            throw new AcsClientException("The CLI profile file " + file + " names no current profile and "
                    + PROFILE + " is not set.");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode p : Json.list(Json.path(root, "profiles"), n -> n)) {
            String n = Json.text(p, "name");
            names.add(n);
            if (name.equals(n)) {
                return fromProfile(p, name);
            }
        }
        throw new AcsClientException("The CLI profile file " + file + " has no profile '" + name + "' (profiles: "
                + names + ").");
    }

    private CredentialsProvider fromProfile(JsonNode p, String name) {
        String mode = Json.text(p, "mode");
        String where = "profile '" + name + "' of " + file;
        if ("AK".equals(mode)) {
            return StaticCredentialsProvider.create(key(p, where));
        } else if ("StsToken".equals(mode)) {
            Credentials k = key(p, where);
            return StaticCredentialsProvider.create(Credentials.of(k.accessKeyId(), k.accessKeySecret(),
                    require(p, "sts_token", where), null));
        } else if ("RamRoleArn".equals(mode)) {
            return links.ramRoleArn(key(p, where), require(p, "ram_role_arn", where),
                    Values.trimToNull(Json.text(p, "ram_session_name")), expiredSeconds(p), null, null);
        } else if ("EcsRamRole".equals(mode)) {
            return links.ecsRamRole(Values.trimToNull(Json.text(p, "ram_role_name")));
        }
        throw new AcsClientException("The " + where + " has mode '" + mode
                + "'; supported: AK, StsToken, RamRoleArn, EcsRamRole.");
    }

    private static Integer expiredSeconds(JsonNode p) {
        Integer s = Json.intValue(p, "expired_seconds");
        return s == null || s < 900 ? null : s;
    }

    private static Credentials key(JsonNode p, String where) {
        return Credentials.of(require(p, "access_key_id", where), require(p, "access_key_secret", where));
    }

    private static String require(JsonNode p, String field, String where) {
        String v = Values.trimToNull(Json.text(p, field));
        if (v == null) {
            throw new AcsClientException("The " + where + " has no " + field + ".");
        }
        return v;
    }

    @Override
    public String toString() {
        return "CliProfileCredentialsProvider(" + file + (profileName == null ? "" : ", profile=" + profileName) + ")";
    }

    /** Builder for {@link CliProfileCredentialsProvider}. */
    public static final class Builder extends ProfileFileBuilder<Builder> {
        private Path configFile;

        private Builder() {
        }

        /**
         * @param file the profile file (default {@code <home>/.aliyun/config.json})
         * @return this
         */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** @return the provider (the file is read at the first call) */
        public CliProfileCredentialsProvider build() {
            return new CliProfileCredentialsProvider(this);
        }
    }
}
