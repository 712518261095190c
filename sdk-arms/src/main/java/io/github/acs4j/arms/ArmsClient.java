package io.github.acs4j.arms;

import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.DeleteAlertContactRequest;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.paging.PageIterable;

import java.util.function.Consumer;

/**
 * Client for ARMS (API 2019-08-08) legacy alert contacts. Every call carries {@code RegionId}: the
 * request's when set, else the client's region (Alibaba's docs say to use {@code cn-hangzhou}).
 * Thread-safe: build one and share it; close it when done.
 *
 * <pre>{@code
 * try (ArmsClient arms = ArmsClient.builder().region("cn-hangzhou").build()) {
 *     String id = arms.createAlertContact(r -> r.contactName("Alice").email("alice@example.com")).contactId();
 * }
 * }</pre>
 */
public interface ArmsClient extends AutoCloseable {

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
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws ArmsException when ARMS answers with an error
     */
    CreateAlertContactResponse createAlertContact(CreateAlertContactRequest request);

    /**
     * Like {@link #createAlertContact(CreateAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default CreateAlertContactResponse createAlertContact(Consumer<CreateAlertContactRequest.Builder> request) {
        CreateAlertContactRequest.Builder b = CreateAlertContactRequest.builder();
        request.accept(b);
        return createAlertContact(b.build());
    }

    /**
     * Finds alert contacts by name, phone, e-mail or IDs, one page at a time. Idempotent.
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws ArmsException when ARMS answers with an error
     */
    SearchAlertContactResponse searchAlertContact(SearchAlertContactRequest request);

    /**
     * Like {@link #searchAlertContact(SearchAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default SearchAlertContactResponse searchAlertContact(Consumer<SearchAlertContactRequest.Builder> request) {
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
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws ArmsException when ARMS answers with an error
     */
    UpdateAlertContactResponse updateAlertContact(UpdateAlertContactRequest request);

    /**
     * Like {@link #updateAlertContact(UpdateAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default UpdateAlertContactResponse updateAlertContact(Consumer<UpdateAlertContactRequest.Builder> request) {
        UpdateAlertContactRequest.Builder b = UpdateAlertContactRequest.builder();
        request.accept(b);
        return updateAlertContact(b.build());
    }

    /**
     * Deletes an alert contact by ID. Idempotent.
     *
     * @param request the request; {@code RegionId} defaults to the client's region
     * @return the answer
     * @throws io.github.acs4j.core.exception.AcsClientException for invalid input (nothing is sent) or no answer
     * @throws ArmsException when ARMS answers with an error
     */
    DeleteAlertContactResponse deleteAlertContact(DeleteAlertContactRequest request);

    /**
     * Like {@link #deleteAlertContact(DeleteAlertContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer
     */
    default DeleteAlertContactResponse deleteAlertContact(Consumer<DeleteAlertContactRequest.Builder> request) {
        DeleteAlertContactRequest.Builder b = DeleteAlertContactRequest.builder();
        request.accept(b);
        return deleteAlertContact(b.build());
    }

    /**
     * The pages of {@link #searchAlertContact(SearchAlertContactRequest)}, each fetched only when iteration reaches
     * it, from the
     * request's page on (set the page size on the request). {@code items()} flattens them into alert contacts.
     *
     * @param request the first page's request
     * @return the lazy pages; iterating a page that fails throws the call's exception
     */
    default PageIterable<SearchAlertContactResponse, AlertContact> searchAlertContactPaginator(
            SearchAlertContactRequest request) {
        return PageIterable.of(ArmsPaging.SEARCH_ALERT_CONTACT, request, this::searchAlertContact);
    }

    /**
     * Like {@link #searchAlertContactPaginator(SearchAlertContactRequest)}, building the first request in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages; iterating a page that fails throws the call's exception
     */
    default PageIterable<SearchAlertContactResponse, AlertContact> searchAlertContactPaginator(
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
    ArmsClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     *
     * @param override fills a fresh builder
     * @return the view
     */
    default ArmsClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads. Calls after closing fail. */
    @Override
    void close();

    /** Builder for {@link ArmsClient}. */
    final class Builder extends AcsClientBuilder<Builder, ArmsClient> {
        Builder() {
        }

        @Override
        public ArmsClient build() {
            return new DefaultArmsClient(configuration());
        }
    }
}
