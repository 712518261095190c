package io.github.acs4j.core.waiters;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The delays a configuration gives between polls, and the settings it refuses, naming them. */
class WaiterConfigurationTest {
    @Test
    void delaysGrowByTheMultiplierUpToTheMaximum() {
        WaiterConfiguration c = WaiterConfiguration.builder().delay(Duration.ofMillis(100)).backoffMultiplier(2)
                .maxDelay(Duration.ofMillis(500)).build();
        assertEquals(100, c.delayAfterMillis(1));
        assertEquals(200, c.delayAfterMillis(2));
        assertEquals(400, c.delayAfterMillis(3));
        assertEquals(500, c.delayAfterMillis(4));
        assertEquals(500, c.delayAfterMillis(400));
    }

    @Test
    void defaultsAreDocumented() {
        WaiterConfiguration d = WaiterConfiguration.defaults();
        assertEquals(Duration.ofSeconds(2), d.delay());
        assertEquals(1.5, d.backoffMultiplier());
        assertEquals(Duration.ofSeconds(30), d.maxDelay());
        assertEquals(40, d.maxAttempts());
        assertEquals(Duration.ofMinutes(10), d.maxTotalTime());
        assertEquals(d, d.toBuilder().build());
    }

    @Test
    void unusableSettingsAreRefusedNamingSettingRuleAndValue() {
        assertEquals("WaiterConfiguration.maxAttempts must be 1 or more; got 0", assertThrows(IllegalArgumentException.class,
                () -> WaiterConfiguration.builder().maxAttempts(0).build()).getMessage());
        assertEquals("WaiterConfiguration.backoffMultiplier must be 1 or more; got 0.5",
                assertThrows(IllegalArgumentException.class,
                        () -> WaiterConfiguration.builder().backoffMultiplier(0.5).build()).getMessage());
        assertEquals("WaiterConfiguration.maxDelay must be at least delay (PT2S); got PT1S",
                assertThrows(IllegalArgumentException.class,
                        () -> WaiterConfiguration.builder().maxDelay(Duration.ofSeconds(1)).build()).getMessage());
        assertEquals("WaiterConfiguration.delay must be zero or more; got PT-1S", assertThrows(IllegalArgumentException.class,
                () -> WaiterConfiguration.builder().delay(Duration.ofSeconds(-1)).build()).getMessage());
        assertEquals("WaiterConfiguration.maxTotalTime must be more than zero; got PT0S",
                assertThrows(IllegalArgumentException.class,
                        () -> WaiterConfiguration.builder().maxTotalTime(Duration.ZERO).build()).getMessage());
    }
}
