package io.github.acs4j.reliability;

import io.github.acs4j.cms.CmsClient;
import io.github.acs4j.core.client.AttemptContext;
import io.github.acs4j.core.client.ExecutionInterceptor;
import io.github.acs4j.core.exception.AcsException;
import io.github.acs4j.core.retry.RetryStrategy;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: with ACS3 (CloudMonitor's default signature) the phone, e-mail and webhook travel in the URL's
 * query. Failures that could quote the URL (an HTML page echoing the request line, a redirect whose Location
 * repeats the query, a dropped connection) and every interceptor context are recorded for
 * {@link SecretsNeverLeakTest}, which scans them and the SDK's log.
 */
class V3QueryHygieneTest {
    @Test
    void theV3QueryIsNeverQuotedInFailuresContextsOrLogs() throws Exception {
        try (Harness h = new Harness()) {
            ExecutionInterceptor recorder = new ExecutionInterceptor() {
                @Override
                public void beforeSend(AttemptContext c) {
                    Leaks.record(c);
                }

                @Override
                public void onFailure(AttemptContext c, AcsException failure, boolean retrying) {
                    Leaks.record(c);
                    Leaks.record(failure);
                }
            };
            String query = "ContactName=oncall&Channels.Mail=" + Secrets.EMAIL.replace("@", "%40") + "&Channels.SMS="
                    + Secrets.PHONE + "&Channels.DingWebHook=" + Secrets.WEBHOOK;
            h.server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html")
                    .setBody("<html><body>400 Bad Request: POST /?" + query + "</body></html>"));
            h.server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "http://127.0.0.1:1/?" + query));
            h.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            try (CmsClient cms = h.cms().retryStrategy(RetryStrategy.none()).addInterceptor(recorder).build()) {
                for (int i = 0; i < 3; i++) {
                    Leaks.record(assertThrows(AcsException.class, () -> Harness.putContact(cms)));
                }
            }
            for (int i = 0; i < 3; i++) {
                RecordedRequest r = h.server.takeRequest();
                assertTrue(r.getPath().contains(Secrets.PHONE) && r.getHeader("Authorization").startsWith("ACS3"),
                        "the personal values travel in the V3 query: " + r.getRequestLine());
                Leaks.record(r.getRequestLine().length() + " characters of request line");
            }
            Figures.record("ACS3 (Cms default): phone, e-mail and webhook in the URL query; HTML 400 echoing it, "
                    + "302 repeating it, dropped connection", "3 failures and their interceptor contexts recorded for "
                    + "the secrets sweep", 3);
        }
    }
}
