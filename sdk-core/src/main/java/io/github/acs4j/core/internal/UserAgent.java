package io.github.acs4j.core.internal;

import io.github.acs4j.core.exception.AcsClientException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The User-Agent every request carries: SDK, Java and OS versions, the product, and the user's suffix.
 */
final class UserAgent {
    /** The SDK version: what the build wrote into {@code version.properties}, else the jar manifest's. */
    static final String SDK_VERSION = version();

    private UserAgent() {
    }

    /** @throws AcsClientException when the suffix cannot travel in a header (a line break, a non-ASCII character) */
    static String of(ServiceDescriptor service, String suffix) {
        if (suffix != null) {
            int bad = HeaderValues.firstIllegal(suffix);
            if (bad >= 0) {
                throw new AcsClientException("userAgentSuffix must be printable ASCII (it travels in the User-Agent"
                        + " header): '" + escaped(suffix) + "' has " + HeaderValues.kind(suffix.charAt(bad))
                        + " at index " + bad + ".");
            }
        }
        String ua = "acs4j/" + SDK_VERSION + " (Java/" + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + "/" + System.getProperty("os.version") + ") "
                + service.name() + "/" + service.apiVersion();
        return suffix == null || suffix.trim().isEmpty() ? ua : ua + " " + suffix.trim();
    }

    /** @return the text with every character outside printable ASCII written as a Java escape */
    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    private static String version() {
        // the resource survives an application shading acs4j into one jar, where the manifest does not
        String v = fromResource();
        if (v == null && UserAgent.class.getPackage() != null) {
            v = UserAgent.class.getPackage().getImplementationVersion();
        }
        return v == null ? "dev" : v;
    }

    private static String fromResource() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            // unfiltered (an IDE copying resources without Maven) reads as the placeholder
            return v == null || v.isEmpty() || v.startsWith("$") ? null : v;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
