package io.github.acs4j.cms;

import io.github.acs4j.cms.model.PutContactGroupRequest;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;

/**
 * The {@link CmsClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation}
 * run by the shared pipeline.
 */
final class DefaultCmsClient implements CmsClient {
    private final ClientRuntime runtime;

    DefaultCmsClient(ClientConfiguration configuration) {
        this.runtime = new ClientRuntime(CmsOperations.SERVICE, configuration);
    }

    @Override
    public PutContactResponse putContact(PutContactRequest request) {
        return runtime.invoke(CmsOperations.PUT_CONTACT, request);
    }

    @Override
    public PutContactGroupResponse putContactGroup(PutContactGroupRequest request) {
        return runtime.invoke(CmsOperations.PUT_CONTACT_GROUP, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
