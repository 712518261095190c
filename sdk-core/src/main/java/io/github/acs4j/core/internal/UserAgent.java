package io.github.acs4j.core.internal;

/**
 * The User-Agent every request carries: SDK, Java and OS versions, the product, and the user's suffix.
 */
final class UserAgent {
    /** The SDK version, read from the jar manifest when packaged. */
    static final String SDK_VERSION = version();

    private UserAgent() {
    }

    static String of(ServiceDescriptor service, String suffix) {
        String ua = "acs4j/" + SDK_VERSION + " (Java/" + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + "/" + System.getProperty("os.version") + ") "
                + service.name() + "/" + service.apiVersion();
        return suffix == null || suffix.trim().isEmpty() ? ua : ua + " " + suffix.trim();
    }

    private static String version() {
        String v = UserAgent.class.getPackage() == null ? null : UserAgent.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
