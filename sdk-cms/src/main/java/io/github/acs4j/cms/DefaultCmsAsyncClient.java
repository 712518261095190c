package io.github.acs4j.cms;

import io.github.acs4j.cms.model.DeleteContactGroupRequest;
import io.github.acs4j.cms.model.DeleteContactGroupResponse;
import io.github.acs4j.cms.model.DeleteContactRequest;
import io.github.acs4j.cms.model.DeleteContactResponse;
import io.github.acs4j.cms.model.DescribeContactGroupListRequest;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupRequest;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.cms.model.PutContactGroupRequest;
import io.github.acs4j.cms.model.PutContactGroupResponse;
import io.github.acs4j.cms.model.PutContactRequest;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;

import java.util.concurrent.CompletableFuture;

/**
 * The {@link CmsAsyncClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation} run
 * without blocking by the shared pipeline.
 */
final class DefaultCmsAsyncClient implements CmsAsyncClient {
    private final ClientRuntime runtime;

    DefaultCmsAsyncClient(ClientConfiguration configuration) {
        this(new ClientRuntime(CmsOperations.SERVICE, configuration));
    }

    private DefaultCmsAsyncClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<PutContactResponse> putContact(PutContactRequest request) {
        return runtime.invokeAsync(CmsOperations.PUT_CONTACT, request);
    }

    @Override
    public CompletableFuture<PutContactGroupResponse> putContactGroup(PutContactGroupRequest request) {
        return runtime.invokeAsync(CmsOperations.PUT_CONTACT_GROUP, request);
    }

    @Override
    public CompletableFuture<DescribeContactListResponse> describeContactList(DescribeContactListRequest request) {
        return runtime.invokeAsync(CmsOperations.DESCRIBE_CONTACT_LIST, request);
    }

    @Override
    public CompletableFuture<DescribeContactGroupListResponse> describeContactGroupList(
            DescribeContactGroupListRequest request) {
        return runtime.invokeAsync(CmsOperations.DESCRIBE_CONTACT_GROUP_LIST, request);
    }

    @Override
    public CompletableFuture<DescribeContactListByContactGroupResponse> describeContactListByContactGroup(
            DescribeContactListByContactGroupRequest request) {
        return runtime.invokeAsync(CmsOperations.DESCRIBE_CONTACT_LIST_BY_CONTACT_GROUP, request);
    }

    @Override
    public CompletableFuture<DeleteContactResponse> deleteContact(DeleteContactRequest request) {
        return runtime.invokeAsync(CmsOperations.DELETE_CONTACT, request);
    }

    @Override
    public CompletableFuture<DeleteContactGroupResponse> deleteContactGroup(DeleteContactGroupRequest request) {
        return runtime.invokeAsync(CmsOperations.DELETE_CONTACT_GROUP, request);
    }

    @Override
    public CmsAsyncClient withOverride(RequestOverride override) {
        return new DefaultCmsAsyncClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
