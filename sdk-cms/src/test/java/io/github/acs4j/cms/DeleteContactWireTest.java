package io.github.acs4j.cms;

import io.github.acs4j.cms.model.DeleteContactGroupResponse;
import io.github.acs4j.cms.model.DeleteContactResponse;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DeleteContact and DeleteContactGroup on the wire; both are idempotent, so a dropped answer is retried. */
class DeleteContactWireTest {
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
    void deleteContactSendsTheNameAndReadsTheAnswer() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Message\":\"\",\"RequestId\":\"R-DC\",\"Success\":true}"));
        DeleteContactResponse r = cms.deleteContact(b -> b.contactName("Alice Wang"));
        FormRequest form = FormRequest.of(server.takeRequest());
        assertEquals(Collections.singletonMap("ContactName", "Alice Wang"), form.operationParams());
        assertEquals("DeleteContact", form.param("Action"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
        assertEquals(DeleteContactResponse.builder().requestId("R-DC").code("200").message("").success(true).build(), r);
        assertEquals(200, r.metadata().httpStatus());
    }

    @Test
    void deleteContactGroupSendsTheNameAndReadsTheAnswer() throws Exception {
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"Message\":\"success\",\"RequestId\":\"R-DG\",\"Success\":true}"));
        DeleteContactGroupResponse r = cms.deleteContactGroup(b -> b.contactGroupName("ops"));
        FormRequest form = FormRequest.of(server.takeRequest());
        assertEquals(Collections.singletonMap("ContactGroupName", "ops"), form.operationParams());
        assertEquals("DeleteContactGroup", form.param("Action"));
        assertTrue(form.v1SignatureVerifies(CmsTestSupport.SECRET));
        assertEquals(DeleteContactGroupResponse.builder().requestId("R-DG").code("200").message("success").success(true)
                .build(), r);
    }

    @Test
    void deleteIsRetriedAfterTheConnectionDropsPostRequest() {
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Bodies.json(200, "{\"Code\":\"200\",\"RequestId\":\"R2\",\"Success\":true}"));
        assertEquals("R2", cms.deleteContact(b -> b.contactName("a")).requestId());
        assertEquals(2, server.getRequestCount());
    }
}
