package io.github.acs4j.contract;

import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ResourceDirectoryPendingChangeContract} against the emulator: runs in CI; the emulator's
 * {@code resourceDirectory().verifyEmail} plays the recipient following the link.
 */
@ExtendWith(AcsEmulatorExtension.class)
class ResourceDirectoryPendingChangeOnEmulatorTest extends ResourceDirectoryPendingChangeContract {
    private AcsEmulator emulator;

    @BeforeEach
    void emulator(AcsEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    VerificationRecipient recipient() {
        return new VerificationRecipient() {
            @Override
            public String mailbox(int n) {
                return "rd-contract-" + n + "@example.com";
            }

            @Override
            public void verifyEmail(ResourceDirectoryClient rd, String contactId, String address) {
                emulator.resourceDirectory().verifyEmail(contactId);
            }
        };
    }
}
