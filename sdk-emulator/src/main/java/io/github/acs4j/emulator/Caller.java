package io.github.acs4j.emulator;

/**
 * Who sent an authenticated request, and how it was signed.
 */
final class Caller {
    private final String accessKeyId;
    private final String signatureScheme;

    Caller(String accessKeyId, String signatureScheme) {
        this.accessKeyId = accessKeyId;
        this.signatureScheme = signatureScheme;
    }

    String accessKeyId() {
        return accessKeyId;
    }

    /** @return {@code HMAC-SHA1} (RPC V1) or {@code ACS3-HMAC-SHA256} */
    String signatureScheme() {
        return signatureScheme;
    }
}
