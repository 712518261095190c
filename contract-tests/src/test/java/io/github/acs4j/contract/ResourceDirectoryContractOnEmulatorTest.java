package io.github.acs4j.contract;

import io.github.acs4j.emulator.AcsEmulatorExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ResourceDirectoryContract} against the emulator: runs in CI. */
@ExtendWith(AcsEmulatorExtension.class)
class ResourceDirectoryContractOnEmulatorTest extends ResourceDirectoryContract {
}
