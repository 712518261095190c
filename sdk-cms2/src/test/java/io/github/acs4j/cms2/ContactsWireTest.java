package io.github.acs4j.cms2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.acs4j.cms2.model.Contact;
import io.github.acs4j.cms2.model.CreateContactRequest;
import io.github.acs4j.cms2.model.CreateContactResponse;
import io.github.acs4j.cms2.model.DeleteContactsResponse;
import io.github.acs4j.cms2.model.ListContactsResponse;
import io.github.acs4j.cms2.model.NotificationLanguage;
import io.github.acs4j.core.exception.AcsClientException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contact operations of CloudMonitor 2.0 as they cross the wire: method, path, query, JSON body, ACS3 headers. */
class ContactsWireTest extends Cms2WireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Test
    void createContactPostsAJsonBodyWithTheImMapAndReadsTheNewId() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"contactId\":\"c-123\"}"));
        Map<String, String> im = new LinkedHashMap<>();
        im.put("DING", "alice-ding-0001");
        im.put("WEIXIN", "alice-wx");
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            CreateContactResponse r = cms.createContact(c -> c.name("王五 Alice").email("alice@example.com")
                    .phone("13800000000").phoneCode("+86").lang(NotificationLanguage.EN_US).imUserIds(im)
                    .workspace("default-cms-1234-cn-hangzhou"));
            assertEquals("c-123", r.contactId());
            assertEquals("R-1", r.requestId());
            assertEquals(1, r.metadata().attempts());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("POST", rec.getMethod());
        assertEquals("/contact", rec.getPath());
        assertTrue(rec.getHeader("Content-Type").startsWith("application/json"), rec.getHeader("Content-Type"));
        JsonNode body = JSON.readTree(Cms2TestSupport.body(rec));
        assertEquals(JSON.readTree("{\"name\":\"王五 Alice\",\"email\":\"alice@example.com\",\"phone\":\"13800000000\","
                + "\"phoneCode\":\"+86\",\"lang\":\"en_US\",\"imUserIds\":{\"DING\":\"alice-ding-0001\",\"WEIXIN\":\"alice-wx\"},"
                + "\"workspace\":\"default-cms-1234-cn-hangzhou\"}"), body);
        Cms2TestSupport.assertSignedAcs3(rec, "CreateContact");
    }

    @Test
    void anEmptyImMapAndUnsetFieldsAreNotSent() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"contactId\":\"c-1\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            cms.createContact(c -> c.name("Bob").imUserIds(Collections.<String, String>emptyMap()));
        }
        assertEquals("{\"name\":\"Bob\"}", Cms2TestSupport.body(server.takeRequest()));
    }

    @Test
    void updateContactPatchesTheEncodedPathSegment() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-2\"}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            assertEquals("R-2", cms.updateContact(u -> u.contactId("a b/c?d").name("Alice B")).requestId());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("PATCH", rec.getMethod());
        assertEquals("/contact/a%20b%2Fc%3Fd", rec.getPath());
        assertEquals("{\"name\":\"Alice B\"}", Cms2TestSupport.body(rec));
        Cms2TestSupport.assertSignedAcs3(rec, "UpdateContact");
    }

    @Test
    void deleteContactsSendsTheIdsAsOneJsonArrayQueryValueAndNoBody() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-3\",\"deletedCount\":2}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            DeleteContactsResponse r = cms.deleteContacts(d -> d.contactIds("c-1", "c-2"));
            assertEquals(Integer.valueOf(2), r.deletedCount());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("DELETE", rec.getMethod());
        assertEquals("/contacts", rec.getRequestUrl().encodedPath());
        assertEquals("[\"c-1\",\"c-2\"]", rec.getRequestUrl().queryParameter("contactIds"));
        assertEquals(0, rec.getBodySize());
        Cms2TestSupport.assertSignedAcs3(rec, "DeleteContacts");
    }

    @Test
    void listContactsSendsTheFiltersInTheQueryAndReadsEveryField() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-4\",\"pageNumber\":1,\"pageSize\":2,\"total\":1,"
                + "\"contacts\":[{\"contactId\":\"c-1\",\"name\":\"Alice\",\"email\":\"alice@example.com\",\"emailVerify\":true,"
                + "\"phone\":\"13800000000\",\"phoneVerify\":false,\"lang\":\"zh_CN\",\"groupList\":[\"g-1\",\"g-2\"],"
                + "\"imUserIds\":{\"DING\":\"alice-ding-0001\"},\"updateTime\":\"2024-10-22 02:21:51\","
                + "\"workspace\":\"ws\"}]}"));
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            ListContactsResponse r = cms.listContacts(l -> l.contactIds("c-1").name("Alice").groupId("g-1")
                    .queryUngroupedContacts(false).pageNumber(1).pageSize(2).workspace("ws"));
            assertEquals(Integer.valueOf(1), r.total());
            assertEquals(Integer.valueOf(1), r.pageNumber());
            assertEquals(Integer.valueOf(2), r.pageSize());
            Contact c = r.contacts().get(0);
            assertEquals("c-1", c.contactId());
            assertEquals("alice@example.com", c.email());
            assertEquals(Boolean.TRUE, c.emailVerify());
            assertEquals(Boolean.FALSE, c.phoneVerify());
            assertEquals(Arrays.asList("g-1", "g-2"), c.groupList());
            assertEquals(Collections.singletonMap("DING", "alice-ding-0001"), c.imUserIds());
            assertEquals("2024-10-22 02:21:51", c.updateTime());
            assertFalse(c.toString().contains("alice@example.com") || c.toString().contains("13800000000"), c.toString());
        }
        RecordedRequest rec = server.takeRequest();
        assertEquals("GET", rec.getMethod());
        assertEquals("/contact", rec.getRequestUrl().encodedPath());
        assertEquals("[\"c-1\"]", rec.getRequestUrl().queryParameter("contactIds"));
        assertEquals("Alice", rec.getRequestUrl().queryParameter("name"));
        assertEquals("g-1", rec.getRequestUrl().queryParameter("groupId"));
        assertEquals("false", rec.getRequestUrl().queryParameter("queryUngroupedContacts"));
        assertEquals("2", rec.getRequestUrl().queryParameter("pageSize"));
        assertNull(rec.getRequestUrl().queryParameter("email"));
        assertEquals(0, rec.getBodySize());
        assertNull(rec.getHeader("Content-Type"));
        Cms2TestSupport.assertSignedAcs3(rec, "ListContacts");
    }

    @Test
    void theContactsPaginatorFollowsPageNumbersUntilTheTotal() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"P-1\",\"pageNumber\":1,\"pageSize\":2,\"total\":3,"
                + "\"contacts\":[{\"contactId\":\"c-1\"},{\"contactId\":\"c-2\"}]}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"P-2\",\"pageNumber\":2,\"pageSize\":2,\"total\":3,"
                + "\"contacts\":[{\"contactId\":\"c-3\"}]}"));
        List<String> ids = new ArrayList<>();
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            for (Contact c : cms.listContactsPaginator(l -> l.pageSize(2)).items()) {
                ids.add(c.contactId());
            }
        }
        assertEquals(Arrays.asList("c-1", "c-2", "c-3"), ids);
        assertEquals(2, server.getRequestCount());
        server.takeRequest();
        assertEquals("2", server.takeRequest().getRequestUrl().queryParameter("pageNumber"));
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        try (Cms2Client cms = Cms2TestSupport.client(server).build()) {
            AcsClientException empty = assertThrows(AcsClientException.class, () -> cms.updateContact(u -> u.contactId("").name("x")));
            assertTrue(empty.getMessage().contains("contactId"), empty.getMessage());
            AcsClientException missing = assertThrows(AcsClientException.class, () -> cms.updateContact(u -> u.name("x")));
            assertTrue(missing.getMessage().contains("contactId"), missing.getMessage());
            AcsClientException mail = assertThrows(AcsClientException.class, () -> cms.createContact(c -> c.name("x").email("not-an-address")));
            assertTrue(mail.getMessage().contains("email"), mail.getMessage());
            AcsClientException lang = assertThrows(AcsClientException.class, () -> cms.createContact(c -> c.name("x").lang("zh-cn")));
            assertTrue(lang.getMessage().contains("lang") && lang.getMessage().contains("zh_CN"), lang.getMessage());
            AcsClientException none = assertThrows(AcsClientException.class, () -> cms.deleteContacts(d -> d.contactIds(new String[0])));
            assertTrue(none.getMessage().contains("contactIds"), none.getMessage());
            AcsClientException twice = assertThrows(AcsClientException.class, () -> cms.deleteContacts(d -> d.contactIds("c-1", "c-1")));
            assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
            AcsClientException page = assertThrows(AcsClientException.class, () -> cms.listContacts(l -> l.pageNumber(0)));
            assertTrue(page.getMessage().contains("pageNumber"), page.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aRequestsToStringHidesPersonalValues() {
        Map<String, String> im = Collections.singletonMap("DING", "alice-ding-0001");
        String text = CreateContactRequest.builder().name("Alice").email("alice@example.com").phone("13800000000")
                .imUserIds(im).build().toString();
        assertTrue(text.contains("Alice"), text);
        assertFalse(text.contains("alice@example.com") || text.contains("13800000000") || text.contains("alice-ding-0001"), text);
    }
}
