package io.github.acs4j.bench.acs4j;

import io.github.acs4j.core.signing.SignatureVersion;

/** acs4j: the same call as {@link Acs4jCms}, signed with V1 (HMAC-SHA1, everything in the form body). */
public final class Acs4jCmsV1 extends Acs4jCms {
    /** Creates the contender; {@link #open} builds the client. */
    public Acs4jCmsV1() {
    }

    @Override
    SignatureVersion signatureVersion() {
        return SignatureVersion.V1;
    }
}
