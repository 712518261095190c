package io.github.acs4j.emulator;

import java.util.function.Function;

/**
 * What a test does in Resource Directory that no API call can: play the recipient of a verification. On
 * the cloud, {@code SendEmailVerificationForMessageContact} mails a link and the address takes effect when
 * the recipient follows it; the emulator sends nothing, so a test completes the verification here.
 *
 * <pre>{@code
 * rd.sendEmailVerificationForMessageContact(s -> s.contactId(id).emailAddress("ops@example.com"));
 * emulator.resourceDirectory().verifyEmail(id); // the recipient clicks the link
 * }</pre>
 *
 * The standalone emulator offers the same over HTTP, for tests written with other SDKs: {@code POST
 * /_emulator/resourcedirectory/verify?contactId=<id>&kind=email|phone} on its port, accepted from loopback
 * addresses only. Thread-safe.
 */
public final class ResourceDirectoryControls {
    private final AcsEmulator emulator;

    ResourceDirectoryControls(AcsEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * The recipient verifies the contact's pending e-mail address: it takes effect, and the contact turns
     * {@code Active} unless its phone still awaits verification.
     *
     * @param contactId the message contact's ID ({@code c-...}), in any of the emulator's accounts
     * @throws IllegalArgumentException when no account has such a contact
     * @throws IllegalStateException when no e-mail verification was sent for it (nothing to click on)
     */
    public void verifyEmail(String contactId) {
        verify(contactId, "e-mail", "SendEmailVerificationForMessageContact", c -> c.email);
    }

    /**
     * The recipient verifies the contact's pending phone number: it takes effect.
     *
     * @param contactId the message contact's ID ({@code c-...}), in any of the emulator's accounts
     * @throws IllegalArgumentException when no account has such a contact
     * @throws IllegalStateException when no phone verification was sent for it
     */
    public void verifyPhone(String contactId) {
        verify(contactId, "phone", "SendPhoneVerificationForMessageContact", c -> c.phone);
    }

    private void verify(String contactId, String kind, String sender,
            Function<ResourceDirectoryStore.Contact, VerifiableAddress> address) {
        if (contactId == null || contactId.isEmpty()) {
            throw new IllegalArgumentException("contactId is required (a message contact ID such as c-...)");
        }
        for (Account account : emulator.accounts()) {
            synchronized (account) {
                ResourceDirectoryStore.Contact c = account.rd().find(contactId);
                if (c == null) {
                    continue;
                }
                if (!address.apply(c).verifyByRecipient()) {
                    throw new IllegalStateException("contact " + contactId + " has no " + kind
                            + " verification on its way: call " + sender + " first");
                }
                return;
            }
        }
        throw new IllegalArgumentException("no Resource Directory message contact " + contactId + " in this emulator");
    }

    @Override
    public String toString() {
        return "ResourceDirectoryControls(" + emulator.endpoint() + ")";
    }
}
