package io.github.acs4j.cms2;

import io.github.acs4j.cms2.model.GetOncallScheduleResponse;
import io.github.acs4j.cms2.model.ListOncallSchedulesResponse;
import io.github.acs4j.cms2.model.OncallRotation;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The on-call reads of CloudMonitor 2.0 as they cross the wire, and the schedule's rotations as read. */
class OncallWireTest extends Cms2WireTest {
    private static final String ROTATION = "{\"rotationName\":\"day\",\"contacts\":[\"c-1\",\"c-2\"],\"activeDays\":[1,2,\"3\"],"
            + "\"rotationStartTime\":\"00:00\",\"rotationEndTime\":\"24:00\",\"shiftRecurrenceFrequency\":\"WEEKLY\","
            + "\"shiftLength\":1,\"startDate\":\"2026-11-30\",\"timeZone\":\"Asia/Shanghai\"}";
    @Test
    void getOncallScheduleReadsTheRotations() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"oncallScheduleId\":\"s-1\",\"oncallScheduleName\":\"dba\","
                + "\"rotations\":[" + ROTATION + "],\"shiftRobotId\":\"r-1\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            GetOncallScheduleResponse r = cms.getOncallSchedule(g -> g.oncallScheduleId("s 1"));
            assertEquals("s-1", r.oncallScheduleId());
            assertEquals("r-1", r.shiftRobotId());
            OncallRotation rot = r.rotations().get(0);
            assertEquals(Arrays.asList(1, 2, 3), rot.activeDays());
            assertEquals(Arrays.asList("c-1", "c-2"), rot.contacts());
            assertEquals("Asia/Shanghai", rot.timeZone());
            assertEquals(Integer.valueOf(1), rot.shiftLength());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("GET", rec.getMethod());
        assertEquals("/oncallSchedule/s%201", rec.getPath());
        Cms2TestSupport.assertSignedAcs3(rec, "GetOncallSchedule");
    }

    @Test
    void listOncallSchedulesAndWhoIsOnDuty() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"pageNumber\":1,\"pageSize\":100,\"total\":1,"
                + "\"oncallSchedules\":[{\"oncallScheduleId\":\"s-1\",\"oncallScheduleName\":\"dba\",\"rotations\":[" + ROTATION + "]}]}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\",\"contactIds\":[\"c-2\"]}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            ListOncallSchedulesResponse list = cms.listOncallSchedules(l -> l.oncallScheduleIds("s-1").workspace("ws"));
            assertEquals("dba", list.oncallSchedules().get(0).oncallScheduleName());
            assertEquals(Arrays.asList("c-2"),
                    cms.listOncallContacts(l -> l.oncallScheduleId("s-1").timestamp(1730183838000L)).contactIds());
        }
        RecordedRequest list = server.takeRequest();
        assertEquals("/oncallSchedules", list.getRequestUrl().encodedPath());
        assertEquals("[\"s-1\"]", list.getRequestUrl().queryParameter("oncallScheduleIds"));
        RecordedRequest duty = server.takeRequest();
        assertEquals("/oncallSchedule/s-1/contacts", duty.getRequestUrl().encodedPath());
        assertEquals("1730183838000", duty.getRequestUrl().queryParameter("timestamp"));
        Cms2TestSupport.assertSignedAcs3(duty, "ListOncallContacts");
    }
}
