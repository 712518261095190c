package io.github.acs4j.contract;

import io.github.acs4j.arms.ArmsClient;
import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.cms.CmsException;
import io.github.acs4j.cms.model.PutContactResponse;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.emulator.AcsEmulator;
import io.github.acs4j.emulator.AcsEmulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's retry rules against a server that really throttles, fails and drops connections,
 * counted on the server's side: idempotent calls are repeated, a create is never repeated once the
 * request may have been processed (so no duplicate contact).
 */
@ExtendWith(AcsEmulatorExtension.class)
class RetriesOnEmulatorTest {

    @BeforeEach
    void reset(AcsEmulator emulator) {
        emulator.reset();
    }

    @Test
    void aThrottledCallIsRepeatedUntilItPasses(CmsClient cms, AcsEmulator emulator) {
        emulator.faults().throttleNext(2);
        PutContactResponse r = cms.putContact(c -> c.contactName("Throttled").describe("d").channelsMail("t@example.com"));
        assertEquals(3, r.metadata().attempts());
        assertEquals(3, emulator.requestCount("PutContact"));
    }

    @Test
    void aCreateIsRepeatedAfterThrottlingBecauseNothingWasProcessed(ArmsClient arms, AcsEmulator emulator) {
        emulator.faults().throttleNext(1);
        arms.createAlertContact(c -> c.contactName("Once").email("once@example.com"));
        assertEquals(2, emulator.requestCount("CreateAlertContact"));
        assertEquals(1, arms.searchAlertContact(s -> s.contactName("Once")).contacts().size());
    }

    @Test
    void aCreateWhoseAnswerIsLostIsNotRepeated(ArmsClient arms, AcsEmulator emulator) {
        emulator.faults().dropAfterProcessing(1);
        assertThrows(AcsClientException.class, () -> arms.createAlertContact(c -> c.contactName("Lost").email("lost@example.com")));
        assertEquals(1, emulator.requestCount("CreateAlertContact"), "a create must not be sent twice");
        assertEquals(1, arms.searchAlertContact(s -> s.contactName("Lost")).contacts().size(), "and no duplicate exists");
    }

    @Test
    void anIdempotentCallWhoseAnswerIsLostIsRepeated(CmsClient cms, AcsEmulator emulator) {
        emulator.faults().dropAfterProcessing(1);
        PutContactResponse r = cms.putContact(c -> c.contactName("Again").describe("d").channelsMail("a@example.com"));
        assertEquals(2, r.metadata().attempts());
        assertEquals(2, emulator.requestCount("PutContact"));
    }

    @Test
    void serverErrorsAreRepeatedThenReported(CmsClient cms, AcsEmulator emulator) {
        emulator.faults().failNext(5, 503);
        AcsServiceException e = assertThrows(AcsServiceException.class, () -> cms.describeContactList(r -> r.pageSize(10)));
        assertEquals(503, e.httpStatus());
        assertEquals("ServiceUnavailable", e.errorCode());
        assertEquals(3, e.attempts());
        assertEquals(3, emulator.requestCount("DescribeContactList"));
    }

    @Test
    void aBusinessFailureInsideAnHttp200IsAnException(CmsClient cms) {
        CmsException e = assertThrows(CmsException.class,
                () -> cms.describeContactListByContactGroup(r -> r.contactGroupName("NoSuchGroup")));
        assertEquals(200, e.httpStatus());
        assertTrue(e.requestId() != null && !e.requestId().isEmpty());
    }
}
