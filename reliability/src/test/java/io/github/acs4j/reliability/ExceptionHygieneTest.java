package io.github.acs4j.reliability;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.arms.ArmsException;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.CmsException;
import io.github.acs4j.core.auth.CliProfileCredentialsProvider;
import io.github.acs4j.core.auth.CredentialsProvider;
import io.github.acs4j.core.auth.IniFileCredentialsProvider;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.signing.PercentEncoder;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.testing.Thrown;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an exception carries, for every product: the service's numbers readable and the request's personal
 * values masked; a serialization round trip that keeps code, status, RequestId, message and attempts;
 * credential files that fail to parse without quoting their secret; and files saved by Windows editors read.
 */
@Order(10)
class ExceptionHygieneTest {
    static final String ACCOUNT_ID = "1234567890123456";
    static final String BYTES = "8388608";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path home;
    Harness h;

    @BeforeEach
    void start() throws IOException {
        h = new Harness();
    }

    @AfterEach
    void stop() throws IOException {
        h.close();
    }

    /** An error answer quoting an id, a byte count and the request's phone and e-mail, plain and percent-encoded. */
    static MockResponse errorQuoting(String phone) {
        return Bodies.error(400, "InvalidParameter", "The member account " + ACCOUNT_ID + " does not exist; at most "
                + BYTES + " bytes; contact " + phone + " / " + PercentEncoder.encode(phone) + " / " + Secrets.EMAIL + " / "
                + PercentEncoder.encode(Secrets.EMAIL), "hyg-r1");
    }

    <T extends AcsServiceException> void checkServiceError(String product, Class<T> type, Executable call)
            throws Exception {
        T e = Leaks.record(assertThrows(type, call));
        String m = e.getMessage();
        assertTrue(m.contains("The member account " + ACCOUNT_ID + " does not exist; at most " + BYTES + " bytes"), m);
        for (String s : Secrets.ALL) {
            assertFalse(Thrown.allText(e).contains(s), "leaked " + s + ": " + m);
        }
        assertFalse(m.contains(PercentEncoder.encode(Secrets.EMAIL)), m);
        T back = Thrown.roundTrip(e);
        assertSame(type, back.getClass());
        assertEquals("InvalidParameter", back.errorCode());
        assertEquals(400, back.httpStatus());
        assertEquals("hyg-r1", back.requestId());
        assertEquals(1, back.attempts());
        assertEquals(m, back.getMessage());
        Figures.record(product + " error quoting an account id, a byte count and the request's phone and e-mail",
                "ids and counts readable, phone and e-mail masked (plain and %-encoded); " + type.getSimpleName()
                        + " serialized and read back with code, status, RequestId, message, attempts", 1);
    }

    @Test
    void cloudMonitorErrorsKeepNumbersMaskPersonalValuesAndSerialize() throws Exception {
        h.server.enqueue(errorQuoting(Secrets.PHONE));
        try (CmsClient cms = h.cms().build()) {
            checkServiceError("Cms", CmsException.class, () -> Harness.putContact(cms));
        }
    }

    @Test
    void armsErrorsKeepNumbersMaskPersonalValuesAndSerialize() throws Exception {
        h.server.enqueue(errorQuoting(Secrets.PHONE));
        try (ArmsClient arms = ArmsClient.builder().endpointOverride(h.server.url("/").uri()).region("cn-hangzhou")
                .credentialsProvider(staticCredentials()).retryStrategy(h.retry()).build()) {
            checkServiceError("ARMS", ArmsException.class, () -> Leaks.record(arms.createAlertContact(r -> r
                    .contactName("oncall").email(Secrets.EMAIL).phoneNum(Secrets.PHONE))));
        }
    }

    @Test
    void resourceDirectoryErrorsKeepNumbersMaskPersonalValuesAndSerialize() throws Exception {
        h.server.enqueue(errorQuoting(Secrets.RD_PHONE));
        try (ResourceDirectoryClient rd = ResourceDirectoryClient.builder().endpointOverride(h.server.url("/").uri())
                .credentialsProvider(staticCredentials()).retryStrategy(h.retry()).build()) {
            checkServiceError("Resource Directory", ResourceDirectoryException.class, () -> Leaks.record(
                    rd.addMessageContact(r -> r.name("Oncall").emailAddress(Secrets.EMAIL).phoneNumber(Secrets.RD_PHONE)
                            .title("TechnicalDirector").messageTypes("FaultMessage"))));
        }
    }

    @Test
    void aProxyEchoingTheFormBodyLeaksNothingAndTheClientExceptionSerializes() throws Exception {
        h.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html")
                        .setBody("<html>rejected: " + r.getBody().clone().readUtf8() + "</html>");
            }
        });
        AcsClientException e;
        try (CmsClient cms = h.cms().signatureVersion(SignatureVersion.V1).build()) {
            e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        }
        String signature = FormRequest.of(h.server.takeRequest()).param("Signature");
        String all = Thrown.allText(e);
        for (String s : new String[] {signature, PercentEncoder.encode(signature), PercentEncoder.encode(Secrets.EMAIL),
                PercentEncoder.encode(Secrets.SECURITY_TOKEN)}) {
            assertFalse(all.contains(s), "leaked " + s + ": " + e.getMessage());
        }
        AcsClientException back = Thrown.roundTrip(e);
        assertEquals(e.getMessage(), back.getMessage());
        assertEquals(1, back.attempts());
        Figures.record("HTTP 400 HTML page echoing the whole signed form body", "AcsClientException quoting the"
                + " start with Signature, SecurityToken, AccessKeyId, access_token, phone, e-mail masked; serialized", 1);
    }

    @Test
    void aMalformedCliProfileFileFailsTheCallWithoutQuotingItsSecret() throws IOException {
        Path file = home.resolve("config.json");
        Files.write(file, ("{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\",\n"
                + "\"access_key_id\":\"" + Secrets.ACCESS_KEY_ID + "\",\"access_key_secret\":" + Secrets.ACCESS_KEY_SECRET
                + "}]}").getBytes(StandardCharsets.UTF_8));
        AcsClientException e;
        try (CmsClient cms = h.cms().credentialsProvider(CliProfileCredentialsProvider.builder().configFile(file).build())
                .build()) {
            e = Leaks.record(assertThrows(AcsClientException.class, () -> Harness.putContact(cms)));
        }
        assertFalse(Thrown.allText(e).contains(Secrets.ACCESS_KEY_SECRET), Thrown.allText(e));
        assertTrue(e.getMessage().contains("line 2, column") && e.getMessage().contains("key 'access_key_secret'"),
                e.getMessage());
        assertEquals(0, h.server.getRequestCount());
        Figures.record("CLI config.json with an unquoted secret", "AcsClientException naming file, line 2, column and"
                + " key; no cause, secret nowhere in the chain; nothing sent", 0);
    }

    void callSignedBy(CredentialsProvider provider) throws Exception {
        h.server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"win\",\"Success\":true}"));
        try (CmsClient cms = h.cms().signatureVersion(SignatureVersion.V1).credentialsProvider(provider).build()) {
            Harness.putContact(cms);
        }
        FormRequest r = FormRequest.of(h.server.takeRequest());
        assertEquals(Secrets.ACCESS_KEY_ID, r.param("AccessKeyId"));
        assertTrue(r.v1SignatureVerifies(Secrets.ACCESS_KEY_SECRET));
    }

    static void writeWindows(Path file, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(BOM);
        out.write(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, out.toByteArray());
    }

    @Test
    void credentialFilesSavedByWindowsEditorsAreRead() throws Exception {
        Path json = home.resolve("config.json");
        writeWindows(json, "{\n  \"current\": \"default\",\n  \"profiles\": [{\n    \"name\": \"default\",\n"
                + "    \"mode\": \"AK\",\n    \"access_key_id\": \"" + Secrets.ACCESS_KEY_ID + "\",\n"
                + "    \"access_key_secret\": \"" + Secrets.ACCESS_KEY_SECRET + "\"\n  }]\n}\n");
        callSignedBy(CliProfileCredentialsProvider.builder().configFile(json).build());
        Path ini = home.resolve("credentials.ini");
        writeWindows(ini, "[default]\nenable = true\ntype = access_key\naccess_key_id = " + Secrets.ACCESS_KEY_ID
                + "\naccess_key_secret = " + Secrets.ACCESS_KEY_SECRET + "\n");
        callSignedBy(IniFileCredentialsProvider.builder().file(ini).build());
        Figures.record("config.json and credentials.ini saved with a UTF-8 BOM and CRLF", "both read; the calls"
                + " signed with their key verify", 2);
    }

    static CredentialsProvider staticCredentials() {
        return StaticCredentialsProvider.create(Secrets.ACCESS_KEY_ID, Secrets.ACCESS_KEY_SECRET, Secrets.SECURITY_TOKEN);
    }
}
