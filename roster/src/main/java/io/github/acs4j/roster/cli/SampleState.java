package io.github.acs4j.roster.cli;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;

/**
 * What the embedded emulator holds before a {@code --emulator} run, so the sample roster has something of
 * each kind to do: Alice's old phone number in CloudMonitor (an update), Dave who left (retired: deleted),
 * and a contact made by hand that the roster leaves alone unless {@code --prune} is given.
 */
final class SampleState {
    private SampleState() {
    }

    static void seed(CmsClient cms, ArmsClient arms, ResourceDirectoryClient rd) {
        cms.putContact(c -> c.contactName("Alice").describe("on-call, roster platform-oncall")
                .channelsMail("alice@example.com").channelsSms("13800000009").lang("en"));
        cms.putContact(c -> c.contactName("Dave").describe("on-call, roster platform-oncall")
                .channelsMail("dave@example.com"));
        cms.putContact(c -> c.contactName("NOC desk").describe("made by hand in the console")
                .channelsMail("noc@example.com"));
        arms.createAlertContact(c -> c.contactName("Dave").email("dave@example.com"));
        rd.addMessageContact(c -> c.name("Chen").emailAddress("chen@example.com").title("Other")
                .messageTypes("FaultMessage"));
    }
}
