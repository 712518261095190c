package io.github.acs4j.arms;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.testing.Bodies;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ARMS errors become ArmsException with every field, and bad input sends nothing. The codes and messages
 * are the product-wide ones of the ARMS 2019-08-08 error-code page (the contact pages have no table).
 */
class ArmsErrorMappingTest {
    MockWebServer server;
    ArmsClient arms;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        arms = ArmsTestSupport.client(server).retryStrategy(RetryStrategy.none()).build();
    }

    @AfterEach
    void stop() throws IOException {
        arms.close();
        server.shutdown();
    }

    static Stream<Arguments> documentedErrors() {
        Consumer<ArmsClient> create = c -> c.createAlertContact(b -> b.phoneNum("13811110000"));
        Consumer<ArmsClient> search = c -> c.searchAlertContact(b -> b.contactName("a"));
        Consumer<ArmsClient> update = c -> c.updateAlertContact(b -> b.contactId(1L).phoneNum("13811110000"));
        Consumer<ArmsClient> delete = c -> c.deleteAlertContact(b -> b.contactId(1L));
        return Stream.of(
                Arguments.of("CreateAlertContact", create, 400, ArmsErrorCodes.ALERT_PHONE_NUMBER_ILLEGAL, "Alarm phone number is illegal."),
                Arguments.of("CreateAlertContact", create, 403, ArmsErrorCodes.ARMS_NOT_OPEN, "ARMS is not activated."),
                Arguments.of("SearchAlertContact", search, 403, ArmsErrorCodes.API_NOT_AUTHORIZE, "The current user is not authorized to access the interface."),
                Arguments.of("SearchAlertContact", search, 500, ArmsErrorCodes.ACCOUNT_UID_ACCESS_ERROR, "Failed to obtain the user information. Please try again."),
                Arguments.of("UpdateAlertContact", update, 400, ArmsErrorCodes.ALERT_PHONE_VERIFY_TOO_FREQUENTLY, "Verification links are sent too frequently."),
                Arguments.of("UpdateAlertContact", update, 400, ArmsErrorCodes.ALERT_PHONE_NUMBER_ILLEGAL, "Alarm phone number is illegal."),
                Arguments.of("DeleteAlertContact", delete, 403, ArmsErrorCodes.API_NOT_AUTHORIZE, "The current user is not authorized to access the interface."),
                Arguments.of("DeleteAlertContact", delete, 403, ArmsErrorCodes.ARMS_NOT_OPEN, "ARMS is not activated."));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("documentedErrors")
    void documentedErrorsMapToArmsException(String action, Consumer<ArmsClient> call, int status, String code,
                                            String message) {
        server.enqueue(Bodies.error(status, code, message, "REQ-" + status));
        ArmsException e = assertThrows(ArmsException.class, () -> call.accept(arms));
        assertEquals(status, e.httpStatus());
        assertEquals(code, e.errorCode());
        assertEquals(message, e.errorMessage());
        assertEquals("REQ-" + status, e.requestId());
        assertEquals("ARMS", e.serviceName());
        assertEquals(action, e.action());
        assertEquals(1, e.attempts());
        assertTrue(e.getMessage().startsWith(message + " (Service: ARMS, Action: " + action), e.getMessage());
    }

    @Test
    void http200IsNotTreatedAsAFailureByItsBody() {
        // unlike CloudMonitor, ARMS reports failures with HTTP 4xx/5xx; a 200 body without Code is success
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"IsSuccess\":false}"));
        assertEquals(Boolean.FALSE, arms.deleteAlertContact(b -> b.contactId(1L)).isSuccess());
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of((Consumer<ArmsClient>) c -> c.createAlertContact(b -> b.contactName("JohnDoe")),
                        "Invalid CreateAlertContact request: at least one of PhoneNum, Email, DingRobotWebhookUrl is required. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.createAlertContact(b -> b.email("not-an-address")),
                        "Invalid CreateAlertContact request: Email must be an e-mail address (name@domain); got '***'. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.searchAlertContact(b -> b.currentPage(0)),
                        "Invalid SearchAlertContact request: CurrentPage must be at least 1; got 0. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.searchAlertContact(b -> b.pageSize(0)),
                        "Invalid SearchAlertContact request: PageSize must be at least 1; got 0. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.searchAlertContact(b -> b.contactIds(1L, null)),
                        "Invalid SearchAlertContact request: ContactIds must not contain null. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.updateAlertContact(b -> b.email("a@example.com")),
                        "Invalid UpdateAlertContact request: ContactId is required; got null. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.updateAlertContact(b -> b.contactId(1L).contactName("x")),
                        "Invalid UpdateAlertContact request: at least one of PhoneNum, Email, DingRobotWebhookUrl is required. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.updateAlertContact(b -> b.contactId(1L).email("a@b")),
                        "Invalid UpdateAlertContact request: Email must be an e-mail address (name@domain); got 'a***@b'. Nothing was sent."),
                Arguments.of((Consumer<ArmsClient>) c -> c.deleteAlertContact(b -> b.regionId("cn-hangzhou")),
                        "Invalid DeleteAlertContact request: ContactId is required; got null. Nothing was sent."));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void invalidInputSendsNothing(Consumer<ArmsClient> call, String message) {
        AcsClientException e = assertThrows(AcsClientException.class, () -> call.accept(arms));
        assertEquals(message, e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anyOneChannelIsEnough() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Bodies.json(200, "{\"RequestId\":\"r\",\"ContactId\":\"1\"}"));
        }
        arms.createAlertContact(b -> b.phoneNum("13811110000"));
        arms.createAlertContact(b -> b.email("a@example.com"));
        arms.createAlertContact(b -> b.dingRobotWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=t"));
        assertEquals(3, server.getRequestCount());
    }
}
