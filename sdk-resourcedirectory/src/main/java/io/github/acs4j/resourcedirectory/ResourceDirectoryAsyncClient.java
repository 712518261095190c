package io.github.acs4j.resourcedirectory;

import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.AddMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.AssociateMembersRequest;
import io.github.acs4j.resourcedirectory.model.AssociateMembersResponse;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateRequest;
import io.github.acs4j.resourcedirectory.model.CancelMessageContactUpdateResponse;
import io.github.acs4j.resourcedirectory.model.ContactVerification;
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
import io.github.acs4j.resourcedirectory.model.MessageContact;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendEmailVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.SendPhoneVerificationForMessageContactResponse;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.UpdateMessageContactResponse;
import io.github.acs4j.core.client.AcsClientBuilder;
import io.github.acs4j.core.client.RequestOverride;
import io.github.acs4j.core.paging.AsyncPages;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous client for Resource Directory message contacts (API 2022-04-19): the operations of {@link
 * ResourceDirectoryClient}, each returning at once
 * with a {@link CompletableFuture}. No thread waits on a call: attempts go through OkHttp's asynchronous
 * calls and retries are scheduled, with exactly the retry, idempotency and error rules of the blocking
 * client. Cancelling a future cancels the call in flight. Futures complete on OkHttp's threads: hand slow
 * work to your own executor ({@code thenApplyAsync}). Thread-safe: build one and share it; close it when done.
 *
 * <pre>{@code
 * try (ResourceDirectoryAsyncClient rd = ResourceDirectoryAsyncClient.builder().region("cn-hangzhou").build()) {
 *     rd.listMessageContacts(r -> r.pageSize(20)).thenAccept(page -> page.contacts().forEach(System.out::println));
 * }
 * }</pre>
 */
public interface ResourceDirectoryAsyncClient extends AutoCloseable {

    /**
     * @return a builder; credentials default to {@link io.github.acs4j.core.auth.DefaultCredentialsProvider}
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a message contact. Not idempotent: a call that may have reached the service is not repeated, since a
     * repeat could create a second contact or fail on the name.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<AddMessageContactResponse> addMessageContact(AddMessageContactRequest request);

    /**
     * Like {@link #addMessageContact(AddMessageContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<AddMessageContactResponse> addMessageContact(
            Consumer<AddMessageContactRequest.Builder> request) {
        AddMessageContactRequest.Builder b = AddMessageContactRequest.builder();
        request.accept(b);
        return addMessageContact(b.build());
    }

    /**
     * Reads one message contact. Idempotent (a read).
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<GetMessageContactResponse> getMessageContact(GetMessageContactRequest request);

    /**
     * Like {@link #getMessageContact(GetMessageContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<GetMessageContactResponse> getMessageContact(
            Consumer<GetMessageContactRequest.Builder> request) {
        GetMessageContactRequest.Builder b = GetMessageContactRequest.builder();
        request.accept(b);
        return getMessageContact(b.build());
    }

    /**
     * Lists message contacts, one page at a time. Idempotent (a read).
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<ListMessageContactsResponse> listMessageContacts(ListMessageContactsRequest request);

    /**
     * Like {@link #listMessageContacts(ListMessageContactsRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<ListMessageContactsResponse> listMessageContacts(
            Consumer<ListMessageContactsRequest.Builder> request) {
        ListMessageContactsRequest.Builder b = ListMessageContactsRequest.builder();
        request.accept(b);
        return listMessageContacts(b.build());
    }

    /**
     * Changes a message contact. Idempotent: it sets fields to given values, so a repeat leaves the same state.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<UpdateMessageContactResponse> updateMessageContact(UpdateMessageContactRequest request);

    /**
     * Like {@link #updateMessageContact(UpdateMessageContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<UpdateMessageContactResponse> updateMessageContact(
            Consumer<UpdateMessageContactRequest.Builder> request) {
        UpdateMessageContactRequest.Builder b = UpdateMessageContactRequest.builder();
        request.accept(b);
        return updateMessageContact(b.build());
    }

    /**
     * Deletes a message contact. Idempotent: a repeat finds the contact gone ({@code EntityNotExists.Contact}) or
     * still deleting.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<DeleteMessageContactResponse> deleteMessageContact(DeleteMessageContactRequest request);

    /**
     * Like {@link #deleteMessageContact(DeleteMessageContactRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DeleteMessageContactResponse> deleteMessageContact(
            Consumer<DeleteMessageContactRequest.Builder> request) {
        DeleteMessageContactRequest.Builder b = DeleteMessageContactRequest.builder();
        request.accept(b);
        return deleteMessageContact(b.build());
    }

    /**
     * Reads the progress of an asynchronous contact deletion. Idempotent (a read).
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<GetMessageContactDeletionStatusResponse> getMessageContactDeletionStatus(
            GetMessageContactDeletionStatusRequest request);

    /**
     * Like {@link #getMessageContactDeletionStatus(GetMessageContactDeletionStatusRequest)}, building the request
     * in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<GetMessageContactDeletionStatusResponse> getMessageContactDeletionStatus(
            Consumer<GetMessageContactDeletionStatusRequest.Builder> request) {
        GetMessageContactDeletionStatusRequest.Builder b = GetMessageContactDeletionStatusRequest.builder();
        request.accept(b);
        return getMessageContactDeletionStatus(b.build());
    }

    /**
     * Sends a verification e-mail. Not idempotent: every call that reaches the service sends a message and counts
     * against the account's daily limit.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<SendEmailVerificationForMessageContactResponse> sendEmailVerificationForMessageContact(
            SendEmailVerificationForMessageContactRequest request);

    /**
     * Like {@link #sendEmailVerificationForMessageContact(SendEmailVerificationForMessageContactRequest)}, building
     * the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<SendEmailVerificationForMessageContactResponse> sendEmailVerificationForMessageContact(
            Consumer<SendEmailVerificationForMessageContactRequest.Builder> request) {
        SendEmailVerificationForMessageContactRequest.Builder b = SendEmailVerificationForMessageContactRequest.builder();
        request.accept(b);
        return sendEmailVerificationForMessageContact(b.build());
    }

    /**
     * Sends a verification text message. Not idempotent: every call that reaches the service sends a message and
     * counts against the account's daily limit.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<SendPhoneVerificationForMessageContactResponse> sendPhoneVerificationForMessageContact(
            SendPhoneVerificationForMessageContactRequest request);

    /**
     * Like {@link #sendPhoneVerificationForMessageContact(SendPhoneVerificationForMessageContactRequest)}, building
     * the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<SendPhoneVerificationForMessageContactResponse> sendPhoneVerificationForMessageContact(
            Consumer<SendPhoneVerificationForMessageContactRequest.Builder> request) {
        SendPhoneVerificationForMessageContactRequest.Builder b = SendPhoneVerificationForMessageContactRequest.builder();
        request.accept(b);
        return sendPhoneVerificationForMessageContact(b.build());
    }

    /**
     * Drops a pending (unverified) change of e-mail address or mobile number. Idempotent: once dropped, a repeat
     * finds nothing pending and changes nothing.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<CancelMessageContactUpdateResponse> cancelMessageContactUpdate(
            CancelMessageContactUpdateRequest request);

    /**
     * Like {@link #cancelMessageContactUpdate(CancelMessageContactUpdateRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<CancelMessageContactUpdateResponse> cancelMessageContactUpdate(
            Consumer<CancelMessageContactUpdateRequest.Builder> request) {
        CancelMessageContactUpdateRequest.Builder b = CancelMessageContactUpdateRequest.builder();
        request.accept(b);
        return cancelMessageContactUpdate(b.build());
    }

    /**
     * Lists the addresses and numbers awaiting verification, one page at a time. Idempotent (a read).
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<ListMessageContactVerificationsResponse> listMessageContactVerifications(
            ListMessageContactVerificationsRequest request);

    /**
     * Like {@link #listMessageContactVerifications(ListMessageContactVerificationsRequest)}, building the request
     * in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<ListMessageContactVerificationsResponse> listMessageContactVerifications(
            Consumer<ListMessageContactVerificationsRequest.Builder> request) {
        ListMessageContactVerificationsRequest.Builder b = ListMessageContactVerificationsRequest.builder();
        request.accept(b);
        return listMessageContactVerifications(b.build());
    }

    /**
     * Binds a contact to the resource directory, folders or members. Idempotent: a binding is a set membership, so
     * a repeat binds nothing new.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<AssociateMembersResponse> associateMembers(AssociateMembersRequest request);

    /**
     * Like {@link #associateMembers(AssociateMembersRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<AssociateMembersResponse> associateMembers(
            Consumer<AssociateMembersRequest.Builder> request) {
        AssociateMembersRequest.Builder b = AssociateMembersRequest.builder();
        request.accept(b);
        return associateMembers(b.build());
    }

    /**
     * Unbinds a contact from the resource directory, folders or members. Idempotent: a repeat finds the bindings
     * already gone.
     *
     * @param request the request
     * @return the answer once it arrives; the future fails with {@link ResourceDirectoryException} when
     *     Resource Directory answers with an error, or with {@link
     *     io.github.acs4j.core.exception.AcsClientException} for invalid input (nothing is sent) or no usable
     *     answer
     */
    CompletableFuture<DisassociateMembersResponse> disassociateMembers(DisassociateMembersRequest request);

    /**
     * Like {@link #disassociateMembers(DisassociateMembersRequest)}, building the request in place.
     *
     * @param request fills a fresh builder
     * @return the answer once it arrives
     */
    default CompletableFuture<DisassociateMembersResponse> disassociateMembers(
            Consumer<DisassociateMembersRequest.Builder> request) {
        DisassociateMembersRequest.Builder b = DisassociateMembersRequest.builder();
        request.accept(b);
        return disassociateMembers(b.build());
    }

    /**
     * The pages of {@link #listMessageContacts(ListMessageContactsRequest)}, each fetched only after the previous
     * one was consumed,
     * from the request's page on (set the page size on the request); {@code forEachItem} walks the message contacts.
     *
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<ListMessageContactsResponse, MessageContact> listMessageContactsPaginator(
            ListMessageContactsRequest request) {
        return AsyncPages.of(ResourceDirectoryPaging.LIST_MESSAGE_CONTACTS, request, this::listMessageContacts);
    }

    /**
     * Like {@link #listMessageContactsPaginator(ListMessageContactsRequest)}, building the first request in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<ListMessageContactsResponse, MessageContact> listMessageContactsPaginator(
            Consumer<ListMessageContactsRequest.Builder> request) {
        ListMessageContactsRequest.Builder b = ListMessageContactsRequest.builder();
        request.accept(b);
        return listMessageContactsPaginator(b.build());
    }

    /**
     * The pages of {@link #listMessageContactVerifications(ListMessageContactVerificationsRequest)}, each fetched
     * only after the previous one was consumed,
     * from the request's page on (set the page size on the request); {@code forEachItem} walks the pending
     * verifications.
     *
     * @param request the first page's request
     * @return the lazy pages
     */
    default AsyncPages<ListMessageContactVerificationsResponse, ContactVerification> listMessageContactVerificationsPaginator(
            ListMessageContactVerificationsRequest request) {
        return AsyncPages.of(ResourceDirectoryPaging.LIST_MESSAGE_CONTACT_VERIFICATIONS, request, this::listMessageContactVerifications);
    }

    /**
     * Like {@link #listMessageContactVerificationsPaginator(ListMessageContactVerificationsRequest)}, building the
     * first request in place.
     *
     * @param request fills a fresh builder
     * @return the lazy pages
     */
    default AsyncPages<ListMessageContactVerificationsResponse, ContactVerification> listMessageContactVerificationsPaginator(
            Consumer<ListMessageContactVerificationsRequest.Builder> request) {
        ListMessageContactVerificationsRequest.Builder b = ListMessageContactVerificationsRequest.builder();
        request.accept(b);
        return listMessageContactVerificationsPaginator(b.build());
    }

    /**
     * A view of this client whose calls use the override's settings, e.g.
     * {@code withOverride(o -> o.callTimeout(Duration.ofSeconds(2)))}. It shares this client's connections and
     * threads; closing the view does nothing (close this client instead).
     *
     * @param override the settings that replace the client's
     * @return the view
     */
    ResourceDirectoryAsyncClient withOverride(RequestOverride override);

    /**
     * Like {@link #withOverride(RequestOverride)}, building the override in place.
     *
     * @param override fills a fresh builder
     * @return the view
     */
    default ResourceDirectoryAsyncClient withOverride(Consumer<RequestOverride.Builder> override) {
        return withOverride(RequestOverride.of(override));
    }

    /** Releases connections and threads; calls still in flight complete or fail, none is left hanging. */
    @Override
    void close();

    /** Builder for {@link ResourceDirectoryAsyncClient}. */
    final class Builder extends AcsClientBuilder<Builder, ResourceDirectoryAsyncClient> {
        Builder() {
        }

        @Override
        public ResourceDirectoryAsyncClient build() {
            return new DefaultResourceDirectoryAsyncClient(configuration());
        }
    }
}
