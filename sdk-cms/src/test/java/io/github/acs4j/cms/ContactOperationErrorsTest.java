package io.github.acs4j.cms;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Errors of the list and delete operations become CmsException with every field, and bad input sends
 * nothing. Codes: DeleteContact and DeleteContactGroup from their API reference error tables; the list
 * operations have no published table, so they use the product-wide 400/403 codes and the not-found codes
 * Terraform's provider handles (spec 1.4, 1.6), which CloudMonitor can answer with HTTP 200.
 */
class ContactOperationErrorsTest {
    MockWebServer server;
    CmsClient cms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        cms = CmsTestSupport.client(server).retryStrategy(RetryStrategy.none()).build();
    }

    @AfterEach
    void stop() throws IOException {
        cms.close();
        server.shutdown();
    }

    static Stream<Arguments> documentedErrors() {
        Consumer<CmsClient> list = c -> c.describeContactList(b -> b.contactName("a"));
        Consumer<CmsClient> groups = c -> c.describeContactGroupList(b -> b.pageNumber(1));
        Consumer<CmsClient> byGroup = c -> c.describeContactListByContactGroup(b -> b.contactGroupName("g"));
        Consumer<CmsClient> deleteContact = c -> c.deleteContact(b -> b.contactName("a"));
        Consumer<CmsClient> deleteGroup = c -> c.deleteContactGroup(b -> b.contactGroupName("g"));
        return Stream.of(
                Arguments.of("DescribeContactList", list, 400, "InvalidParameterValue", "Illegal parameters."),
                Arguments.of("DescribeContactList", list, 200, "ContactNotExists", "ContactName does not exist."),
                Arguments.of("DescribeContactList", list, 403, "InvalidAuthorization", "Permission denied"),
                Arguments.of("DescribeContactGroupList", groups, 403, "InvalidAuthorization", "Permission denied"),
                Arguments.of("DescribeContactGroupList", groups, 200, "ContactGroupNotExists", "group not exists"),
                Arguments.of("DescribeContactListByContactGroup", byGroup, 400, "InvalidParameterValue", "Illegal parameters."),
                Arguments.of("DescribeContactListByContactGroup", byGroup, 200, "ResourceNotFound", "The group is not exists."),
                Arguments.of("DeleteContact", deleteContact, 404, "ContactNotExists", "ContactName does not exist."),
                Arguments.of("DeleteContact", deleteContact, 403, "InvalidAuthorization", "Permission denied"),
                Arguments.of("DeleteContact", deleteContact, 500, "InternalError", "The request processing has failed."),
                Arguments.of("DeleteContactGroup", deleteGroup, 404, "ContactNotExists", "ContactGroupName Not Exists"),
                Arguments.of("DeleteContactGroup", deleteGroup, 400, "InvalidParameterValue", "Illegal parameters."));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("documentedErrors")
    void documentedErrorsMapToCmsException(String action, Consumer<CmsClient> call, int status, String code,
                                           String message) {
        MockResponse answer = status == 200
                ? Bodies.json(200, "{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\",\"RequestId\":\"REQ-"
                + status + "\",\"Success\":false}")
                : Bodies.error(status, code, message, "REQ-" + status);
        server.enqueue(answer);
        CmsException e = assertThrows(CmsException.class, () -> call.accept(cms));
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(message, e.errorMessage());
        assertEquals("REQ-" + status, e.requestId());
        assertEquals(action, e.action());
        assertEquals("Cms", e.serviceName());
        assertEquals(1, server.getRequestCount());
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of((Consumer<CmsClient>) c -> c.describeContactList(b -> b.chanelType("Email")),
                        "Invalid DescribeContactList request: ChanelType must be one of [Mail, DingWebHook, SMS, AliIM]; got 'Email'. Nothing was sent."),
                Arguments.of((Consumer<CmsClient>) c -> c.describeContactList(b -> b.pageNumber(0)),
                        "Invalid DescribeContactList request: PageNumber must be at least 1; got 0. Nothing was sent."),
                Arguments.of((Consumer<CmsClient>) c -> c.describeContactGroupList(b -> b.pageSize(-1)),
                        "Invalid DescribeContactGroupList request: PageSize must be at least 1; got -1. Nothing was sent."),
                Arguments.of((Consumer<CmsClient>) c -> c.describeContactListByContactGroup(b -> b.contactGroupName(" ")),
                        "Invalid DescribeContactListByContactGroup request: ContactGroupName is required; got ' '. Nothing was sent."),
                Arguments.of((Consumer<CmsClient>) c -> c.deleteContact(b -> { }),
                        "Invalid DeleteContact request: ContactName is required; got null. Nothing was sent."),
                Arguments.of((Consumer<CmsClient>) c -> c.deleteContactGroup(b -> { }),
                        "Invalid DeleteContactGroup request: ContactGroupName is required; got null. Nothing was sent."));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void invalidInputSendsNothing(Consumer<CmsClient> call, String message) {
        AcsClientException e = assertThrows(AcsClientException.class, () -> call.accept(cms));
        assertEquals(message, e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void firstPageAndSizeOneAreAccepted() {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"r\",\"Success\":true}"));
        cms.describeContactList(b -> b.pageNumber(1).pageSize(1).chanelType("DingWebHook"));
        assertEquals(1, server.getRequestCount());
    }
}
