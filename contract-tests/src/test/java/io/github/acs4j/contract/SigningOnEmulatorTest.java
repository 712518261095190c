package io.github.acs4j.contract;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import io.github.acs4j.resourcedirectory.ResourceDirectoryClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both signature versions of the real clients verify in the emulator's independent verifier, and its
 * refusals reach the user as typed exceptions with a useful diagnosis.
 */
@ExtendWith(AcsEmulatorExtension.class)
class SigningOnEmulatorTest {

    @Test
    void everyClientSignsV3AcceptablyToo(AcsEmulator emulator) {
        try (CmsClient cms = CmsClient.builder().endpointOverride(emulator.endpoint()).credentialsProvider(keys(emulator))
                .signatureVersion(SignatureVersion.V3).build();
             ArmsClient arms = ArmsClient.builder().region("cn-hangzhou").endpointOverride(emulator.endpoint())
                     .credentialsProvider(keys(emulator)).signatureVersion(SignatureVersion.V3).build();
             ResourceDirectoryClient rd = ResourceDirectoryClient.builder().endpointOverride(emulator.endpoint())
                     .credentialsProvider(keys(emulator)).signatureVersion(SignatureVersion.V3).build()) {
            cms.putContact(c -> c.contactName("王五 *~/&=+").describe("v3 ✓").channelsMail("wang@example.com"));
            assertEquals("v3 ✓", cms.describeContactList(r -> r.contactName("王五 *~/&=+")).contacts().get(0).desc());
            arms.createAlertContact(c -> c.contactName("v3").email("v3@example.com"));
            assertEquals(0, rd.listMessageContacts(l -> l.pageSize(5)).totalCount());
        }
    }

    @Test
    void aWrongSecretIsDiagnosedAsSuch(AcsEmulator emulator) {
        try (CmsClient cms = CmsClient.builder().endpointOverride(emulator.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(emulator.accessKeyId(), "wrong-secret"))
                .retryStrategy(RetryStrategy.none()).build()) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> cms.describeContactList(r -> r.pageSize(1)));
            assertEquals("SignatureDoesNotMatch", e.errorCode());
            assertTrue(e.isAuthFailure());
            assertTrue(e.diagnosis().contains("secret is wrong"), e.diagnosis());
            assertFalse(e.getMessage().contains("wrong-secret"));
        }
    }

    @Test
    void aClockFifteenMinutesOffIsRefusedAsClockSkew(AcsEmulator emulator) {
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        try (CmsClient cms = CmsClient.builder().endpointOverride(emulator.endpoint()).credentialsProvider(keys(emulator))
                .clock(late).retryStrategy(RetryStrategy.none()).build()) {
            AcsServiceException e = assertThrows(AcsServiceException.class, () -> cms.describeContactList(r -> r.pageSize(1)));
            assertEquals("InvalidTimeStamp.Expired", e.errorCode());
            assertTrue(e.isClockSkew());
        }
    }

    private static StaticCredentialsProvider keys(AcsEmulator emulator) {
        return StaticCredentialsProvider.create(emulator.accessKeyId(), emulator.accessKeySecret());
    }
}
