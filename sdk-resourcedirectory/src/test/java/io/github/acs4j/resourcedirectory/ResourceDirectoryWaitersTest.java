package io.github.acs4j.resourcedirectory;

import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.testing.FormRequest;
import io.github.acs4j.core.waiters.WaiterConfiguration;
import io.github.acs4j.core.waiters.WaiterException;
import io.github.acs4j.core.waiters.WaiterFailureException;
import io.github.acs4j.core.waiters.WaiterResult;
import io.github.acs4j.core.waiters.WaiterTimeoutException;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactDeletionStatusResponse;
import io.github.acs4j.resourcedirectory.model.GetMessageContactRequest;
import io.github.acs4j.resourcedirectory.model.GetMessageContactResponse;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Resource Directory waiters over MockWebServer: what each poll sent, the delays between polls (lower bounds
 * only, and generous upper bounds), the attempt and time limits, failure states, errors no acceptor matches,
 * interrupts and cancellation, sync and async.
 */
class ResourceDirectoryWaitersTest {
    private static final String DELETING = "{\"RequestId\":\"r-1\",\"ContactDeletionStatus\":{\"ContactId\":\"c-1\","
            + "\"Status\":\"Deleting\",\"FailReasonList\":[]}}";
    private static final String FAILED = "{\"RequestId\":\"r-2\",\"ContactDeletionStatus\":{\"ContactId\":\"c-1\","
            + "\"Status\":\"Failed\",\"FailReasonList\":[{\"AccountId\":\"1234567890123456\",\"MessageTypes\":[\"FaultMessage\"]}]}}";
    private static final String GONE = "{\"RequestId\":\"r-3\",\"Code\":\"EntityNotExists.Contact\","
            + "\"Message\":\"This Contact does not exist.\"}";

    MockWebServer server;
    ResourceDirectoryClient rd;
    ResourceDirectoryAsyncClient async;
    /** When each request arrived (System.nanoTime), in order. */
    final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rd = RdTestSupport.client(server).build();
        async = RdTestSupport.asyncClient(server).build();
    }

    @AfterEach
    void stop() throws IOException {
        rd.close();
        async.close();
        server.shutdown();
    }

    /** Answers the n-th request (1-based) with {@code answer.apply(n)}, recording its arrival. */
    private void answer(IntFunction<MockResponse> answer) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return answer.apply(arrivals.size());
            }
        });
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setBody(body);
    }

    private static MockResponse gone() {
        return new MockResponse().setResponseCode(404).setBody(GONE);
    }

    private static GetMessageContactDeletionStatusRequest deletion() {
        return GetMessageContactDeletionStatusRequest.builder().contactId("c-1").build();
    }

    private static WaiterConfiguration fixed(long millis, int attempts) {
        return WaiterConfiguration.builder().delay(Duration.ofMillis(millis)).backoffMultiplier(1)
                .maxDelay(Duration.ofMillis(millis)).maxAttempts(attempts).build();
    }

    @Test
    void deletionWaiterPollsWithGrowingDelaysUntilTheContactIsGone() throws InterruptedException {
        answer(n -> n < 5 ? ok(DELETING) : gone());
        WaiterConfiguration c = WaiterConfiguration.builder().delay(Duration.ofMillis(100)).backoffMultiplier(2)
                .maxDelay(Duration.ofMillis(300)).build();

        WaiterResult<GetMessageContactDeletionStatusResponse> r = rd.waitUntilMessageContactDeleted(deletion(), c);

        assertEquals(5, r.attempts());
        assertEquals(5, server.getRequestCount());
        for (int i = 0; i < 5; i++) {
            RdTestSupport.assertSent(server.takeRequest(), "GetMessageContactDeletionStatus",
                    RdTestSupport.params("ContactId", "c-1"));
        }
        long[] atLeast = {100, 200, 300, 300};
        for (int i = 0; i < atLeast.length; i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(arrivals.get(i + 1) - arrivals.get(i));
            assertTrue(gap >= atLeast[i], "gap " + (i + 1) + " was " + gap + " ms, at least " + atLeast[i]);
        }
        assertTrue(r.elapsed().toMillis() >= 900 && r.elapsed().toMillis() < 30_000, "elapsed " + r.elapsed());
        assertFalse(r.response().isPresent());
        assertEquals("EntityNotExists.Contact", ((ResourceDirectoryException) r.exception().get()).errorCode());
    }

    @Test
    void maxAttemptsEndsTheWaitWithTheLastAnswer() {
        answer(n -> ok(DELETING));

        WaiterTimeoutException e = assertThrows(WaiterTimeoutException.class,
                () -> rd.waitUntilMessageContactDeleted(deletion(), fixed(10, 3)));

        assertEquals(3, e.attempts());
        assertEquals(3, server.getRequestCount());
        assertEquals("MessageContactDeleted", e.waiter());
        assertEquals("Deleting", ((GetMessageContactDeletionStatusResponse) e.lastResponse()).contactDeletionStatus().status());
        assertTrue(e.getMessage().contains("maxAttempts 3") && e.getMessage().contains("ContactDeletionStatus.Status = Deleting"),
                e.getMessage());
    }

    @Test
    void maxTotalTimeEndsTheWaitBeforeADelayThatWouldPassIt() {
        answer(n -> ok(DELETING));
        WaiterConfiguration c = fixed(200, 100).toBuilder().maxTotalTime(Duration.ofMillis(500)).build();

        WaiterTimeoutException e = assertThrows(WaiterTimeoutException.class,
                () -> rd.waitUntilMessageContactDeleted(deletion(), c));

        // polls at about 0, 200 and 400 ms; the next would start past 500 ms, so it is not waited for
        assertTrue(e.attempts() >= 1 && e.attempts() <= 3, "attempts " + e.attempts());
        assertEquals(e.attempts(), server.getRequestCount());
        assertTrue(e.getMessage().contains("maxTotalTime 500 ms"), e.getMessage());
        long lastPollStarted = TimeUnit.NANOSECONDS.toMillis(arrivals.get(arrivals.size() - 1) - arrivals.get(0));
        assertTrue(lastPollStarted <= 500, "no delay was started that ends past the limit: " + lastPollStarted + " ms");
        assertTrue(e.elapsed().toMillis() < 10_000, "generous bound: " + e.elapsed());
    }

    @Test
    void aFailedDeletionEndsTheWaitNamingTheStateAndTheLastAnswer() {
        answer(n -> n == 1 ? ok(DELETING) : ok(FAILED));

        WaiterFailureException e = assertThrows(WaiterFailureException.class,
                () -> rd.waitUntilMessageContactDeleted(deletion(), fixed(10, 10)));

        assertEquals("ContactDeletionStatus.Status = Failed", e.state());
        assertEquals(2, e.attempts());
        assertEquals(2, server.getRequestCount());
        GetMessageContactDeletionStatusResponse last = (GetMessageContactDeletionStatusResponse) e.lastResponse();
        assertEquals("1234567890123456", last.contactDeletionStatus().failReasonList().get(0).accountId());
        assertTrue(e.getMessage().contains("[ContactDeletionStatus.Status = Failed]")
                && e.getMessage().contains("1234567890123456") && e.getMessage().contains("after 2 polls"), e.getMessage());
    }

    @Test
    void anErrorNoAcceptorMatchesEndsTheWaitUnchanged() {
        answer(n -> new MockResponse().setResponseCode(400).setBody("{\"RequestId\":\"r-4\","
                + "\"Code\":\"InvalidParameter.ContactId\",\"Message\":\"The ContactId is invalid.\"}"));

        ResourceDirectoryException e = assertThrows(ResourceDirectoryException.class,
                () -> rd.waitUntilMessageContactDeleted(deletion(), fixed(10, 10)));

        assertEquals("InvalidParameter.ContactId", e.errorCode());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void invalidInputFailsBeforeAnyPoll() {
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> rd.waitUntilMessageContactDeleted(GetMessageContactDeletionStatusRequest.builder().build()));

        assertTrue(e.getMessage().contains("ContactId"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void verificationWaiterRetriesWhileVerifyingAndSucceedsAtActive() throws InterruptedException {
        answer(n -> ok("{\"RequestId\":\"r-5\",\"Contact\":{\"ContactId\":\"c-1\",\"EmailAddress\":\"alice@example.com\","
                + "\"Status\":\"" + (n < 3 ? "Verifying" : "Active") + "\"}}"));

        WaiterResult<GetMessageContactResponse> r = rd.waitUntilMessageContactVerified(g -> g.contactId("c-1"));
        // the defaults wait 2 s and then 3 s: a real wait, kept to one test

        assertEquals(3, r.attempts());
        assertEquals("Active", r.response().get().contact().status());
        assertEquals("Contact.Status = Active", r.matchedState());
        FormRequest first = RdTestSupport.assertSent(server.takeRequest(), "GetMessageContact",
                RdTestSupport.params("ContactId", "c-1"));
        assertEquals("c-1", first.param("ContactId"));
        long gap = TimeUnit.NANOSECONDS.toMillis(arrivals.get(1) - arrivals.get(0));
        assertTrue(gap >= 2000, "the default first delay is 2 s: " + gap);
    }

    @Test
    void anUndocumentedStatusEndsTheVerificationWaitAsAFailure() {
        answer(n -> ok("{\"RequestId\":\"r-6\",\"Contact\":{\"ContactId\":\"c-1\",\"EmailAddress\":\"alice@example.com\","
                + "\"PhoneNumber\":\"86-13800001234\",\"Status\":\"Frozen\"}}"));

        WaiterFailureException e = assertThrows(WaiterFailureException.class,
                () -> rd.waitUntilMessageContactVerified(GetMessageContactRequest.builder().contactId("c-1").build(),
                        fixed(10, 5)));

        assertEquals("Contact.Status is none of Active, Verifying, Deleting", e.state());
        assertTrue(e.getMessage().contains("status=Frozen"), e.getMessage());
        assertFalse(e.getMessage().contains("alice@example.com") || e.getMessage().contains("13800001234"),
                "personal data masked: " + e.getMessage());
    }

    @Test
    void anInterruptBetweenPollsEndsTheWaitAndKeepsTheFlag() throws Exception {
        answer(n -> ok(DELETING));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                rd.waitUntilMessageContactDeleted(deletion(), fixed(60_000, 10));
            } catch (Throwable t) {
                thrown.set(t);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        server.takeRequest(10, TimeUnit.SECONDS);
        Thread.sleep(100); // the waiter is now in its 60 s delay
        long interruptedAt = System.nanoTime();
        waiter.interrupt();
        waiter.join(10_000);

        assertFalse(waiter.isAlive());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interruptedAt) < 10_000);
        WaiterException e = assertInstanceOf(WaiterException.class, thrown.get());
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertEquals(1, e.attempts());
        assertTrue(flag.get(), "interrupt flag kept");
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void asyncWaiterPollsWithoutBlockingAndSucceeds() throws Exception {
        answer(n -> n < 3 ? ok(DELETING) : gone());
        long before = System.nanoTime();

        CompletableFuture<WaiterResult<GetMessageContactDeletionStatusResponse>> f =
                async.waitUntilMessageContactDeleted(deletion(), fixed(200, 10));

        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before) < 200 || !f.isDone(),
                "the caller is not held for the delays");
        WaiterResult<GetMessageContactDeletionStatusResponse> r = f.get(30, TimeUnit.SECONDS);
        assertEquals(3, r.attempts());
        assertEquals(3, server.getRequestCount());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(arrivals.get(2) - arrivals.get(1)) >= 200);
    }

    @Test
    void asyncWaiterFailsWithTheSameExceptions() {
        answer(n -> n == 1 ? ok(DELETING) : ok(FAILED));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> async.waitUntilMessageContactDeleted(deletion(), fixed(10, 10)).get(30, TimeUnit.SECONDS));
        WaiterFailureException e = assertInstanceOf(WaiterFailureException.class, failed.getCause());
        assertEquals(2, e.attempts());

        arrivals.clear();
        answer(n -> ok(DELETING));
        ExecutionException timedOut = assertThrows(ExecutionException.class,
                () -> async.waitUntilMessageContactDeleted(deletion(), fixed(10, 4)).get(30, TimeUnit.SECONDS));
        assertEquals(4, assertInstanceOf(WaiterTimeoutException.class, timedOut.getCause()).attempts());
        assertEquals(6, server.getRequestCount());

        ExecutionException invalid = assertThrows(ExecutionException.class, () -> async.waitUntilMessageContactDeleted(
                GetMessageContactDeletionStatusRequest.builder().build()).get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, invalid.getCause());
        assertEquals(6, server.getRequestCount(), "nothing sent for invalid input");
    }

    @Test
    void cancellingTheAsyncWaitStopsThePolls() throws Exception {
        answer(n -> ok(DELETING));
        CompletableFuture<WaiterResult<GetMessageContactDeletionStatusResponse>> f =
                async.waitUntilMessageContactDeleted(deletion(), fixed(300, 10));
        server.takeRequest(10, TimeUnit.SECONDS);
        Thread.sleep(50);

        assertTrue(f.cancel(true));
        Thread.sleep(900); // three delays' worth: no poll may follow

        assertEquals(1, server.getRequestCount());
    }
}
