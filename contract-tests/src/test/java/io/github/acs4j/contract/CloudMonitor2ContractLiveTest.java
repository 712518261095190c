package io.github.acs4j.contract;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CloudMonitor2Contract} against the real cloud: only with {@code -Dacs4j.live=true} and credentials (see
 * {@link LiveCloud}). It creates and deletes its own contact, robot and webhook, and only reads groups and schedules.
 */
@ExtendWith(LiveCloud.class)
class CloudMonitor2ContractLiveTest extends CloudMonitor2Contract {
}
