package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DescribeContactGroupListRequest;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.cms.model.DescribeContactListRequest;
import io.github.acs4j.cms.model.DescribeContactListResponse;
import io.github.acs4j.core.internal.PageDescription;

/**
 * How CloudMonitor's list operations page, as data for the paginators of {@link CmsClient} and
 * {@link CmsAsyncClient}.
 */
final class CmsPaging {
    /** {@code describeContactList}: {@code pageNumber} selects the page, {@code total} says when to stop. */
    static final PageDescription<DescribeContactListRequest, DescribeContactListResponse, Contact> DESCRIBE_CONTACT_LIST =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    DescribeContactListRequest::pageNumber,
                    DescribeContactListRequest::pageSize,
                    DescribeContactListResponse::contacts,
                    DescribeContactListResponse::total);

    /** {@code describeContactGroupList}: {@code pageNumber} selects the page, {@code total} says when to stop. */
    static final PageDescription<DescribeContactGroupListRequest, DescribeContactGroupListResponse, ContactGroup> DESCRIBE_CONTACT_GROUP_LIST =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    DescribeContactGroupListRequest::pageNumber,
                    DescribeContactGroupListRequest::pageSize,
                    DescribeContactGroupListResponse::contactGroupList,
                    DescribeContactGroupListResponse::total);

    private CmsPaging() {
    }
}
