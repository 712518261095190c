package io.github.acs4j.bench.acs4j;

import io.github.acs4j.bench.Contender;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.internal.SigningProbe;
import io.github.acs4j.core.signing.SignatureVersion;

import java.net.URI;

/**
 * acs4j: {@code CmsClient.putContact} with default options (so ACS3, CloudMonitor's default signature since
 * issue 12), a new request object per call. {@link Acs4jCmsV1} is the same call signed with V1.
 */
public class Acs4jCms implements Contender {
    private CmsClient client;
    private SigningProbe probe;

    /** Creates the contender; {@link #open} builds the client. */
    public Acs4jCms() {
    }

    /** @return the signature the client is built with, null for the product's default (ACS3) */
    SignatureVersion signatureVersion() {
        return null;
    }

    @Override
    public void open(String endpoint) {
        client = CmsClient.builder()
                .region(REGION)
                .endpointOverride(URI.create(endpoint))
                .credentialsProvider(StaticCredentialsProvider.create(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
                .signatureVersion(signatureVersion())
                .build();
        probe = new SigningProbe(endpoint, ACCESS_KEY_ID, ACCESS_KEY_SECRET, "Cms", "2019-01-01",
                signatureVersion() == null ? SignatureVersion.V3 : signatureVersion());
    }

    @Override
    public void call() {
        PutContactResponse r = client.putContact(PutContactRequest.builder()
                .contactName(CONTACT_NAME)
                .describe(DESCRIBE)
                .channelsMail(MAIL)
                .channelsSms(SMS)
                .lang(LANG)
                .build());
        if (!Boolean.TRUE.equals(r.success())) {
            throw new IllegalStateException("not a success: " + r);
        }
    }

    @Override
    public boolean signs() {
        return true;
    }

    @Override
    public Object sign() {
        return probe.sign(CONTACT_NAME, DESCRIBE, MAIL, SMS, LANG);
    }

    @Override
    public void close() {
        client.close();
    }
}
