package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.DeleteAlertContactRequest;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.paging.AsyncPages;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous client for ARMS (API 2019-08-08) legacy alert contacts: the operations of {@link ArmsClient}, each
 * returning at once
 * with a {@link CompletableFuture}. No thread waits on a call: attempts go through OkHttp's asynchronous
 * calls and retries are scheduled, with exactly the retry, idempotency and error rules of the blocking
 * client. Cancelling a future cancels the call in flight. Futures complete on OkHttp's threads: hand slow
 * work to your own executor ({@code thenApplyAsync}). Thread-safe: build one and share it; close it when done.
 *
 * <pre>{@code
 * try (ArmsAsyncClient arms = ArmsAsyncClient.builder().region("cn-hangzhou").build()) {
 * arms.searchAlertContact(r -> r.contactName("Alice")).thenAccept(page ->
 * page.contacts().forEach(System.out::println));
 * }
 * }</pre>
 */
public interface ArmsAsyncClient extends AutoCloseable {

    /**
     * @return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Creates an alert contact. <b>Not idempotent</b>: after a failure that may have reached the service
     * it is not repeated (check with {@link #searchAlertContact(SearchAlertContactRequest)} before
     * creating again).
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer once it arrives; the future fails with {@link ArmsException} when ARMS answers with an
     *     error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing
     *     is sent) or no usable answer
     */
    CompletableFuture<CreateAlertContactResponse> createAlertContact(CreateAlertContactRequest request);

    /**
     * Like {@link #createAlertContact(CreateAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<CreateAlertContactResponse> createAlertContact(
            Consumer<CreateAlertContactRequest.Builder> request) {
        CreateAlertContactRequest.Builder b = CreateAlertContactRequest.builder();
        request.accept(b);
        return createAlertContact(b.build());
    }

    /**
     * Finds alert contacts by name, phone, e-mail or IDs, one page at a time. Idempotent.
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer once it arrives; the future fails with {@link ArmsException} when ARMS answers with an
     *     error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing
     *     is sent) or no usable answer
     */
    CompletableFuture<SearchAlertContactResponse> searchAlertContact(SearchAlertContactRequest request);

    /**
     * Like {@link #searchAlertContact(SearchAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<SearchAlertContactResponse> searchAlertContact(
            Consumer<SearchAlertContactRequest.Builder> request) {
        SearchAlertContactRequest.Builder b = SearchAlertContactRequest.builder();
        request.accept(b);
        return searchAlertContact(b.build());
    }

    /**
     * Changes an alert contact. <b>Every channel left out of the request is deleted from the contact</b>;
     * start from {@link UpdateAlertContactRequest#builderFrom(io.github.acs4j.arms.model.AlertContact)} to
     * keep them. Idempotent.
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer once it arrives; the future fails with {@link ArmsException} when ARMS answers with an
     *     error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing
     *     is sent) or no usable answer
     */
    CompletableFuture<UpdateAlertContactResponse> updateAlertContact(UpdateAlertContactRequest request);

    /**
     * Like {@link #updateAlertContact(UpdateAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<UpdateAlertContactResponse> updateAlertContact(
            Consumer<UpdateAlertContactRequest.Builder> request) {
        UpdateAlertContactRequest.Builder b = UpdateAlertContactRequest.builder();
        request.accept(b);
        return updateAlertContact(b.build());
    }

    /**
     * Deletes an alert contact by ID. Idempotent.
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer once it arrives; the future fails with {@link ArmsException} when ARMS answers with an
     *     error, or with {@link io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing
     *     is sent) or no usable answer
     */
    CompletableFuture<DeleteAlertContactResponse> deleteAlertContact(DeleteAlertContactRequest request);

    /**
     * Like {@link #deleteAlertContact(DeleteAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DeleteAlertContactResponse> deleteAlertContact(
            Consumer<DeleteAlertContactRequest.Builder> request) {
        DeleteAlertContactRequest.Builder b = DeleteAlertContactRequest.builder();
        request.accept(b);
        return deleteAlertContact(b.build());
    }

    /**
     * The pages of {@link #searchAlertContact(SearchAlertContactRequest)}, each fetched only after the previous one
     * was consumed,
     * from the request's page on (set the page size on the request); {@code forEachItem} walks the alert contacts.
     *
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<SearchAlertContactResponse, AlertContact> searchAlertContactPaginator(
            SearchAlertContactRequest request) {
        return AsyncPages.of(ArmsPaging.SEARCH_ALERT_CONTACT, request, this::searchAlertContact);
    }

    /**
     * Like {@link #searchAlertContactPaginator(SearchAlertContactRequest)}, building the first request in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<SearchAlertContactResponse, AlertContact> searchAlertContactPaginator(
            Consumer<SearchAlertContactRequest.Builder> request) {
        SearchAlertContactRequest.Builder b = SearchAlertContactRequest.builder();
        request.accept(b);
        return searchAlertContactPaginator(b.build());
    }

    /**
     * A view of this client whose calls use the override's settings, e.g.
     * {@code withOverride(o -> o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and
     * threads; closing the view does nothing (close this client instead).
     *
     * @param override the settings that replace the client's
     * @return the view
     */
    ArmsAsyncClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     *
     * @param override fills a fresh builder
     * @return the view
     */
    default ArmsAsyncClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads; calls still in flight complete or fail, none is left hanging. */
    @Override
    void close();

    /** Builder for {@link ArmsAsyncClient}. */
    final class Builder extends AcsClientBuilder<Builder, ArmsAsyncClient> {
        Builder() {
        }

        @Override
        public ArmsAsyncClient build() {
            return new DefaultArmsAsyncClient(configuration());
        }
    }
}
