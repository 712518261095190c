package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.internal.ClientConfiguration;
import io.github.acs4j.core.internal.ClientRuntime;
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

/**
 * The {@link ResourceDirectoryClient} implementation: every call is one
 * {@link io.github.acs4j.core.internal.Operation} run by the shared pipeline.
 */
final class DefaultResourceDirectoryClient implements ResourceDirectoryClient {
    private final ClientRuntime runtime;

    DefaultResourceDirectoryClient(ClientConfiguration configuration) {
        this(new ClientRuntime(ResourceDirectoryOperations.SERVICE, configuration));
    }

    private DefaultResourceDirectoryClient(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public AddMessageContactResponse addMessageContact(AddMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.ADD_MESSAGE_CONTACT, request);
    }

    @Override
    public GetMessageContactResponse getMessageContact(GetMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.GET_MESSAGE_CONTACT, request);
    }

    @Override
    public ListMessageContactsResponse listMessageContacts(ListMessageContactsRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.LIST_MESSAGE_CONTACTS, request);
    }

    @Override
    public UpdateMessageContactResponse updateMessageContact(UpdateMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.UPDATE_MESSAGE_CONTACT, request);
    }

    @Override
    public DeleteMessageContactResponse deleteMessageContact(DeleteMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.DELETE_MESSAGE_CONTACT, request);
    }

    @Override
    public GetMessageContactDeletionStatusResponse getMessageContactDeletionStatus(
            GetMessageContactDeletionStatusRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.GET_MESSAGE_CONTACT_DELETION_STATUS, request);
    }

    @Override
    public SendEmailVerificationForMessageContactResponse sendEmailVerificationForMessageContact(
            SendEmailVerificationForMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.SEND_EMAIL_VERIFICATION, request);
    }

    @Override
    public SendPhoneVerificationForMessageContactResponse sendPhoneVerificationForMessageContact(
            SendPhoneVerificationForMessageContactRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.SEND_PHONE_VERIFICATION, request);
    }

    @Override
    public CancelMessageContactUpdateResponse cancelMessageContactUpdate(CancelMessageContactUpdateRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.CANCEL_MESSAGE_CONTACT_UPDATE, request);
    }

    @Override
    public ListMessageContactVerificationsResponse listMessageContactVerifications(
            ListMessageContactVerificationsRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.LIST_MESSAGE_CONTACT_VERIFICATIONS, request);
    }

    @Override
    public AssociateMembersResponse associateMembers(AssociateMembersRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.ASSOCIATE_MEMBERS, request);
    }

    @Override
    public DisassociateMembersResponse disassociateMembers(DisassociateMembersRequest request) {
        return runtime.invoke(ResourceDirectoryOperations.DISASSOCIATE_MEMBERS, request);
    }

    @Override
    public ResourceDirectoryClient withOverride(RequestOverride override) {
        return new DefaultResourceDirectoryClient(runtime.withOverride(override));
    }

    @Override
    public void close() {
        runtime.close();
    }
}
