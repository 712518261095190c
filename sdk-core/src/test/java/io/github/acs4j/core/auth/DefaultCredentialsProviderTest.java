package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.testing.MutableClock;
import io.github.acs4j.core.testing.StsBodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chain and the file-based providers, over a temporary home directory, an injected environment and
 * system properties, with MockWebServer on 127.0.0.1 standing in for STS and instance metadata.
 */
class DefaultCredentialsProviderTest {
    static final Instant T0 = Instant.parse("2024-05-06T07:00:00Z");

    @TempDir
    Path home;
    MockWebServer server;
    Map<String, String> env = new HashMap<>();
    Properties props = new Properties();
    MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    DefaultCredentialsProvider chain() {
        return DefaultCredentialsProvider.builder().environment(env).systemProperties(props).homeDirectory(home)
                .stsEndpoint(server.url("/").uri()).ecsMetadataEndpoint(server.url("/").uri()).clock(clock).build();
    }

    void cliConfig(String json) throws IOException {
        Files.createDirectories(home.resolve(".aliyun"));
        Files.write(home.resolve(".aliyun/config.json"), json.getBytes(StandardCharsets.UTF_8));
    }

    void ini(String text) throws IOException {
        Files.createDirectories(home.resolve(".alibabacloud"));
        Files.write(home.resolve(".alibabacloud/credentials.ini"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironment() {
        props.setProperty("alibabacloud.accessKeyId", "PropKeyId");
        props.setProperty("alibabacloud.accessKeySecret", "prop-secret");
        props.setProperty("alibabacloud.sessionToken", "prop-token");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvKeyId");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        Credentials c = chain().resolveCredentials();
        assertEquals("PropKeyId", c.accessKeyId());
        assertEquals("prop-token", c.securityToken());
    }

    @Test
    void theEnvironmentComesBeforeTheProfileFiles() throws IOException {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvKeyId");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        cliConfig("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"CliKeyId\",\"access_key_secret\":\"cli-secret\"}]}");
        assertEquals("EnvKeyId", chain().resolveCredentials().accessKeyId());
    }

    @Test
    void cliProfileComesBeforeTheIniFileAndHonoursAlibabaCloudProfile() throws IOException {
        cliConfig("{\"current\":\"default\",\"profiles\":["
                + "{\"name\":\"default\",\"mode\":\"AK\",\"access_key_id\":\"CliDefault\",\"access_key_secret\":\"s1\"},"
                + "{\"name\":\"prod\",\"mode\":\"StsToken\",\"access_key_id\":\"CliProd\",\"access_key_secret\":\"s2\","
                + "\"sts_token\":\"prod-token\"}]}");
        ini("[default]\nenable = true\ntype = access_key\naccess_key_id = IniKeyId\naccess_key_secret = ini-secret\n");
        assertEquals("CliDefault", chain().resolveCredentials().accessKeyId());
        env.put("ALIBABA_CLOUD_PROFILE", "prod");
        Credentials c = chain().resolveCredentials();
        assertEquals("CliProd", c.accessKeyId());
        assertEquals("prod-token", c.securityToken());
    }

    @Test
    void cliRamRoleArnProfileAssumesTheRoleThroughSts() throws Exception {
        cliConfig("{\"current\":\"role\",\"profiles\":[{\"name\":\"role\",\"mode\":\"RamRoleArn\","
                + "\"access_key_id\":\"CliKeyId\",\"access_key_secret\":\"cli-secret\","
                + "\"ram_role_arn\":\"acs:ram::1:role/ops\",\"ram_session_name\":\"cli\",\"expired_seconds\":900}]}");
        server.enqueue(StsBodies.assumed("STS.cli", "tok", T0.plus(Duration.ofMinutes(15))));
        assertEquals("STS.cli", chain().resolveCredentials().accessKeyId());
        FormRequest r = FormRequest.of(server.takeRequest());
        assertEquals("AssumeRole", r.param("Action"));
        assertEquals("acs:ram::1:role/ops", r.param("RoleArn"));
        assertEquals("900", r.param("DurationSeconds"));
        assertTrue(r.v1SignatureVerifies("cli-secret"));
    }

    @Test
    void cliEcsRamRoleProfileReadsInstanceMetadata() throws Exception {
        cliConfig("{\"current\":\"ecs\",\"profiles\":[{\"name\":\"ecs\",\"mode\":\"EcsRamRole\","
                + "\"ram_role_name\":\"worker\"}]}");
        server.enqueue(new MockResponse().setBody("md-token"));
        server.enqueue(StsBodies.metadata("STS.ecs", "tok", T0.plus(Duration.ofHours(6))));
        assertEquals("STS.ecs", chain().resolveCredentials().accessKeyId());
        assertEquals("PUT /latest/api/token HTTP/1.1", server.takeRequest().getRequestLine());
        assertEquals("/latest/meta-data/ram/security-credentials/worker", server.takeRequest().getPath());
    }

    @Test
    void iniSectionsAreUsedOnlyWhenEnabled() throws IOException {
        ini("[default]\nenable = false\ntype = access_key\naccess_key_id = Off\naccess_key_secret = s\n"
                + "[ci]\nenable = true\ntype = access_key\naccess_key_id = IniCi\naccess_key_secret = ci-secret\n");
        AcsClientException e = assertThrows(AcsClientException.class, () -> chain().resolveCredentials());
        assertTrue(e.getMessage().contains("section [default]") && e.getMessage().contains("not enabled"),
                e.getMessage());
        env.put("ALIBABA_CLOUD_PROFILE", "ci");
        assertEquals("IniCi", chain().resolveCredentials().accessKeyId());
    }

    @Test
    void iniFilePathCanComeFromTheEnvironment() throws IOException {
        Path elsewhere = home.resolve("elsewhere.ini");
        Files.write(elsewhere, "[default]\nenable = true\ntype = access_key\naccess_key_id = Moved\naccess_key_secret = s\n"
                .getBytes(StandardCharsets.UTF_8));
        env.put("ALIBABA_CLOUD_CREDENTIALS_FILE", elsewhere.toString());
        assertEquals("Moved", chain().resolveCredentials().accessKeyId());
    }

    @Test
    void rememberstheLinkThatWorked() throws IOException {
        ini("[default]\nenable = true\ntype = access_key\naccess_key_id = IniKeyId\naccess_key_secret = ini-secret\n");
        DefaultCredentialsProvider chain = chain();
        assertEquals("IniKeyId", chain.resolveCredentials().accessKeyId());
        // an earlier link appears later: the chain keeps asking the one that worked
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "EnvKeyId");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        assertEquals("IniKeyId", chain.resolveCredentials().accessKeyId());
        assertTrue(chain.toString().contains("credentials ini file"), chain.toString());
    }

    @Test
    void whenNothingWorksOneExceptionSaysWhatEachLinkTried() {
        AcsClientException e = assertThrows(AcsClientException.class, () -> chain().resolveCredentials());
        String m = e.getMessage();
        assertTrue(m.contains("1. system properties: No credentials in the system properties"), m);
        assertTrue(m.contains("2. environment variables: No credentials in the environment"), m);
        assertTrue(m.contains("3. OIDC role (ALIBABA_CLOUD_ROLE_ARN): ALIBABA_CLOUD_ROLE_ARN is not set"), m);
        assertTrue(m.contains("4. CLI profile file: The CLI profile file " + home.resolve(".aliyun/config.json")
                + " does not exist"), m);
        assertTrue(m.contains("5. credentials ini file: The credentials file"), m);
        assertTrue(m.contains("6. ECS RAM role: skipped: ALIBABA_CLOUD_ECS_METADATA is not set"), m);
        assertTrue(m.contains("7. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): ALIBABA_CLOUD_CREDENTIALS_URI is not set"), m);
        assertEquals(0, server.getRequestCount(), "instance metadata must not be tried off ECS");
    }

    @Test
    void ecsLinkIsTriedWhenTheEnvironmentNamesARole() throws Exception {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "from-env");
        server.enqueue(new MockResponse().setBody("md-token"));
        server.enqueue(StsBodies.metadata("STS.envrole", "tok", T0.plus(Duration.ofHours(6))));
        assertEquals("STS.envrole", chain().resolveCredentials().accessKeyId());
        server.takeRequest();
        assertEquals("/latest/meta-data/ram/security-credentials/from-env", server.takeRequest().getPath());
    }

    @Test
    void ecsLinkIsNeverTriedWhenDisabled() {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "from-env");
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        AcsClientException e = assertThrows(AcsClientException.class, () -> chain().resolveCredentials());
        assertTrue(e.getMessage().contains("ECS RAM role: skipped: ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"),
                e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void credentialsUriIsTheLastLink() throws Exception {
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", server.url("/creds?token=abc").toString());
        server.enqueue(StsBodies.metadata("STS.uri", "tok", T0.plus(Duration.ofHours(1))));
        DefaultCredentialsProvider chain = chain();
        assertEquals("STS.uri", chain.resolveCredentials().accessKeyId());
        assertEquals("/creds?token=abc", server.takeRequest().getPath());
        assertFalse(chain.toString().contains("abc"));
    }

    @Test
    void aNamedCliProfileThatDoesNotExistFailsInsteadOfFallingBack() throws IOException {
        cliConfig("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"CliKeyId\",\"access_key_secret\":\"cli-secret\"}]}");
        CliProfileCredentialsProvider explicit = CliProfileCredentialsProvider.builder().homeDirectory(home)
                .profileName("missing").build();
        AcsClientException e = assertThrows(AcsClientException.class, explicit::resolveCredentials);
        assertTrue(e.getMessage().contains("has no profile 'missing' (profiles: [default])"), e.getMessage());
    }
}
