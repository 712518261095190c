package io.github.acs4j.contract;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ResourceDirectoryPendingChangeContract} against the real cloud: only with {@code -Dacs4j.live=true},
 * credentials (see {@link LiveCloud}) and two mailboxes a person reads (see {@link ManualRecipient}), who
 * follows each verification link while the test waits; otherwise skipped, saying what is missing.
 */
@ExtendWith(LiveCloud.class)
class ResourceDirectoryPendingChangeLiveTest extends ResourceDirectoryPendingChangeContract {
    private ManualRecipient recipient;

    @BeforeEach
    void mailboxes() {
        recipient = ManualRecipient.fromSystemProperties();
    }

    @Override
    VerificationRecipient recipient() {
        return recipient;
    }
}
