package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.resourcedirectory.model.AddMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.ContactTitle;
import io.github.acs4j.resourcedirectory.model.MessageType;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented input rules, checked before sending: a refused request sends nothing. */
class ResourceDirectoryValidationTest {
    MockWebServer server;
    ResourceDirectoryClient rd;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        server.shutdown();
    }

    static AddMessageContactRequest.Builder validAdd() {
        return AddMessageContactRequest.builder().name("tom").emailAddress("tom@example.com")
                .title(ContactTitle.OTHER).messageTypes(MessageType.SERVICE_MESSAGE);
    }

    /** Asserts the call is refused with exactly this message and that nothing reached the server. */
    void assertRefused(String expectedMessage, Executable call) {
        AcsClientException e = assertThrows(AcsClientException.class, call);
        assertEquals(expectedMessage, e.getMessage());
        assertEquals(0, server.getRequestCount(), "nothing was sent");
    }

    void assertAccepted(Executable call) throws Throwable {
        int before = server.getRequestCount();
        server.enqueue(Bodies.json(200, RdTestSupport.ANY_SUCCESS));
        call.execute();
        assertEquals(before + 1, server.getRequestCount());
    }

    @Test
    void nameOfOneCharacterIsRefusedAndTwoIsAccepted() throws Throwable {
        assertRefused("Invalid AddMessageContact request: Name must be 2 to 12 characters long; got 'a'. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().name("a").build()));
        assertAccepted(() -> rd.addMessageContact(validAdd().name("ab").build()));
    }

    @Test
    void nameOfTwelveCharactersIsAcceptedAndThirteenIsRefused() throws Throwable {
        assertRefused("Invalid AddMessageContact request: Name must be 2 to 12 characters long; got 'abcdefghijklm'."
                + " Nothing was sent.", () -> rd.addMessageContact(validAdd().name("abcdefghijklm").build()));
        assertAccepted(() -> rd.addMessageContact(validAdd().name("abcdefghijkl").build()));
    }

    @Test
    void chineseNamesCountCharactersNotBytes() throws Throwable {
        assertAccepted(() -> rd.addMessageContact(validAdd().name("王五").build()));
        assertAccepted(() -> rd.addMessageContact(validAdd().name("张三李四王五赵六钱七孙八").build()));
        assertAccepted(() -> rd.addMessageContact(validAdd().name("Tom王").build()));
        // a Han character outside the BMP (two UTF-16 units) is one character
        assertAccepted(() -> rd.addMessageContact(validAdd().name("\uD840\uDC00\uD840\uDC01").build()));
        assertThrows(AcsClientException.class,
                () -> rd.addMessageContact(validAdd().name("张三李四王五赵六钱七孙八周").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tom1", "tom smith", "tom_s", "tom-s", "tóm", "Ωmega", "王。"})
    void nameWithAnythingButLettersOrChineseCharactersIsRefused(String name) {
        assertRefused("Invalid AddMessageContact request: Name must be letters (A-Z, a-z) or Chinese characters only;"
                + " got '" + name + "'. Nothing was sent.", () -> rd.addMessageContact(validAdd().name(name).build()));
    }

    @Test
    void requiredAddFieldsAreNamed() {
        assertRefused("Invalid AddMessageContact request: Name is required; got null. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().name(null).build()));
        assertRefused("Invalid AddMessageContact request: EmailAddress is required; got null. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().emailAddress(null).build()));
        assertRefused("Invalid AddMessageContact request: Title is required; got null. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().title((String) null).build()));
        assertRefused("Invalid AddMessageContact request: MessageTypes is required (at least one entry); got '[]'."
                + " Nothing was sent.", () -> rd.addMessageContact(validAdd().messageTypes(Collections.<String>emptyList()).build()));
    }

    @Test
    void aFieldThatIsNotPersonalShowsItsDigits() throws Throwable {
        // only personal fields are masked: a name full of digits is shown as given (it used to be masked as if a phone)
        assertRefused("Invalid AddMessageContact request: Name must be 2 to 12 characters long; got 'ab 1234567890'."
                + " Nothing was sent.", () -> rd.addMessageContact(validAdd().name("ab 1234567890").build()));
    }

    @Test
    void emailMustLookLikeAnAddressAndIsMaskedInTheMessage() throws Throwable {
        assertRefused("Invalid AddMessageContact request: EmailAddress must be an e-mail address (name@domain);"
                + " got '***'. Nothing was sent.", () -> rd.addMessageContact(validAdd().emailAddress("tom.example.com").build()));
        assertRefused("Invalid AddMessageContact request: EmailAddress must be an e-mail address (name@domain);"
                + " got 't***@example'. Nothing was sent.", () -> rd.addMessageContact(validAdd().emailAddress("tom@example").build()));
        assertAccepted(() -> rd.addMessageContact(validAdd().emailAddress("t@example.cn").build()));
    }

    @Test
    void phoneMustBeCountryCodeDashNumberAndIsMaskedInTheMessage() throws Throwable {
        assertRefused("Invalid AddMessageContact request: PhoneNumber must be <country code>-<number>, e.g."
                + " 86-13800000000; got '***34'. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().phoneNumber("13900001234").build()));
        assertRefused("Invalid SendPhoneVerificationForMessageContact request: PhoneNumber must be <country code>-<number>,"
                + " e.g. 86-13800000000; got '***34'. Nothing was sent.",
                () -> rd.sendPhoneVerificationForMessageContact(b -> b.contactId("c-1").phoneNumber("+86 13900001234")));
        assertAccepted(() -> rd.addMessageContact(validAdd().phoneNumber("86-13900001234").build()));
    }

    @Test
    void titleAndMessageTypesMustComeFromTheirValueSets() throws Throwable {
        assertRefused("Invalid AddMessageContact request: Title must be one of [FinanceDirector, TechnicalDirector,"
                + " MaintenanceDirector, CEO, ProjectDirector, Other]; got 'Ceo'. Nothing was sent.",
                () -> rd.addMessageContact(validAdd().title("Ceo").build()));
        assertRefused("Invalid UpdateMessageContact request: MessageTypes.2 must be one of [ServiceMessage, FaultMessage,"
                + " AccountExpenses, SecurityMessage, ActivityMessage, ProductMessage]; got 'Spam'. Nothing was sent.",
                () -> rd.updateMessageContact(b -> b.contactId("c-1").messageTypes("FaultMessage", "Spam")));
        for (ContactTitle t : ContactTitle.values()) {
            assertAccepted(() -> rd.updateMessageContact(b -> b.contactId("c-1").title(t)));
        }
        assertAccepted(() -> rd.updateMessageContact(b -> b.contactId("c-1").messageTypes(Arrays.asList(MessageType.wireValues()))));
    }

    @Test
    void updateChecksTheSameFormatsAndNeedsSomethingToChange() {
        assertRefused("Invalid UpdateMessageContact request: Name must be 2 to 12 characters long; got 'x'."
                + " Nothing was sent.", () -> rd.updateMessageContact(b -> b.contactId("c-1").name("x")));
        assertRefused("Invalid UpdateMessageContact request: at least one of Name, EmailAddress, PhoneNumber, Title,"
                + " MessageTypes.N is required (there is nothing to change). Nothing was sent.",
                () -> rd.updateMessageContact(b -> b.contactId("c-1")));
    }

    @Test
    void contactIdIsRequiredWhereTheOperationNeedsIt() {
        String tail = " request: ContactId is required; got null. Nothing was sent.";
        assertRefused("Invalid GetMessageContact" + tail, () -> rd.getMessageContact(b -> { }));
        assertRefused("Invalid UpdateMessageContact" + tail, () -> rd.updateMessageContact(b -> b.name("jerry")));
        assertRefused("Invalid DeleteMessageContact" + tail, () -> rd.deleteMessageContact(b -> b.contactId(" ")
                .contactId(null)));
        assertRefused("Invalid GetMessageContactDeletionStatus" + tail, () -> rd.getMessageContactDeletionStatus(b -> { }));
        assertRefused("Invalid SendEmailVerificationForMessageContact" + tail,
                () -> rd.sendEmailVerificationForMessageContact(b -> b.emailAddress("a@example.com")));
        assertRefused("Invalid SendPhoneVerificationForMessageContact" + tail,
                () -> rd.sendPhoneVerificationForMessageContact(b -> b.phoneNumber("86-13900001234")));
        assertRefused("Invalid CancelMessageContactUpdate" + tail, () -> rd.cancelMessageContactUpdate(b -> { }));
        assertRefused("Invalid AssociateMembers" + tail, () -> rd.associateMembers(b -> b.members("fd-1")));
        assertRefused("Invalid DisassociateMembers" + tail, () -> rd.disassociateMembers(b -> b.members("fd-1")));
        assertRefused("Invalid GetMessageContact request: ContactId is required; got ' '. Nothing was sent.",
                () -> rd.getMessageContact(b -> b.contactId(" ")));
    }

    @Test
    void verificationSendersNeedTheTarget() {
        assertRefused("Invalid SendEmailVerificationForMessageContact request: EmailAddress is required; got null."
                + " Nothing was sent.", () -> rd.sendEmailVerificationForMessageContact(b -> b.contactId("c-1")));
        assertRefused("Invalid SendPhoneVerificationForMessageContact request: PhoneNumber is required; got null."
                + " Nothing was sent.", () -> rd.sendPhoneVerificationForMessageContact(b -> b.contactId("c-1")));
        assertRefused("Invalid CancelMessageContactUpdate request: EmailAddress must be an e-mail address"
                + " (name@domain); got '***'. Nothing was sent.",
                () -> rd.cancelMessageContactUpdate(b -> b.contactId("c-1").emailAddress("nope")));
    }

    @Test
    void membersTakeOneToFiveDistinctIds() throws Throwable {
        assertRefused("Invalid AssociateMembers request: Members is required (at least one entry); got '[]'."
                + " Nothing was sent.", () -> rd.associateMembers(b -> b.contactId("c-1")));
        assertRefused("Invalid DisassociateMembers request: Members must have 1 to 5 entries (had 6); got null."
                + " Nothing was sent.", () -> rd.disassociateMembers(b -> b.contactId("c-1")
                .members("a", "b", "c", "d", "e", "f")));
        assertRefused("Invalid AssociateMembers request: Members.2 is required; got ''. Nothing was sent.",
                () -> rd.associateMembers(b -> b.contactId("c-1").members("fd-1", "")));
        assertRefused("Invalid AssociateMembers request: Members must not list an ID twice; got [fd-1, fd-1]."
                + " Nothing was sent.", () -> rd.associateMembers(b -> b.contactId("c-1").members("fd-1", "fd-1")));
        assertAccepted(() -> rd.associateMembers(b -> b.contactId("c-1").members("fd-1")));
        assertAccepted(() -> rd.disassociateMembers(b -> b.contactId("c-1").members("a", "b", "c", "d", "e")));
    }

    @Test
    void pagesStartAtOne() throws Throwable {
        assertRefused("Invalid ListMessageContacts request: PageNumber must be at least 1; got 0. Nothing was sent.",
                () -> rd.listMessageContacts(b -> b.pageNumber(0)));
        assertRefused("Invalid ListMessageContactVerifications request: PageSize must be at least 1; got -5."
                + " Nothing was sent.", () -> rd.listMessageContactVerifications(b -> b.pageSize(-5)));
        assertAccepted(() -> rd.listMessageContacts(b -> b.pageNumber(1).pageSize(1)));
    }

    @Test
    void nullRequestIsRefused() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> rd.addMessageContact((AddMessageContactRequest) null));
        assertTrue(e.getMessage().contains("the request is null"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }
}
