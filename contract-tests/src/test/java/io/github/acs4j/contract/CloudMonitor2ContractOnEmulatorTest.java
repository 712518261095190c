package io.github.acs4j.contract;

import io.github.acs4j.cms2.Cms2Client;
import io.github.acs4j.cms2.model.ContactGroup;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CloudMonitor2Contract} against the emulator: runs in CI. Groups and on-call schedules have no documented
 * create call, so the emulator is given one of each before each test; the group is then patched.
 */
@ExtendWith(AcsEmulatorExtension.class)
class CloudMonitor2ContractOnEmulatorTest extends CloudMonitor2Contract {
    private String groupId;

    @BeforeEach
    void putAGroupAndASchedule(AcsEmulator emulator) {
        groupId = emulator.cloudMonitor2().putContactGroup("{\"name\":\"dba\",\"contactIds\":[]}");
        emulator.cloudMonitor2().putOncallSchedule("{\"oncallScheduleName\":\"dba on-call\",\"rotations\":[{"
                + "\"rotationName\":\"day\",\"contacts\":[],\"shiftRecurrenceFrequency\":\"WEEKLY\","
                + "\"startDate\":\"2026-01-05\",\"timeZone\":\"Asia/Shanghai\"}]}");
    }

    @Test
    void aGroupIsPatchedWithMembers(Cms2Client cms) {
        String a = cms.createContact(c -> c.name("Ann")).contactId();
        String b = cms.createContact(c -> c.name("Ben")).contactId();
        try {
            cms.updateContactGroup(u -> u.contactGroupId(groupId).name("dba team").contacts(a, b));
            ContactGroup g = cms.listContactGroups(l -> l.contactGroupIds(groupId)).contactGroups().get(0);
            assertEquals("dba team", g.name());
            assertEquals(Arrays.asList(a, b), g.contactIds());
            assertEquals(Arrays.asList(groupId), cms.listContacts(l -> l.contactIds(a)).contacts().get(0).groupList());
        } finally {
            Cleanup.quietly(() -> cms.deleteContacts(d -> d.contactIds(a, b)));
        }
    }
}
