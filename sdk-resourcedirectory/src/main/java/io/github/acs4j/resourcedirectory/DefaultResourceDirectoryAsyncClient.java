package io.github.acs4j.resourcedirectory;

import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.AddMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.AssociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.AssociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateRequest;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateResponse;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.DeleteMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.DisassociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactVerificationsResponse;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsRequest;
import io.github.acs4j.resourcedirectory.model.ListMessageContactsResponse;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactResponse;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;

import java.util.concurrent.CompletableFuture;

/**
 * The {@link ResourceDirectoryAsyncClient} implementation: every call is one {@link
 * io.github.acs4j.core.internal.Operation} run
 * without blocking by the shared pipeline.
 */
final class DefaultResourceDirectoryAsyncClient implements ResourceDirectoryAsyncClient {
    private final ClientRuntime runtime;

    DefaultResourceDirectoryAsyncClient(ClientConfiguration configuration) {
        this(new ClientRuntime(ResourceDirectoryOperations.SERVICE, configuration));
    }

    private DefaultResourceDirectoryAsyncClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<AddMessageContactResponse> addMessageContact(AddMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.ADD_MESSAGE_CONTACT, request);
    }

    @Override
    public CompletableFuture<GetMessageContactResponse> getMessageContact(GetMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.GET_MESSAGE_CONTACT, request);
    }

    @Override
    public CompletableFuture<ListMessageContactsResponse> listMessageContacts(ListMessageContactsRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.LIST_MESSAGE_CONTACTS, request);
    }

    @Override
    public CompletableFuture<UpdateMessageContactResponse> updateMessageContact(UpdateMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.UPDATE_MESSAGE_CONTACT, request);
    }

    @Override
    public CompletableFuture<DeleteMessageContactResponse> deleteMessageContact(DeleteMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.DELETE_MESSAGE_CONTACT, request);
    }

    @Override
    public CompletableFuture<GetMessageContactDeletionStatusResponse> getMessageContactDeletionStatus(
            GetMessageContactDeletionStatusRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.GET_MESSAGE_CONTACT_DELETION_STATUS, request);
    }

    @Override
    public CompletableFuture<SendEmailVerificationForMessageContactResponse> sendEmailVerificationForMessageContact(
            SendEmailVerificationForMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.SEND_EMAIL_VERIFICATION, request);
    }

    @Override
    public CompletableFuture<SendPhoneVerificationForMessageContactResponse> sendPhoneVerificationForMessageContact(
            SendPhoneVerificationForMessageContactRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.SEND_PHONE_VERIFICATION, request);
    }

    @Override
    public CompletableFuture<CancelMessageContactUpdateResponse> cancelMessageContactUpdate(
            CancelMessageContactUpdateRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.CANCEL_MESSAGE_CONTACT_UPDATE, request);
    }

    @Override
    public CompletableFuture<ListMessageContactVerificationsResponse> listMessageContactVerifications(
            ListMessageContactVerificationsRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.LIST_MESSAGE_CONTACT_VERIFICATIONS, request);
    }

    @Override
    public CompletableFuture<AssociateMembersResponse> associateMembers(AssociateMembersRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.ASSOCIATE_MEMBERS, request);
    }

    @Override
    public CompletableFuture<DisassociateMembersResponse> disassociateMembers(DisassociateMembersRequest request) {
        return runtime.invokeAsync(ResourceDirectoryOperations.DISASSOCIATE_MEMBERS, request);
    }

    @Override
    public ResourceDirectoryAsyncClient withOverride(RequestOverride override) {
        return new DefaultResourceDirectoryAsyncClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
