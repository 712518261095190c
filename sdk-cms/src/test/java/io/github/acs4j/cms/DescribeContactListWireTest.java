package io.github.acs4j.cms;

import io.github.acs4j.cms.model.Contact;
import io.github.acs4j.cms.model.ContactChannels;
import io.github.acs4j.cms.model.ContactChannelsState;
import io.github.acs4j.cms.model.DescribeContactListByContactGroupResponse;
import io.github.acs4j.cms.model.DescribeContactListResponse;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DescribeContactList and DescribeContactListByContactGroup on the wire. Bodies follow the documented
 * samples (DescribeContactList API reference; the ByContactGroup sample shows {@code Code} as a number).
 */
class DescribeContactListWireTest {
    static final String LIST_BODY = "{\"Code\":\"200\",\"Message\":\"\",\"RequestId\":\"06D5ECC2-B9BE-42A4-8FA3-1A610FB08B83\","
            + "\"Success\":true,\"Total\":15,\"Contacts\":{\"Contact\":[{"
            + "\"Name\":\"Alice\",\"Desc\":\"dba\",\"Lang\":\"zh-cn\",\"CreateTime\":1552356159000,\"UpdateTime\":1552356160000,"
            + "\"Channels\":{\"Mail\":\"alice@example.com\",\"SMS\":\"13900000000\","
            + "\"DingWebHook\":\"https://oapi.dingtalk.com/robot/send?access_token=tok\",\"AliIM\":\"ww-alice\"},"
            + "\"ChannelsState\":{\"Mail\":\"PENDING\",\"SMS\":\"OK\",\"DingWebHook\":\"OK\",\"AliIM\":\"OK\"},"
            + "\"ContactGroups\":{\"ContactGroup\":[\"ops\",\"dba\"]}},"
            + "{\"Name\":\"Bob\",\"Desc\":\"sre\",\"CreateTime\":\"2023-06-07T03:52:30Z\",\"ContactId\":\"4242\"}]}}";

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

    FormRequest sent() throws InterruptedException {
        FormRequest form = FormRequest.of(server.takeRequest());
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET), "signature verifies independently");
        return form;
    }

    @Test
    void sendsEveryFilterAndPageParameterSigned() throws Exception {
        server.enqueue(Bodies.json(200, LIST_BODY));
        cms.describeContactList(b -> b.contactName("Alice").chanelType("Mail").chanelValue("alice@example.com")
                .pageNumber(2).pageSize(5));
        FormRequest form = sent();
        TreeMap<String, String> expected = new TreeMap<>();
        expected.put("ContactName", "Alice");
        expected.put("ChanelType", "Mail");
        expected.put("ChanelValue", "alice@example.com");
        expected.put("PageNumber", "2");
        expected.put("PageSize", "5");
        assertEquals(expected, form.operationParams());
        assertEquals("DescribeContactList", form.param("Action"));
        assertEquals("2019-01-01", form.param("Version"));
    }

    @Test
    void emptyRequestSendsNoOperationParameters() throws Exception {
        server.enqueue(Bodies.json(200, LIST_BODY));
        cms.describeContactList(b -> { });
        assertEquals(Collections.emptyMap(), sent().operationParams());
    }

    @Test
    void documentedBodyIsReadIntoEveryField() {
        server.enqueue(Bodies.json(200, LIST_BODY));
        DescribeContactListResponse r = cms.describeContactList(b -> b.pageNumber(1).pageSize(2));
        assertEquals("06D5ECC2-B9BE-42A4-8FA3-1A610FB08B83", r.requestId());
        assertEquals("200", r.code());
        assertEquals("", r.message());
        assertEquals(Boolean.TRUE, r.success());
        assertEquals(Integer.valueOf(15), r.total());
        assertEquals(2, r.contacts().size());
        Contact alice = r.contacts().get(0);
        Contact expected = Contact.builder().name("Alice").desc("dba").lang("zh-cn")
                .createTime(Instant.ofEpochMilli(1552356159000L)).updateTime(Instant.ofEpochMilli(1552356160000L))
                .channels(ContactChannels.builder().mail("alice@example.com").sms("13900000000")
                        .dingWebHook("https://oapi.dingtalk.com/robot/send?access_token=tok").aliIm("ww-alice").build())
                .channelsState(ContactChannelsState.builder().mail("PENDING").sms("OK").dingWebHook("OK").aliIm("OK").build())
                .contactGroups("ops", "dba")
                .build();
        assertEquals(expected, alice);
        assertEquals(Arrays.asList("ops", "dba"), alice.contactGroups());
        assertNull(alice.contactId());
        Contact bob = r.contacts().get(1);
        assertEquals("Bob", bob.name());
        assertEquals(Instant.parse("2023-06-07T03:52:30Z"), bob.createTime());
        assertNull(bob.updateTime());
        assertNull(bob.channels());
        assertEquals(Collections.emptyList(), bob.contactGroups());
        assertEquals(Long.valueOf(4242), bob.contactId());
    }

    @Test
    void missingContactsReadAsAnEmptyList() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true,\"Total\":0}"));
        assertEquals(Collections.emptyList(), cms.describeContactList(b -> b.contactName("nobody")).contacts());
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true,\"Contacts\":{}}"));
        assertEquals(Collections.emptyList(), cms.describeContactList(b -> b.contactName("nobody")).contacts());
    }

    @Test
    void paginationRoundTrips() throws Exception {
        for (int page = 1; page <= 3; page++) {
            server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r" + page + "\",\"Success\":true,\"Total\":7,"
                    + "\"Contacts\":{\"Contact\":[{\"Name\":\"c" + page + "\"}]}}"));
        }
        for (int page = 1; page <= 3; page++) {
            final int p = page;
            DescribeContactListResponse r = cms.describeContactList(b -> b.pageNumber(p).pageSize(3));
            assertEquals(Integer.valueOf(7), r.total());
            assertEquals("c" + page, r.contacts().get(0).name());
            FormRequest form = sent();
            assertEquals(String.valueOf(page), form.param("PageNumber"));
            assertEquals("3", form.param("PageSize"));
        }
    }

    @Test
    void toStringMasksChannels() {
        server.enqueue(Bodies.json(200, LIST_BODY));
        String s = cms.describeContactList(b -> { }).toString();
        assertTrue(!s.contains("alice@example.com") && !s.contains("13900000000") && !s.contains("access_token=tok"), s);
        assertTrue(s.contains("a***@example.com"), s);
        String req = io.github.acs4j.cms.model.DescribeContactListRequest.builder().chanelType("Mail")
                .chanelValue("alice@example.com").build().toString();
        assertTrue(!req.contains("alice@example.com"), req);
    }

    @Test
    void byContactGroupSendsTheGroupAndReadsItsContacts() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":200,\"Message\":\"\",\"RequestId\":\"R-BG\",\"Success\":true,"
                + "\"Contacts\":{\"Contact\":[{\"Name\":\"Alice\",\"Desc\":\"dba\",\"CreateTime\":1552356159000,"
                + "\"UpdateTime\":1552356160000,\"Channels\":{\"Mail\":\"alice@example.com\",\"SMS\":\"13900000000\","
                + "\"DingWebHook\":\"https://oapi.dingtalk.com/robot/send?access_token=tok\",\"AliIM\":\"ww-alice\"}}]}}"));
        DescribeContactListByContactGroupResponse r = cms.describeContactListByContactGroup(b -> b.contactGroupName("ops team"));
        FormRequest form = sent();
        assertEquals(Collections.singletonMap("ContactGroupName", "ops team"), form.operationParams());
        assertEquals("DescribeContactListByContactGroup", form.param("Action"));
        assertEquals("R-BG", r.requestId());
        assertEquals("200", r.code());
        assertEquals(Boolean.TRUE, r.success());
        assertEquals(Collections.singletonList(Contact.builder().name("Alice").desc("dba")
                .createTime(Instant.ofEpochMilli(1552356159000L)).updateTime(Instant.ofEpochMilli(1552356160000L))
                .channels(ContactChannels.builder().mail("alice@example.com").sms("13900000000")
                        .dingWebHook("https://oapi.dingtalk.com/robot/send?access_token=tok").aliIm("ww-alice").build())
                .build()), r.contacts());
    }

    @Test
    void byContactGroupWithoutContactsReadsAnEmptyList() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}"));
        assertEquals(Collections.emptyList(), cms.describeContactListByContactGroup(b -> b.contactGroupName("g")).contacts());
    }
}
