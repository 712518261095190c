package io.github.acs4j.arms;

import io.github.acs4j.arms.model.CreateAlertContactRequest;
import io.github.acs4j.arms.model.CreateAlertContactResponse;
import io.github.acs4j.arms.model.DeleteAlertContactRequest;
import io.github.acs4j.arms.model.DeleteAlertContactResponse;
import io.github.acs4j.arms.model.SearchAlertContactRequest;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.arms.model.UpdateAlertContactRequest;
import io.github.acs4j.arms.model.UpdateAlertContactResponse;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;

import java.util.concurrent.CompletableFuture;

/**
 * The {@link ArmsAsyncClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation} run
 * without blocking by the shared pipeline.
 */
final class DefaultArmsAsyncClient implements ArmsAsyncClient {
    private final ClientRuntime runtime;

    DefaultArmsAsyncClient(ClientConfiguration configuration) {
        this(new ClientRuntime(ArmsOperations.SERVICE, configuration));
    }

    private DefaultArmsAsyncClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<CreateAlertContactResponse> createAlertContact(CreateAlertContactRequest request) {
        return runtime.invokeAsync(ArmsOperations.CREATE_ALERT_CONTACT, request);
    }

    @Override
    public CompletableFuture<SearchAlertContactResponse> searchAlertContact(SearchAlertContactRequest request) {
        return runtime.invokeAsync(ArmsOperations.SEARCH_ALERT_CONTACT, request);
    }

    @Override
    public CompletableFuture<UpdateAlertContactResponse> updateAlertContact(UpdateAlertContactRequest request) {
        return runtime.invokeAsync(ArmsOperations.UPDATE_ALERT_CONTACT, request);
    }

    @Override
    public CompletableFuture<DeleteAlertContactResponse> deleteAlertContact(DeleteAlertContactRequest request) {
        return runtime.invokeAsync(ArmsOperations.DELETE_ALERT_CONTACT, request);
    }

    @Override
    public ArmsAsyncClient withOverride(RequestOverride override) {
        return new DefaultArmsAsyncClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
