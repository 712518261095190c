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

/**
 * The {@link CmsClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation}
 * run by the shared pipeline.
 */
final class DefaultCmsClient implements CmsClient {
    private final ClientRuntime runtime;

    DefaultCmsClient(ClientConfiguration configuration) {
        this(new ClientRuntime(CmsOperations.SERVICE, configuration));
    }

    private DefaultCmsClient(ClientRuntime runtime) {
        this.runtime = runtime;
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
    public DescribeContactListResponse describeContactList(DescribeContactListRequest request) {
        return runtime.invoke(CmsOperations.DESCRIBE_CONTACT_LIST, request);
    }

    @Override
    public DescribeContactGroupListResponse describeContactGroupList(DescribeContactGroupListRequest request) {
        return runtime.invoke(CmsOperations.DESCRIBE_CONTACT_GROUP_LIST, request);
    }

    @Override
    public DescribeContactListByContactGroupResponse describeContactListByContactGroup(DescribeContactListByContactGroupRequest request) {
        return runtime.invoke(CmsOperations.DESCRIBE_CONTACT_LIST_BY_CONTACT_GROUP, request);
    }

    @Override
    public DeleteContactResponse deleteContact(DeleteContactRequest request) {
        return runtime.invoke(CmsOperations.DELETE_CONTACT, request);
    }

    @Override
    public DeleteContactGroupResponse deleteContactGroup(DeleteContactGroupRequest request) {
        return runtime.invoke(CmsOperations.DELETE_CONTACT_GROUP, request);
    }

    @Override
    public CmsClient withOverride(RequestOverride override) {
        return new DefaultCmsClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
