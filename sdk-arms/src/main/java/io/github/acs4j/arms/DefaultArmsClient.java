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

/**
 * The {@link ArmsClient} implementation: every call is one {@link io.github.acs4j.core.internal.Operation}
 * run by the shared pipeline.
 */
final class DefaultArmsClient implements ArmsClient {
    private final ClientRuntime runtime;

    DefaultArmsClient(ClientConfiguration configuration) {
        this(new ClientRuntime(ArmsOperations.SERVICE, configuration));
    }

    private DefaultArmsClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CreateAlertContactResponse createAlertContact(CreateAlertContactRequest request) {
        return runtime.invoke(ArmsOperations.CREATE_ALERT_CONTACT, request);
    }

    @Override
    public SearchAlertContactResponse searchAlertContact(SearchAlertContactRequest request) {
        return runtime.invoke(ArmsOperations.SEARCH_ALERT_CONTACT, request);
    }

    @Override
    public UpdateAlertContactResponse updateAlertContact(UpdateAlertContactRequest request) {
        return runtime.invoke(ArmsOperations.UPDATE_ALERT_CONTACT, request);
    }

    @Override
    public DeleteAlertContactResponse deleteAlertContact(DeleteAlertContactRequest request) {
        return runtime.invoke(ArmsOperations.DELETE_ALERT_CONTACT, request);
    }

    @Override
    public ArmsClient withOverride(RequestOverride override) {
        return new DefaultArmsClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
