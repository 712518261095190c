package io.github.acs4j.emulator;

/**
 * One address of a Resource Directory message contact (its e-mail or its phone) and where its
 * verification stands. A new or changed address is pending until the recipient verifies it; sending a
 * verification only records that one is on its way. Until then the contact shows its verified address (a
 * contact that never had one shows the latest address given). Callers hold the account's lock.
 */
final class VerifiableAddress {
    /** the address Get/List show */
    private String current;
    /** whether {@link #current} has been verified */
    private boolean verified;
    /** the address awaiting verification, or null */
    private String pending;
    /** whether a verification for {@link #pending} was sent (the recipient can only act on a sent one) */
    private boolean sent;

    /** @return the address shown, or null when there is none */
    String current() {
        return current;
    }

    /** @return the address awaiting verification, or null */
    String pending() {
        return pending;
    }

    boolean isVerified() {
        return verified;
    }

    /** @return whether a verification is on its way for the pending address */
    boolean isSent() {
        return pending != null && sent;
    }

    /** Add or Update gave this address: it becomes pending unless it is already the verified one. */
    void propose(String address) {
        if (verified && address.equals(current)) {
            cancel(); // back to the verified address: nothing left to verify
            return;
        }
        if (address.equals(pending)) {
            return; // the same change again: a verification already sent stays valid
        }
        pending = address;
        sent = false;
        if (!verified) {
            current = address; // nothing verified yet: the latest address is the one shown
        }
    }

    /** SendXxxVerificationForMessageContact: a verification for the pending address is on its way. */
    void markSent() {
        sent = true;
    }

    /** @return whether CancelMessageContactUpdate can revert a change (there is a verified address to keep) */
    boolean isCancellable() {
        return verified && pending != null;
    }

    /** Drops the pending change; the verified address stays. */
    void cancel() {
        pending = null;
        sent = false;
    }

    /**
     * The recipient followed the verification: the pending address takes effect.
     *
     * @return false when no verification was sent for a pending address (nothing to act on)
     */
    boolean verifyByRecipient() {
        if (!isSent()) {
            return false;
        }
        current = pending;
        verified = true;
        pending = null;
        sent = false;
        return true;
    }
}
