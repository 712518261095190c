package io.github.acs4j.cms;

import io.github.acs4j.cms.model.ContactGroup;
import io.github.acs4j.cms.model.DescribeContactGroupListResponse;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DescribeContactGroupList on the wire. The body follows the documented sample; its zh page shows the
 * times as ISO text although the SDK models type them as epoch milliseconds, so both are used here.
 */
class DescribeContactGroupListWireTest {
    static final String BODY = "{\"Code\":\"200\",\"Message\":\"success\",\"RequestId\":\"R-GL\",\"Success\":true,\"Total\":22,"
            + "\"ContactGroups\":{\"ContactGroup\":[\"ops\",\"dba\"]},"
            + "\"ContactGroupList\":{\"ContactGroup\":["
            + "{\"Name\":\"ops\",\"Describe\":\"on-call\",\"EnableSubscribed\":true,\"EnabledWeeklyReport\":false,"
            + "\"CreateTime\":1552356159000,\"UpdateTime\":1552356160000,\"Contacts\":{\"Contact\":[\"Alice\",\"Bob\"]}},"
            + "{\"Name\":\"dba\",\"Describe\":\"databases\",\"EnableSubscribed\":false,\"EnabledWeeklyReport\":true,"
            + "\"CreateTime\":\"2023-06-07T03:52:30Z\",\"UpdateTime\":\"2023-06-08T03:52:30Z\"}]}}";

    MockWebServer server;
    CmsClient cms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        cms = CmsTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        server.shutdown();
    }

    @Test
    void sendsPageParametersSigned() throws Exception {
        server.enqueue(Bodies.json(200, BODY));
        cms.describeContactGroupList(b -> b.pageNumber(3).pageSize(20));
        FormRequest form = FormRequest.of(server.takeRequest());
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("PageNumber", "3");
        expected.put("PageSize", "20");
        assertEquals(expected, form.operationParams());
        assertEquals("DescribeContactGroupList", form.param("Action"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
    }

    @Test
    void documentedBodyIsReadIntoEveryField() {
        server.enqueue(Bodies.json(200, BODY));
        DescribeContactGroupListResponse r = cms.describeContactGroupList(b -> { });
        assertEquals("R-GL", r.requestId());
        assertEquals("200", r.code());
        assertEquals("success", r.message());
        assertEquals(Boolean.TRUE, r.success());
        assertEquals(Integer.valueOf(22), r.total());
        assertEquals(Arrays.asList("ops", "dba"), r.contactGroups());
        assertEquals(Arrays.asList(
                ContactGroup.builder().name("ops").describe("on-call").enableSubscribed(true).enabledWeeklyReport(false)
                        .createTime(Instant.ofEpochMilli(1552356159000L)).updateTime(Instant.ofEpochMilli(1552356160000L))
                        .contacts("Alice", "Bob").build(),
                ContactGroup.builder().name("dba").describe("databases").enableSubscribed(false).enabledWeeklyReport(true)
                        .createTime(Instant.parse("2023-06-07T03:52:30Z")).updateTime(Instant.parse("2023-06-08T03:52:30Z"))
                        .build()),
                r.contactGroupList());
        assertEquals(Collections.emptyList(), r.contactGroupList().get(1).contacts());
    }

    @Test
    void missingListsReadAsEmpty() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true,\"Total\":0}"));
        DescribeContactGroupListResponse r = cms.describeContactGroupList(b -> b.pageNumber(9));
        assertEquals(Integer.valueOf(0), r.total());
        assertEquals(Collections.emptyList(), r.contactGroups());
        assertEquals(Collections.emptyList(), r.contactGroupList());
    }

    @Test
    void paginationRoundTrips() throws Exception {
        server.enqueue(Bodies.json(200, BODY));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r2\",\"Success\":true,\"Total\":22,"
                + "\"ContactGroups\":{\"ContactGroup\":[\"last\"]},\"ContactGroupList\":{\"ContactGroup\":[{\"Name\":\"last\"}]}}"));
        DescribeContactGroupListResponse first = cms.describeContactGroupList(b -> b.pageNumber(1).pageSize(20));
        DescribeContactGroupListResponse second = cms.describeContactGroupList(b -> b.pageNumber(2).pageSize(20));
        assertEquals(Integer.valueOf(22), first.total());
        assertEquals(Integer.valueOf(22), second.total());
        assertEquals(Collections.singletonList("last"), second.contactGroups());
        FormRequest p1 = FormRequest.of(server.takeRequest());
        FormRequest p2 = FormRequest.of(server.takeRequest());
        assertEquals("1", p1.param("PageNumber"));
        assertEquals("2", p2.param("PageNumber"));
        assertEquals("20", p2.param("PageSize"));
    }
}
