package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
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
    private volatile CredentialsProvider delegate;

    private IniFileCredentialsProvider(Builder b) {
        Map<String, String> env = b.environment;
        String envFile = env == null ? null : Values.trimToNull(env.get(CREDENTIALS_FILE));
        Path home = b.homeDirectory != null ? b.homeDirectory : Paths.get(System.getProperty("user.home"));
        this.file = b.file != null ? b.file : envFile != null ? Paths.get(envFile)
                : home.resolve(".alibabacloud").resolve("credentials.ini");
        String envProfile = env == null ? null : Values.trimToNull(env.get(CliProfileCredentialsProvider.PROFILE));
        this.section = b.profileName != null ? b.profileName : envProfile != null ? envProfile : "default";
        this.links = new RoleLinks(b.stsEndpoint, b.ecsMetadataEndpoint, b.clock);
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
        CredentialsProvider d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = load();
                    delegate = d;
                }
            }
        }
        return d.resolveCredentials();
    }

    private CredentialsProvider load() {
        if (!Files.isRegularFile(file)) {
            throw new AcsClientException("The credentials file " + file + " does not exist.");
        }
        Map<String, Map<String, String>> sections;
        try {
            sections = parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AcsClientException("Cannot read the credentials file " + file + " ("
                    + e.getClass().getSimpleName() + ").", e);
        }
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
        for (String raw : text.split("\r?\n")) {
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
    public static final class Builder {
        private Path file;
        private Path homeDirectory;
        private String profileName;
        private Map<String, String> environment;
        private URI stsEndpoint;
        private URI ecsMetadataEndpoint;
        private Clock clock;

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

        /**

         * @param home the home directory the default file is under (default {@code user.home})

         * @return this

         */
        public Builder homeDirectory(Path home) {
            this.homeDirectory = home;
            return this;
        }

        /**

         * @param name the section to use (default {@code ALIBABA_CLOUD_PROFILE}, else {@code default})

         * @return this

         */
        public Builder profileName(String name) {
            this.profileName = name;
            return this;
        }

        /**

         * @param environment where the file and profile variables are read (default: none)

         * @return this

         */
        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        /**

         * @param endpoint STS endpoint for {@code ram_role_arn} sections

         * @return this

         */
        public Builder stsEndpoint(URI endpoint) {
            this.stsEndpoint = endpoint;
            return this;
        }

        /**

         * @param endpoint instance-metadata base address for {@code ecs_ram_role} sections

         * @return this

         */
        public Builder ecsMetadataEndpoint(URI endpoint) {
            this.ecsMetadataEndpoint = endpoint;
            return this;
        }

        /**

         * @param clock the clock for timestamps and refresh decisions

         * @return this

         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @return the provider (the file is read at the first call) */
        public IniFileCredentialsProvider build() {
            return new IniFileCredentialsProvider(this);
        }
    }
}
