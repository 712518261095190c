package io.github.acs4j.emulator;

import io.github.acs4j.core.retry.Sleeper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.acs4j.core.retry.Sleeper;

import static io.github.acs4j.emulator.RawClient.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The extension: one emulator per class (the same instance in every test), clients built by reflection
 * from any type with a static {@code builder()}, pointed at the emulator with its keys and a retry
 * strategy that does not wait; faults cleared after each test.
 */
@ExtendWith(AcsEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcsEmulatorExtensionTest {
    private static AcsEmulator first;

    @AfterAll
    static void clientsAreClosedOnlyAfterTheClass() {
        assertEquals(0, EchoClient.closed, "the client lives as long as the class");
    }

    @Test
    @Order(1)
    void injectsARunningEmulator(AcsEmulator emulator) {
        first = emulator;
        RawClient.Answer a = RawClient.of(emulator).post("DescribeContactList", "2019-01-01", params());
        assertEquals(200, a.status);
        emulator.faults().throttleNext(3);
    }

    @Test
    @Order(2)
    void sharesTheEmulatorAcrossTheClassAndClearsFaultsBetweenTests(AcsEmulator emulator) {
        assertSame(first, emulator);
        assertEquals(200, RawClient.of(emulator).post("DescribeContactList", "2019-01-01", params()).status);
    }

    @Test
    @Order(3)
    void buildsAnyClientTypeByReflectionPointedAtTheEmulator(EchoClient client, AcsEmulator emulator) {
        assertEquals(emulator.endpoint(), client.endpoint);
        assertEquals(emulator.accessKeyId(), client.credentials.resolveCredentials().accessKeyId());
        assertEquals(emulator.accessKeySecret(), client.credentials.resolveCredentials().accessKeySecret());
        assertEquals("cn-hangzhou", client.region);
        assertNotSame(Sleeper.THREAD, client.retryStrategy.sleeper(), "retries must not wait in tests");
        assertEquals(3, client.retryStrategy.maxAttempts());
    }

    @Test
    @Order(4)
    void buildsOneClientPerTypePerClass(EchoClient a, EchoClient b) {
        assertSame(a, b);
    }
}
