package io.github.acs4j.bench;

/**
 * One way of making the same PutContact call, and of reading the same list pages, run by {@link Worker} in
 * a JVM of its own. Implementations have a public no-argument constructor.
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
    /** Scenario: one PutContact. */
    String PUT_CONTACT = "put";
    /** Scenario: one CloudMonitor DescribeContactList page. */
    String LIST_CMS = "list-cms";
    /** Scenario: one ARMS SearchAlertContact page. */
    String LIST_ARMS = "list-arms";
    /** Scenario: one Resource Directory ListMessageContacts page. */
    String LIST_RD = "list-rd";
    /** Items on every list page the local server sends; a contender must read them all. */
    int PAGE_ITEMS = 100;

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

    /**
     * @param scenario one of the list scenarios
     * @return whether this contender has that call
     */
    default boolean lists(String scenario) {
        return false;
    }

    /**
     * Reads one page of the scenario's list: the call, then every field of every item, as a caller
     * copying the page into its own records would.
     *
     * @param scenario one of the list scenarios this contender {@link #lists}
     * @return the number of items whose fields were read (the worker checks it is {@link #PAGE_ITEMS})
     * @throws Exception when the call fails
     */
    default int listPage(String scenario) throws Exception {
        throw new UnsupportedOperationException(scenario);
    }

    /** @return whether {@link #sign()} measures something (the floors do not sign) */
    default boolean signs() {
        return false;
    }

    /**
     * Produces one signed request for the same PutContact, without sending it.
     *
     * @return something derived from the signature, so the work cannot be optimised away
     * @throws Exception anything the SDK throws
     */
    default Object sign() throws Exception {
        throw new UnsupportedOperationException("this contender does not sign");
    }

    /** Releases the client. */
    @Override
    void close();
}
