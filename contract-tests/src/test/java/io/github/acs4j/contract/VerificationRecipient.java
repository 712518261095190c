package io.github.acs4j.contract;

import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;

/**
 * Who receives Resource Directory's verification mails and follows them: the emulator's stand-in on CI,
 * a person at their mailbox on a live run.
 */
interface VerificationRecipient {
    /**
     * @param n 1 or 2: the contract needs two addresses whose mails this recipient can act on
     * @return the address
     */
    String mailbox(int n);

    /**
     * Follows the verification just sent for the contact's pending e-mail address; returns once it has
     * taken effect.
     *
     * @param rd the client under test
     * @param contactId the contact
     * @param address the address being verified, one of {@link #mailbox(int)}
     */
    void verifyEmail(ResourceDirectoryClient rd, String contactId, String address);
}
