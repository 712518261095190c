package io.github.acs4j.emulator;

import org.junit.jupiter.api.Test;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts: each its own data; reset forgets data, counts and faults but keeps the accounts; the
 * builder's fixed keys and port.
 */
class AccountsTest {

    @Test
    void eachAccountSeesOnlyItsOwnContacts() {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            emulator.addAccount("SecondKey", "second-secret");
            RawClient first = RawClient.of(emulator);
            RawClient second = new RawClient(emulator.endpoint(), "SecondKey", "second-secret");
            first.post("PutContact", "2019-01-01", params("ContactName", "Mine", "Describe", "d", "Channels.Mail", "m@example.com"));
            assertEquals(1, first.post("DescribeContactList", "2019-01-01", params()).body.path("Total").asInt());
            assertEquals(0, second.post("DescribeContactList", "2019-01-01", params()).body.path("Total").asInt());
        }
    }

    @Test
    void resetForgetsDataCountsAndFaultsButKeepsAccounts() {
        try (AcsEmulator emulator = AcsEmulator.start()) {
            emulator.addAccount("SecondKey", "second-secret");
            RawClient second = new RawClient(emulator.endpoint(), "SecondKey", "second-secret");
            second.post("PutContact", "2019-01-01", params("ContactName", "Gone", "Describe", "d", "Channels.Mail", "g@example.com"));
            emulator.faults().throttleNext(5);
            emulator.reset();
            assertEquals(0, emulator.requestCount());
            RawClient.Answer a = second.post("DescribeContactList", "2019-01-01", params());
            assertEquals(200, a.status, "faults were cleared and the account is still known");
            assertEquals(0, a.body.path("Total").asInt());
        }
    }

    @Test
    void takesFixedKeysAndRefusesAClashingAccount() {
        try (AcsEmulator emulator = AcsEmulator.builder().accessKeyId("FixedId").accessKeySecret("fixed-secret").start()) {
            assertEquals("FixedId", emulator.accessKeyId());
            assertEquals("fixed-secret", emulator.accessKeySecret());
            assertTrue(emulator.endpoint().toString().startsWith("http://127.0.0.1:"));
            assertThrows(IllegalArgumentException.class, () -> emulator.addAccount("FixedId", "other"));
            assertTrue(emulator.toString().contains("FixedId") && !emulator.toString().contains("fixed-secret"));
        }
    }
}
