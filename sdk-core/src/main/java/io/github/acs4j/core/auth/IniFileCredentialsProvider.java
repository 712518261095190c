package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials from the credentials ini file ({@code ~/.alibabacloud/credentials.ini}, or the file named by
 * {@code ALIBABA_CLOUD_CREDENTIALS_FILE}). The section is the one named by {@code ALIBABA_CLOUD_PROFILE},
 * else {@code default}, and it is used only when it says {@code enable = true}. Types: {@code access_key},
 * {@code ecs_ram_role} ({@code role_name}) and {@code ram_role_arn} ({@code access_key_id},
 * {@code access_key_secret}, {@code role_arn}, {@code role_session_name}, {@code policy}).
 */
public final class IniFileCredentialsProvider implements CredentialsProvider {
    /** Environment variable naming the ini file. */
    public static final String CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";

    private final Path file;
    private final String section;
    private final RoleLinks links;
    private final LazyCredentialsProvider delegate = new LazyCredentialsProvider(this::load);

    private IniFileCredentialsProvider(Builder b) {
        String envFile = b.env(CREDENTIALS_FILE);
        this.file = b.file != null ? b.file : envFile != null ? Paths.get(envFile)
                : b.home().resolve(".alibabacloud").resolve("credentials.ini");
        this.section = b.profile() != null ? b.profile() : "default";
        this.links = b.links();
    }

    /** @return a provider for the process's home directory and environment */
    public static IniFileCredentialsProvider create() {
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
            throw new AcsClientException("The credentials file " + file + " does not exist.");
        }
        Map<String, Map<String, String>> sections = parse(CredentialsText.read(file, "The credentials file " + file));
        Map<String, String> s = sections.get(section);
        String where = "section [" + section + "] of " + file;
        if (s == null) {
            throw new AcsClientException("The credentials file " + file + " has no section [" + section
                    + "] (sections: " + sections.keySet() + ").");
        }
        if (!"true".equalsIgnoreCase(s.get("enable"))) {
            throw new AcsClientException("The " + where + " is not enabled (it needs enable = true).");
        }
        String type = s.get("type");
        if ("access_key".equals(type)) {
            return StaticCredentialsProvider.create(key(s, where));
        } else if ("ecs_ram_role".equals(type)) {
            return links.ecsRamRole(Values.trimToNull(s.get("role_name")));
        } else if ("ram_role_arn".equals(type)) {
            return links.ramRoleArn(key(s, where), require(s, "role_arn", where),
                    Values.trimToNull(s.get("role_session_name")), null, Values.trimToNull(s.get("policy")), null);
        }
        throw new AcsClientException("The " + where + " has type '" + type
                + "'; supported: access_key, ecs_ram_role, ram_role_arn.");
    }

    /** A small ini reader: {@code [section]}, {@code key = value}, comments starting with # or ;. */
    static Map<String, Map<String, String>> parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : CredentialsText.withoutByteOrderMark(text).split("\r?\n|\r")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashMap<>();
                sections.put(line.substring(1, line.length() - 1).trim(), current);
            } else if (current != null && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return sections;
    }

    private static Credentials key(Map<String, String> s, String where) {
        return Credentials.of(require(s, "access_key_id", where), require(s, "access_key_secret", where));
    }

    private static String require(Map<String, String> s, String key, String where) {
        String v = Values.trimToNull(s.get(key));
        if (v == null) {
            throw new AcsClientException("The " + where + " has no " + key + ".");
        }
        return v;
    }

    @Override
    public String toString() {
        return "IniFileCredentialsProvider(" + file + ", section=" + section + ")";
    }

    /** Builder for {@link IniFileCredentialsProvider}. */
    public static final class Builder extends ProfileFileBuilder<Builder> {
        private Path file;

        private Builder() {
        }

        /**
         * @param file the ini file (default {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else under the home)
         * @return this
         */
        public Builder file(Path file) {
            this.file = file;
            return this;
        }

        /** @return the provider (the file is read at the first call) */
        public IniFileCredentialsProvider build() {
            return new IniFileCredentialsProvider(this);
        }
    }
}
