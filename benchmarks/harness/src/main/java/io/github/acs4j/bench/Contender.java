package io.github.acs4j.bench;

/**
 * One way of making the same PutContact call, run by {@link Worker} in a JVM of its own. Implementations
 * have a public no-argument constructor.
 */
public interface Contender extends AutoCloseable {
    /** Access key the contenders sign with; the local server does not check signatures. */
    String ACCESS_KEY_ID = "LTAI5tBenchmarkKeyId00000";
    /** Secret the contenders sign with. */
    String ACCESS_KEY_SECRET = "benchmarkSecretNotARealOne0000";
    /** The same PutContact for everyone. */
    String CONTACT_NAME = "bench-contact";
    /** Describe parameter. */
    String DESCRIBE = "Benchmark contact, on call for the database";
    /** Channels.Mail parameter. */
    String MAIL = "alice@example.com";
    /** Channels.SMS parameter. */
    String SMS = "13800000000";
    /** Lang parameter. */
    String LANG = "en";
    /** RegionId. */
    String REGION = "cn-hangzhou";

    /**
     * Builds the client.
     *
     * @param endpoint {@code http://127.0.0.1:port}
     * @throws Exception anything the SDK throws
     */
    void open(String endpoint) throws Exception;

    /**
     * One complete PutContact, the success answer read and checked.
     *
     * @throws Exception when the call fails or the answer is not a success
     */
    void call() throws Exception;

    /** @return whether {@link #sign()} measures something (the floor does not sign) */
    boolean signs();

    /**
     * Produces one signed request for the same PutContact, without sending it.
     *
     * @return something derived from the signature, so the work cannot be optimised away
     * @throws Exception anything the SDK throws
     */
    Object sign() throws Exception;

    /** Releases the client. */
    @Override
    void close();
}
