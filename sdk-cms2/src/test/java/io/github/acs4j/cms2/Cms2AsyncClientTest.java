package io.github.acs4j.cms2;

import io.github.acs4j.cms2.model.Contact;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cms2AsyncClient: the same wire, the same no-duplicate rule for creates, and paging without a waiting thread. */
class Cms2AsyncClientTest extends Cms2WireTest {

    @Test
    void anAsyncCreateIsSentOnceAndNotRepeatedAfterA503() throws Exception {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"R-1\",\"contactId\":\"c-1\"}"));
        server.enqueue(Cms2TestSupport.error(503, "ServiceUnavailable", "busy"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"never\",\"contactId\":\"c-2\"}"));
        try (Cms2AsyncClient cms = Cms2TestSupport.asyncClient(server).build()) {
            assertEquals("c-1", cms.createContact(c -> c.name("Alice")).get(10, TimeUnit.SECONDS).contactId());
            CompletionException e = assertThrows(CompletionException.class, () -> cms.createContact(c -> c.name("Bob")).join());
            assertInstanceOf(Cms2Exception.class, e.getCause());
        }
        RecordedRequest first = server.takeRequest();
        assertEquals("POST", first.getMethod());
        assertEquals("/contact", first.getPath());
        Cms2TestSupport.assertSignedAcs3(first, "CreateContact");
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void theAsyncPaginatorCollectsEveryPage() {
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"P-1\",\"pageNumber\":1,\"pageSize\":1,\"total\":2,"
                + "\"contacts\":[{\"contactId\":\"c-1\"}]}"));
        server.enqueue(Cms2TestSupport.ok("{\"requestId\":\"P-2\",\"pageNumber\":2,\"pageSize\":1,\"total\":2,"
                + "\"contacts\":[{\"contactId\":\"c-2\"}]}"));
        try (Cms2AsyncClient cms = Cms2TestSupport.asyncClient(server).build()) {
            List<Contact> all = cms.listContactsPaginator(l -> l.pageSize(1)).collectItems().join();
            assertEquals(2, all.size());
            assertEquals("c-2", all.get(1).contactId());
        }
        assertEquals(2, server.getRequestCount());
    }
}
