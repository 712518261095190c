package io.github.acs4j.cms;

import io.github.acs4j.cms.model.PutContactGroupRequest;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.client.AcsClientBuilder;

import java.util.function.Consumer;

/**
 * Client for CloudMonitor (Cms, API 2019-01-01) alert contacts and contact groups. Thread-safe: build one
 * and share it; close it when done.
 *
 * <pre>{@code
 * try (CmsClient cms = CmsClient.builder().region("cn-hangzhou").build()) {
 *     cms.putContact(r -> r.contactName("Alice").describe("on-call DBA").channelsMail("alice@example.com"));
 * }
 * }</pre>
 */
public interface CmsClient extends AutoCloseable {

    /** @return a builder; credentials default to the environment */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates an alert contact, or updates the one with the same name.
     *
     * @param request the contact
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws CmsException when CloudMonitor answers with an error
     */
    PutContactResponse putContact(PutContactRequest request);

    /**
     * Like {@link #putContact(PutContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default PutContactResponse putContact(Consumer<PutContactRequest.Builder> request) {
        PutContactRequest.Builder b = PutContactRequest.builder();
        request.accept(b);
        return putContact(b.build());
    }

    /**
     * Creates a contact group, or updates the one with the same name.
     *
     * @param request the group
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws CmsException when CloudMonitor answers with an error
     */
    PutContactGroupResponse putContactGroup(PutContactGroupRequest request);

    /**
     * Like {@link #putContactGroup(PutContactGroupRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default PutContactGroupResponse putContactGroup(Consumer<PutContactGroupRequest.Builder> request) {
        PutContactGroupRequest.Builder b = PutContactGroupRequest.builder();
        request.accept(b);
        return putContactGroup(b.build());
    }

    /** Releases connections and threads. Calls after closing fail. */
    @Override
    void close();

    /** Builder for {@link CmsClient}. */
    final class Builder extends AcsClientBuilder<Builder, CmsClient> {
        Builder() {
        }

        @Override
        public CmsClient build() {
            return new DefaultCmsClient(configuration());
        }
    }
}
