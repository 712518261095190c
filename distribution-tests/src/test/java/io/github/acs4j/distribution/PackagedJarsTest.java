package io.github.acs4j.distribution;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jars the build packaged, as a user's application loads them (in a reactor build from {@code package} on,
 * this module's classpath holds the packaged jars, not the class folders): each manifest names its Java module
 * and version, each jar carries the license, and a client loaded from them tells the service its real version.
 */
class PackagedJarsTest {
    private static final String VERSION = System.getProperty("acs4j.expectedVersion");

    @Test
    void eachPublishedJarNamesItsModuleAndVersionAndCarriesTheLicense() throws Exception {
        Map<Class<?>, String> modules = new LinkedHashMap<>();
        modules.put(StaticCredentialsProvider.class, "io.github.acs4j.core");
        modules.put(CmsClient.class, "io.github.acs4j.cms");
        modules.put(Cms2Client.class, "io.github.acs4j.cms2");
        modules.put(ArmsClient.class, "io.github.acs4j.arms");
        modules.put(ResourceDirectoryClient.class, "io.github.acs4j.resourcedirectory");
        modules.put(AcsEmulator.class, "io.github.acs4j.emulator");
        for (Map.Entry<Class<?>, String> m : modules.entrySet()) {
            File jar = jarOf(m.getKey());
            try (JarFile file = new JarFile(jar)) {
                Attributes main = file.getManifest().getMainAttributes();
                assertEquals(m.getValue(), main.getValue("Automatic-Module-Name"), jar.getName());
                assertEquals(VERSION, main.getValue("Implementation-Version"), jar.getName());
                assertNotNull(file.getEntry("META-INF/LICENSE"), jar.getName() + " has no META-INF/LICENSE");
                try (InputStream in = file.getInputStream(file.getEntry("META-INF/LICENSE"))) {
                    String license = new String(readAll(in), StandardCharsets.UTF_8);
                    assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004"),
                            jar.getName());
                }
            }
        }
    }

    @Test
    void aClientFromThePackagedJarSendsTheRealVersion() throws Exception {
        jarOf(CmsClient.class);
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                    .setBody("{\"Code\":\"200\",\"RequestId\":\"R-1\",\"Success\":true}"));
            try (CmsClient cms = CmsClient.builder()
                    .region("cn-hangzhou")
                    .endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("AK", "SK"))
                    .retryStrategy(RetryStrategy.none())
                    .build()) {
                cms.putContact(c -> c.contactName("Alice").describe("on-call").channelsMail("alice@example.com"));
            }
            RecordedRequest request = server.takeRequest();
            String userAgent = request.getHeader("User-Agent");
            assertTrue(userAgent.startsWith("acs4j/" + VERSION + " (Java/"), userAgent);
        }
    }

    /** The jar a class was loaded from; skips when it came from a class folder (a build that stopped at `test`). */
    static File jarOf(Class<?> type) throws URISyntaxException {
        assertNotNull(VERSION, "run through Maven (acs4j.expectedVersion is set by the pom)");
        File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assumeTrue(location.isFile() && location.getName().endsWith(".jar"),
                "checks the packaged jars: run `mvn verify` (here " + type.getSimpleName() + " came from " + location + ")");
        return location;
    }

    static byte[] readAll(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
