package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactGroup;
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
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.paging.AsyncPages;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous client for CloudMonitor (Cms, API 2019-01-01) alert contacts and contact groups: the operations of
 * {@link CmsClient}, each returning at once
 * with a {@link CompletableFuture}. No thread waits on a call: attempts go through OkHttp's asynchronous
 * calls and retries are scheduled, with exactly the retry, idempotency and error rules of the blocking
 * client. Cancelling a future cancels the call in flight. Futures complete on OkHttp's threads: hand slow
 * work to your own executor ({@code thenApplyAsync}). Thread-safe: build one and share it; close it when done.
 *
 * <pre>{@code
 * try (CmsAsyncClient cms = CmsAsyncClient.builder().region("cn-hangzhou").build()) {
 *     cms.describeContactList(r -> r.pageSize(50)).thenAccept(page -> page.contacts().forEach(System.out::println));
 * }
 * }</pre>
 */
public interface CmsAsyncClient extends AutoCloseable {

    /**
     * @return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates an alert contact, or updates the one with the same name.
     *
     * @param request the contact
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<PutContactResponse> putContact(PutContactRequest request);

    /**
     * Like {@link #putContact(PutContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<PutContactResponse> putContact(Consumer<PutContactRequest.Builder> request) {
        PutContactRequest.Builder b = PutContactRequest.builder();
        request.accept(b);
        return putContact(b.build());
    }

    /**
     * Creates a contact group, or updates the one with the same name.
     *
     * @param request the group
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<PutContactGroupResponse> putContactGroup(PutContactGroupRequest request);

    /**
     * Like {@link #putContactGroup(PutContactGroupRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<PutContactGroupResponse> putContactGroup(
            Consumer<PutContactGroupRequest.Builder> request) {
        PutContactGroupRequest.Builder b = PutContactGroupRequest.builder();
        request.accept(b);
        return putContactGroup(b.build());
    }

    /**
     * Lists alert contacts one page at a time, optionally filtered by name or channel. Idempotent.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<DescribeContactListResponse> describeContactList(DescribeContactListRequest request);

    /**
     * Like {@link #describeContactList(DescribeContactListRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DescribeContactListResponse> describeContactList(
            Consumer<DescribeContactListRequest.Builder> request) {
        DescribeContactListRequest.Builder b = DescribeContactListRequest.builder();
        request.accept(b);
        return describeContactList(b.build());
    }

    /**
     * Lists contact groups one page at a time, as names and in detail. Idempotent.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<DescribeContactGroupListResponse> describeContactGroupList(
            DescribeContactGroupListRequest request);

    /**
     * Like {@link #describeContactGroupList(DescribeContactGroupListRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DescribeContactGroupListResponse> describeContactGroupList(
            Consumer<DescribeContactGroupListRequest.Builder> request) {
        DescribeContactGroupListRequest.Builder b = DescribeContactGroupListRequest.builder();
        request.accept(b);
        return describeContactGroupList(b.build());
    }

    /**
     * Lists the contacts of one contact group. Idempotent.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<DescribeContactListByContactGroupResponse> describeContactListByContactGroup(
            DescribeContactListByContactGroupRequest request);

    /**
     * Like {@link #describeContactListByContactGroup(DescribeContactListByContactGroupRequest)}, building the
     * request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DescribeContactListByContactGroupResponse> describeContactListByContactGroup(
            Consumer<DescribeContactListByContactGroupRequest.Builder> request) {
        DescribeContactListByContactGroupRequest.Builder b = DescribeContactListByContactGroupRequest.builder();
        request.accept(b);
        return describeContactListByContactGroup(b.build());
    }

    /**
     * Deletes an alert contact by name. Idempotent.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<DeleteContactResponse> deleteContact(DeleteContactRequest request);

    /**
     * Like {@link #deleteContact(DeleteContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DeleteContactResponse> deleteContact(Consumer<DeleteContactRequest.Builder> request) {
        DeleteContactRequest.Builder b = DeleteContactRequest.builder();
        request.accept(b);
        return deleteContact(b.build());
    }

    /**
     * Deletes a contact group by name; its contacts stay. Idempotent.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link CmsException} when CloudMonitor answers
     *     with an error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input
     *     (nothing is sent) or no usable answer
     */
    CompletableFuture<DeleteContactGroupResponse> deleteContactGroup(DeleteContactGroupRequest request);

    /**
     * Like {@link #deleteContactGroup(DeleteContactGroupRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DeleteContactGroupResponse> deleteContactGroup(
            Consumer<DeleteContactGroupRequest.Builder> request) {
        DeleteContactGroupRequest.Builder b = DeleteContactGroupRequest.builder();
        request.accept(b);
        return deleteContactGroup(b.build());
    }

    /**
     * The pages of {@link #describeContactList(DescribeContactListRequest)}, each fetched only after the previous
     * one was consumed,
     * from the request's page on (set the page size on the request); {@code forEachItem} walks the alert contacts.
     *
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<DescribeContactListResponse, Contact> describeContactListPaginator(
            DescribeContactListRequest request) {
        return AsyncPages.of(CmsPaging.DESCRIBE_CONTACT_LIST, request, this::describeContactList);
    }

    /**
     * Like {@link #describeContactListPaginator(DescribeContactListRequest)}, building the first request in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<DescribeContactListResponse, Contact> describeContactListPaginator(
            Consumer<DescribeContactListRequest.Builder> request) {
        DescribeContactListRequest.Builder b = DescribeContactListRequest.builder();
        request.accept(b);
        return describeContactListPaginator(b.build());
    }

    /**
     * The pages of {@link #describeContactGroupList(DescribeContactGroupListRequest)}, each fetched only after the
     * previous one was consumed,
     * from the request's page on (set the page size on the request); {@code forEachItem} walks the contact groups.
     *
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<DescribeContactGroupListResponse, ContactGroup> describeContactGroupListPaginator(
            DescribeContactGroupListRequest request) {
        return AsyncPages.of(CmsPaging.DESCRIBE_CONTACT_GROUP_LIST, request, this::describeContactGroupList);
    }

    /**
     * Like {@link #describeContactGroupListPaginator(DescribeContactGroupListRequest)}, building the first request
     * in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<DescribeContactGroupListResponse, ContactGroup> describeContactGroupListPaginator(
            Consumer<DescribeContactGroupListRequest.Builder> request) {
        DescribeContactGroupListRequest.Builder b = DescribeContactGroupListRequest.builder();
        request.accept(b);
        return describeContactGroupListPaginator(b.build());
    }

    /**
     * A view of this client whose calls use the override's settings, e.g.
     * {@code withOverride(o -> o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and
     * threads; closing the view does nothing (close this client instead).
     *
     * @param override the settings that replace the client's
     * @return the view
     */
    CmsAsyncClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     *
     * @param override fills a fresh builder
     * @return the view
     */
    default CmsAsyncClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads; calls still in flight complete or fail, none is left hanging. */
    @Override
    void close();

    /** Builder for {@link CmsAsyncClient}. */
    final class Builder extends AcsClientBuilder<Builder, CmsAsyncClient> {
        Builder() {
        }

        @Override
        public CmsAsyncClient build() {
            return new DefaultCmsAsyncClient(configuration());
        }
    }
}
