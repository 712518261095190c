package io.github.acs4j.contract;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ArmsContract} against the real cloud: only with {@code -Dacs4j.live=true} and credentials (see {@link LiveCloud}). */
@ExtendWith(LiveCloud.class)
class ArmsContractLiveTest extends ArmsContract {
}
