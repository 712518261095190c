package io.github.acs4j.core.auth;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Thrown;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credential files and answers as people and servers really write them: malformed ones fail naming the
 * file, line, column and key and never the secret (the stack trace text, causes included, scanned); files
 * saved by Windows editors (UTF-8 byte-order mark, CRLF line endings) read normally.
 */
class CredentialFilesTest {
    static final String SECRET = "FileSecretValue4242abcd";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path home;

    Path write(String relative, byte[] prefix, String text) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(prefix);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());
        return file;
    }

    AcsClientException cliFails(String json) throws IOException {
        write(".aliyun/config.json", new byte[0], json);
        CliProfileCredentialsProvider p = CliProfileCredentialsProvider.builder().homeDirectory(home).build();
        return assertThrows(AcsClientException.class, p::resolveCredentials);
    }

    @Test
    void aSecretWrittenWithoutQuotesIsNeverQuotedByTheParseFailure() throws IOException {
        // Jackson's own message here is "Unrecognized token 'FileSecretValue4242abcd'"
        AcsClientException e = cliFails("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\r\n"
                + "\"access_key_id\":\"LTAIfile\",\"access_key_secret\":" + SECRET + "}]}");
        String all = Thrown.allText(e);
        assertFalse(all.contains(SECRET), all);
        assertNull(e.getCause());
        assertTrue(e.getMessage().contains(home.resolve(".aliyun").resolve("config.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column"), e.getMessage());
        assertTrue(e.getMessage().contains("in key 'access_key_secret'"), e.getMessage());
    }

    @Test
    void anUnterminatedSecretIsNeverQuotedByTheParseFailure() throws IOException {
        AcsClientException e = cliFails("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"LTAIfile\",\"access_key_secret\":\"" + SECRET);
        assertFalse(Thrown.allText(e).contains(SECRET), Thrown.allText(e));
        assertTrue(e.getMessage().contains("is not valid JSON: the syntax breaks at line 1, column"), e.getMessage());
    }

    @Test
    void aSecretWrittenWhereAKeyBelongsIsNotNamedAsTheKey() throws IOException {
        AcsClientException e = cliFails("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"LTAIfile\",\"access_key_secret\",\"" + SECRET + "\"}]}");
        assertFalse(Thrown.allText(e).contains(SECRET), Thrown.allText(e));
        e = cliFails("{\"current\":\"default\",\"profiles\":[{\"" + SECRET + "\"}]}");
        assertFalse(Thrown.allText(e).contains(SECRET), Thrown.allText(e));
        assertTrue(e.getMessage().contains("after a key it does not know (not shown)"), e.getMessage());
    }

    @Test
    void aMalformedCredentialsUriAnswerIsNeverQuoted() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{\"Code\":\"Success\",\"AccessKeyId\":\"STS.uri\",\n"
                    + "\"AccessKeySecret\":" + SECRET + ",\"SecurityToken\":\"tok\"}"));
            server.start();
            UriCredentialsProvider p = UriCredentialsProvider.create(server.url("/creds").uri(), Clock.systemUTC());
            AcsClientException e = assertThrows(AcsClientException.class, p::resolveCredentials);
            assertFalse(Thrown.allText(e).contains(SECRET), Thrown.allText(e));
            assertTrue(e.getMessage().contains("line 2, column") && e.getMessage().contains("in key 'AccessKeySecret'"),
                    e.getMessage());
        }
    }

    @Test
    void aConfigJsonSavedWithByteOrderMarkAndCrlfIsRead() throws IOException {
        write(".aliyun/config.json", BOM, "{\r\n  \"current\": \"default\",\r\n  \"profiles\": [\r\n    {\r\n"
                + "      \"name\": \"default\",\r\n      \"mode\": \"StsToken\",\r\n      \"access_key_id\": \"LTAIwin\",\r\n"
                + "      \"access_key_secret\": \"win-secret\",\r\n      \"sts_token\": \"win-token\"\r\n    }\r\n  ]\r\n}\r\n");
        Credentials c = CliProfileCredentialsProvider.builder().homeDirectory(home).build().resolveCredentials();
        assertEquals("LTAIwin", c.accessKeyId());
        assertEquals("win-secret", c.accessKeySecret());
        assertEquals("win-token", c.securityToken());
    }

    @Test
    void aCredentialsIniSavedWithByteOrderMarkAndCrlfIsRead() throws IOException {
        write(".alibabacloud/credentials.ini", BOM, "[default]\r\nenable = true\r\ntype = access_key\r\n"
                + "access_key_id = LTAIini\r\naccess_key_secret = ini-secret\r\n");
        Credentials c = IniFileCredentialsProvider.builder().homeDirectory(home).build().resolveCredentials();
        assertEquals("LTAIini", c.accessKeyId());
        assertEquals("ini-secret", c.accessKeySecret());
    }

    @Test
    void filesSavedAsUtf16WithByteOrderMarkAreRead() throws IOException {
        String ini = "\uFEFF[default]\r\nenable = true\r\ntype = access_key\r\naccess_key_id = LTAIutf16\r\n"
                + "access_key_secret = utf16-secret\r\n";
        Files.createDirectories(home.resolve(".alibabacloud"));
        Files.write(home.resolve(".alibabacloud/credentials.ini"), ini.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("utf16-secret", IniFileCredentialsProvider.builder().homeDirectory(home).build()
                .resolveCredentials().accessKeySecret());
        String json = "\uFEFF{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"LTAIutf16\",\"access_key_secret\":\"utf16-secret\"}]}";
        write(".aliyun/config.json", new byte[0], "");
        Files.write(home.resolve(".aliyun/config.json"), json.getBytes(StandardCharsets.UTF_16BE));
        assertEquals("LTAIutf16", CliProfileCredentialsProvider.builder().homeDirectory(home).build()
                .resolveCredentials().accessKeyId());
    }

    @Test
    void aMalformedStsAnswerIsQuotedWithItsSecretsMasked() throws IOException {
        try (MockWebServer sts = new MockWebServer()) {
            sts.enqueue(new MockResponse().setBody("{\"RequestId\":\"sts-bad\",\"Credentials\":{\"AccessKeyId\":\"STS.x\","
                    + "\"AccessKeySecret\":" + SECRET + ",\"SecurityToken\": \"CAISstsToken+1/2==\""));
            sts.start();
            RamRoleArnCredentialsProvider p = RamRoleArnCredentialsProvider.builder()
                    .sourceCredentialsProvider(StaticCredentialsProvider.create("SourceKeyId01", "source-secret"))
                    .roleArn("acs:ram::123456789012:role/ops").stsEndpoint(sts.url("/").uri()).build();
            AcsClientException e = assertThrows(AcsClientException.class, p::resolveCredentials);
            String all = Thrown.allText(e);
            assertFalse(all.contains(SECRET) || all.contains("CAISstsToken"), all);
            assertTrue(e.getMessage().contains("\"AccessKeySecret\":***,\"SecurityToken\": \"***\""), e.getMessage());
        }
    }
}
