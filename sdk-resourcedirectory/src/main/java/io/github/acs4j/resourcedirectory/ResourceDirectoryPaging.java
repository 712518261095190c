package io.github.acs4j.resourcedirectory;

import io.github.acs4j.resourcedirectory.model.ContactVerification;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.core.internal.PageDescription;

/**
 * How Resource Directory's list operations page, as data for the paginators of {@link ResourceDirectoryClient} and
 * {@link ResourceDirectoryAsyncClient}.
 */
final class ResourceDirectoryPaging {
    /** {@code listMessageContacts}: {@code pageNumber} selects the page, {@code totalCount} says when to stop; the answer's {@code pageNumber} shows progress. */
    static final PageDescription<ListMessageContactsRequest, ListMessageContactsResponse, MessageContact> LIST_MESSAGE_CONTACTS =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    ListMessageContactsRequest::pageNumber,
                    ListMessageContactsRequest::pageSize,
                    ListMessageContactsResponse::contacts,
                    ListMessageContactsResponse::totalCount,
                    ListMessageContactsResponse::pageNumber);

    /** {@code listMessageContactVerifications}: {@code pageNumber} selects the page, {@code totalCount} says when to stop; the answer's {@code pageNumber} shows progress. */
    static final PageDescription<ListMessageContactVerificationsRequest, ListMessageContactVerificationsResponse, ContactVerification> LIST_MESSAGE_CONTACT_VERIFICATIONS =
            PageDescription.of(
                    (r, n) -> r.toBuilder().pageNumber(n).build(),
                    ListMessageContactVerificationsRequest::pageNumber,
                    ListMessageContactVerificationsRequest::pageSize,
                    ListMessageContactVerificationsResponse::contactVerifications,
                    ListMessageContactVerificationsResponse::totalCount,
                    ListMessageContactVerificationsResponse::pageNumber);

    private ResourceDirectoryPaging() {
    }
}
