package io.github.acs4j.core.testing;

import okhttp3.mockwebserver.MockResponse;

import java.time.Instant;

/** Answers of STS and of instance metadata, as MockWebServer serves them in credential tests. */
public final class StsBodies {
    private StsBodies() {
    }

    /** @param id AccessKeyId @param token SecurityToken @param expiry Expiration @return an AssumeRole answer */
    public static MockResponse assumed(String id, String token, Instant expiry) {
        return Bodies.json(200, "{\"RequestId\":\"sts-1\",\"AssumedRoleUser\":{\"Arn\":\"acs:ram::1:role/r/s\"},"
                + "\"Credentials\":{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"sts-secret-" + id
                + "\",\"SecurityToken\":\"" + token + "\",\"Expiration\":\"" + expiry + "\"}}");
    }

    /** @param id AccessKeyId @param token SecurityToken @param expiry Expiration @return a metadata credentials answer */
    public static MockResponse metadata(String id, String token, Instant expiry) {
        return Bodies.json(200, "{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"md-secret-" + id
                + "\",\"SecurityToken\":\"" + token + "\",\"Expiration\":\"" + expiry
                + "\",\"LastUpdated\":\"2024-05-06T07:00:00Z\",\"Code\":\"Success\"}");
    }
}
