package io.github.acs4j.arms;

import io.github.acs4j.arms.model.AlertContact;
import io.github.acs4j.arms.model.SearchAlertContactResponse;
import io.github.acs4j.core.exception.IncompleteResponseException;
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

import static io.github.acs4j.arms.ArmsTestSupport.params;
import static io.github.acs4j.arms.ArmsTestSupport.sent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * SearchAlertContact on the wire. Parameters and the sample answer follow the SearchAlertContact API
 * reference (AlibabaCloudDocs/arms, intl.zh-CN/API参考/报警/SearchAlertContact.md), whose JSON sample
 * shows {@code PageBean.Contacts} as a single object; {@code Content} and {@code ResourceGroupId} are in
 * Alibaba's generated SDK model. {@code ContactIds} is one JSON-array parameter, as the API reference's
 * example ({@code [12345]}) and Terraform's provider send it.
 */
class SearchAlertContactWireTest {
    static final String BODY = "{\"RequestId\":\"21E85B16-75A6-429A-9F65-8AAC9A54****\",\"PageBean\":{"
            + "\"PageNumber\":2,\"PageSize\":10,\"TotalCount\":23,\"Contacts\":["
            + "{\"ContactId\":123,\"ContactName\":\"John Doe\",\"Phone\":\"13811110000\",\"Email\":\"someone@example.com\","
            + "\"DingRobot\":\"https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd\","
            + "\"Webhook\":\"{\\\"method\\\":\\\"post\\\",\\\"url\\\":\\\"https://hooks.example/x?key=k1\\\"}\","
            + "\"SystemNoc\":false,\"Content\":\"ops|dba\",\"UserId\":\"1131971649490000\",\"ResourceGroupId\":\"rg-1\","
            + "\"CreateTime\":1572349025000,\"UpdateTime\":1580258717000},"
            + "{\"ContactId\":\"124\",\"ContactName\":\"Jane\",\"SystemNoc\":\"true\"}]}}";

    MockWebServer server;
    ArmsClient arms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        arms = ArmsTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        arms.close();
        server.shutdown();
    }

    @Test
    void sendsIdsAsOneJsonArrayAndPagesAsDecimalText() throws Exception {
        server.enqueue(Bodies.json(200, BODY));
        arms.searchAlertContact(b -> b.contactName("John Doe").phone("13811110000").email("someone@example.com")
                .contactIds(12345L, 678L).currentPage(2).pageSize(20));
        FormRequest form = sent(server, "SearchAlertContact");
        assertEquals(params("RegionId", "cn-hangzhou", "ContactName", "John Doe", "Phone", "13811110000",
                "Email", "someone@example.com", "ContactIds", "[12345,678]", "CurrentPage", "2", "PageSize", "20"),
                form.operationParams());
        assertNull(form.param("ContactIds.1"));
    }

    @Test
    void emptyRequestSendsOnlyTheRegion() throws Exception {
        server.enqueue(Bodies.json(200, BODY));
        arms.searchAlertContact(b -> b.contactIds(Collections.<Long>emptyList()));
        assertEquals(params("RegionId", "cn-hangzhou"), sent(server, "SearchAlertContact").operationParams());
    }

    @Test
    void answerIsReadIntoEveryField() {
        server.enqueue(Bodies.json(200, BODY));
        SearchAlertContactResponse r = arms.searchAlertContact(b -> b.currentPage(2));
        assertEquals("21E85B16-75A6-429A-9F65-8AAC9A54****", r.requestId());
        assertEquals(Integer.valueOf(2), r.pageNumber());
        assertEquals(Integer.valueOf(10), r.pageSize());
        assertEquals(Integer.valueOf(23), r.totalCount());
        assertEquals(Arrays.asList(
                AlertContact.builder().contactId(123L).contactName("John Doe").phone("13811110000")
                        .email("someone@example.com")
                        .dingRobot("https://oapi.dingtalk.com/robot/send?access_token=91f2f6abcd")
                        .webhook("{\"method\":\"post\",\"url\":\"https://hooks.example/x?key=k1\"}")
                        .systemNoc(false).content("ops|dba").userId("1131971649490000").resourceGroupId("rg-1")
                        .createTime(Instant.ofEpochMilli(1572349025000L)).updateTime(Instant.ofEpochMilli(1580258717000L))
                        .build(),
                AlertContact.builder().contactId(124L).contactName("Jane").systemNoc(true).build()),
                r.contacts());
    }

    @Test
    void documentedSampleWithASingleContactObjectIsReadAsAList() {
        server.enqueue(Bodies.json(200, "{\"PageBean\":{\"TotalCount\":23,\"PageSize\":10,\"Contacts\":{"
                + "\"Email\":\"someone@example.com\",\"UserId\":\"113197164949****\",\"Phone\":\"1381111*****\","
                + "\"CreateTime\":1572349025000,\"UpdateTime\":1580258717000,\"ContactId\":123,"
                + "\"DingRobot\":\"https://oapi.dingtalk.com/robot/send?access_token=91f2f6****\",\"SystemNoc\":false,"
                + "\"ContactName\":\"John Doe\"},\"PageNumber\":1},\"RequestId\":\"21E85B16-75A6-429A-9F65-8AAC9A54****\"}"));
        SearchAlertContactResponse r = arms.searchAlertContact(b -> b.contactName("John Doe"));
        assertEquals(Integer.valueOf(1), r.pageNumber());
        assertEquals(1, r.contacts().size());
        assertEquals(Long.valueOf(123), r.contacts().get(0).contactId());
        assertEquals("113197164949****", r.contacts().get(0).userId());
    }

    @Test
    void missingContactsReadAsAnEmptyList() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"PageNumber\":1,\"PageSize\":10,\"TotalCount\":0}}"));
        assertEquals(Collections.emptyList(), arms.searchAlertContact(b -> b.contactIds(999L)).contacts());
    }

    @Test
    void anAnswerWithoutItsPageIsIncomplete() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\"}"));
        IncompleteResponseException e = assertThrows(IncompleteResponseException.class,
                () -> arms.searchAlertContact(b -> b.contactIds(999L)));
        assertEquals(Collections.singletonList("PageBean.TotalCount"), e.missingFields());
        assertEquals("r", e.requestId());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void paginationRoundTrips() throws Exception {
        for (int page = 1; page <= 3; page++) {
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"PageBean\":{\"PageNumber\":" + page
                    + ",\"PageSize\":2,\"TotalCount\":5,\"Contacts\":[{\"ContactId\":" + page + "}]}}"));
        }
        for (int page = 1; page <= 3; page++) {
            final int p = page;
            SearchAlertContactResponse r = arms.searchAlertContact(b -> b.currentPage(p).pageSize(2));
            assertEquals(Integer.valueOf(page), r.pageNumber());
            assertEquals(Integer.valueOf(2), r.pageSize());
            assertEquals(Integer.valueOf(5), r.totalCount());
            assertEquals(Long.valueOf(page), r.contacts().get(0).contactId());
            FormRequest form = sent(server, "SearchAlertContact");
            assertEquals(String.valueOf(page), form.param("CurrentPage"));
            assertEquals("2", form.param("PageSize"));
        }
    }
}
