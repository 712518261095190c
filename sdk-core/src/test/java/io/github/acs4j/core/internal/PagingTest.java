package io.github.acs4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acs4j.core.auth.StaticCredentialsProvider;
import io.github.acs4j.core.exception.AcsClientException;
import io.github.acs4j.core.exception.AcsServiceException;
import io.github.acs4j.core.paging.AsyncPages;
import io.github.acs4j.core.paging.PageIterable;
import io.github.acs4j.core.retry.RetryStrategy;
import io.github.acs4j.core.signing.SignatureVersion;
import io.github.acs4j.core.testing.Bodies;
import io.github.acs4j.core.testing.FormRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generic paginators over a test list operation served by MockWebServer. */
class PagingTest {
    static final Operation<Map<String, String>, JsonNode> LIST = Operation.of(PipelineRetryTest.SERVICE, "ListThings",
            true, r -> { }, (r, w) -> r.forEach(w::put), (body, meta) -> body);
    static final PageDescription<Map<String, String>, JsonNode, String> PAGES = pages(null);
    /** Pages that report their number, as ARMS and Resource Directory answers do. */
    static final PageDescription<Map<String, String>, JsonNode, String> NUMBERED_PAGES = pages("PageNumber");

    static PageDescription<Map<String, String>, JsonNode, String> pages(String positionField) {
        return PageDescription.of(
                (r, n) -> {
                    Map<String, String> copy = new TreeMap<>(r);
                    copy.put("PageNumber", Integer.toString(n));
                    return copy;
                },
                r -> r.containsKey("PageNumber") ? Integer.valueOf(r.get("PageNumber")) : null,
                r -> r.containsKey("PageSize") ? Integer.valueOf(r.get("PageSize")) : null,
                body -> Json.strings(body.get("Items")),
                body -> Json.intValue(body, "Total"),
                body -> positionField == null ? null : Json.intValue(body, positionField));
    }

    MockWebServer server;
    ClientRuntime rt;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        rt = new ClientRuntime(PipelineRetryTest.SERVICE, new ClientConfiguration(null, server.url("/").uri(),
                StaticCredentialsProvider.create("testid", "testsecret"), SignatureVersion.V1, RetryStrategy.none(),
                null, null, null, null, null, null, Clock.systemUTC(), ClientConfiguration.DEFAULT_MAX_RESPONSE_BYTES));
    }

    @AfterEach
    void stop() throws IOException {
        rt.close();
        server.shutdown();
    }

    static Map<String, String> first() {
        Map<String, String> m = new TreeMap<>();
        m.put("PageSize", "2");
        return m;
    }

    void enqueueFivePages() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"Total\":5,\"Items\":[\"a\",\"b\"]}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p2\",\"Total\":5,\"Items\":[\"c\",\"d\"]}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p3\",\"Total\":5,\"Items\":[\"e\"]}"));
    }

    @Test
    void pagesAreFetchedOnlyWhenIterationReachesThem() throws Exception {
        enqueueFivePages();
        PageIterable<JsonNode, String> pages = PageIterable.of(PAGES, first(), r -> rt.invoke(LIST, r));
        assertEquals(0, server.getRequestCount());
        Iterator<JsonNode> it = pages.iterator();
        assertEquals(0, server.getRequestCount());
        assertEquals("p1", Json.text(it.next(), "RequestId"));
        assertEquals(1, server.getRequestCount());
        assertEquals("p2", Json.text(it.next(), "RequestId"));
        assertEquals("p3", Json.text(it.next(), "RequestId"));
        assertTrue(!it.hasNext(), "the total says there is no fourth page");
        assertEquals(3, server.getRequestCount());
        FormRequest r1 = FormRequest.of(server.takeRequest());
        assertEquals(null, r1.param("PageNumber"));
        assertEquals("2", FormRequest.of(server.takeRequest()).param("PageNumber"));
        assertEquals("3", FormRequest.of(server.takeRequest()).param("PageNumber"));
    }

    @Test
    void itemsFlattenThePages() {
        enqueueFivePages();
        List<String> all = new ArrayList<>();
        PageIterable.of(PAGES, first(), r -> rt.invoke(LIST, r)).items().forEach(all::add);
        assertEquals(Arrays.asList("a", "b", "c", "d", "e"), all);
    }

    /**
     * The paginator keeps no page it has moved past, not even while it reads the next one: one page of
     * models at a time, whatever the list's length (it used to hold the page before for its progress check).
     */
    @Test
    void itemsLetThePageBeforeGoBeforeTheNextIsRead() throws Exception {
        enqueueFivePages();
        List<java.lang.ref.WeakReference<JsonNode>> pages = new ArrayList<>();
        boolean[] heldWhileReadingPage2 = new boolean[1];
        Iterator<String> it = PageIterable.of(PAGES, first(), r -> {
            if (pages.size() == 1) {
                heldWhileReadingPage2[0] = collected(pages.get(0)) != null;
            }
            JsonNode page = rt.invoke(LIST, r);
            pages.add(new java.lang.ref.WeakReference<>(page));
            return page;
        }).items().iterator();
        assertEquals("a", it.next());
        assertEquals("b", it.next());
        assertEquals("c", it.next());
        assertTrue(!heldWhileReadingPage2[0], "page 1 was still held while page 2 was read");
        assertEquals("d", it.next());
        assertEquals("e", it.next());
    }

    /** @return the referent after a few collections: null once nothing holds it */
    static <T> T collected(java.lang.ref.WeakReference<T> ref) {
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ref.get();
    }

    @Test
    void withoutATotalItStopsAtTheFirstEmptyPage() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"Items\":[\"a\",\"b\"]}"));
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p2\",\"Items\":[]}"));
        assertEquals(Arrays.asList("a", "b"), PageIterable.of(PAGES, first(), r -> rt.invoke(LIST, r)).itemStream()
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aFailingPageThrowsDuringIteration() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"Total\":5,\"Items\":[\"a\",\"b\"]}"));
        server.enqueue(Bodies.error(400, "InvalidParameter", "bad page", "p2"));
        Iterator<String> it = PageIterable.of(PAGES, first(), r -> rt.invoke(LIST, r)).items().iterator();
        assertEquals("a", it.next());
        assertEquals("b", it.next());
        assertThrows(AcsServiceException.class, it::hasNext);
    }

    @Test
    void asyncPagesAreFetchedOneAfterTheOther() throws Exception {
        enqueueFivePages();
        List<Integer> requestsSeenByConsumer = new ArrayList<>();
        AsyncPages<JsonNode, String> pages = AsyncPages.of(PAGES, first(), r -> rt.invokeAsync(LIST, r));
        assertEquals(0, server.getRequestCount());
        pages.forEachPage(p -> requestsSeenByConsumer.add(server.getRequestCount())).get(30, TimeUnit.SECONDS);
        assertEquals(Arrays.asList(1, 2, 3), requestsSeenByConsumer);
    }

    @Test
    void asyncCollectsAllItems() throws Exception {
        enqueueFivePages();
        assertEquals(Arrays.asList("a", "b", "c", "d", "e"),
                AsyncPages.of(PAGES, first(), r -> rt.invokeAsync(LIST, r)).collectItems().get(30, TimeUnit.SECONDS));
    }

    @Test
    void asyncFailingPageFailsTheFuture() {
        server.enqueue(Bodies.json(200, "{\"RequestId\":\"p1\",\"Total\":5,\"Items\":[\"a\",\"b\"]}"));
        server.enqueue(Bodies.error(400, "InvalidParameter", "bad page", "p2"));
        List<String> seen = new ArrayList<>();
        ExecutionException e = assertThrows(ExecutionException.class, () -> AsyncPages.of(PAGES, first(),
                r -> rt.invokeAsync(LIST, r)).forEachItem(seen::add).get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsServiceException.class, e.getCause());
        assertEquals(Arrays.asList("a", "b"), seen);
    }

    /** Answers every request with the page {@code body} makes of the request count, an empty page after 50. */
    void serve(java.util.function.IntFunction<String> body) {
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                int n = server.getRequestCount();
                return Bodies.json(200, n <= 50 ? body.apply(n) : "{\"RequestId\":\"end\",\"Items\":[]}");
            }
        });
    }

    @Test
    void theSamePageAgainStopsTheIterationAfterTwoRequests() {
        serve(n -> "{\"RequestId\":\"p" + n + "\",\"Items\":[\"a\",\"b\"]}");
        List<String> seen = new ArrayList<>();
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> PageIterable.of(PAGES, first(), r -> rt.invoke(LIST, r)).items().forEach(seen::add));
        assertEquals(Arrays.asList("a", "b"), seen, "the repeated page is not handed out");
        assertEquals(2, server.getRequestCount());
        assertFalse(e.isRetryable());
        assertTrue(e.getMessage().contains("the answer to page 2 has the same 2 items as the page before"),
                e.getMessage());
    }

    @Test
    void theSamePageAgainFailsTheAsyncPassAfterTwoRequests() throws Exception {
        serve(n -> "{\"RequestId\":\"p" + n + "\",\"Total\":1000,\"Items\":[\"a\",\"b\"]}");
        List<String> seen = new ArrayList<>();
        ExecutionException e = assertThrows(ExecutionException.class, () -> AsyncPages.of(PAGES, first(),
                r -> rt.invokeAsync(LIST, r)).forEachItem(seen::add).get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, e.getCause());
        assertEquals(Arrays.asList("a", "b"), seen);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aPageThatMovesNeitherPositionNorTotalStopsSyncAndAsync() throws Exception {
        serve(n -> "{\"RequestId\":\"p" + n + "\",\"PageNumber\":1,\"Total\":1000,\"Items\":[\"i" + n + "\"]}");
        AcsClientException e = assertThrows(AcsClientException.class,
                () -> PageIterable.of(NUMBERED_PAGES, first(), r -> rt.invoke(LIST, r)).stream().count());
        assertTrue(e.getMessage().contains("has page number 1 and total 1000 again"), e.getMessage());
        assertEquals(2, server.getRequestCount());
        ExecutionException async = assertThrows(ExecutionException.class, () -> AsyncPages.of(NUMBERED_PAGES,
                first(), r -> rt.invokeAsync(LIST, r)).collectItems().get(30, TimeUnit.SECONDS));
        assertInstanceOf(AcsClientException.class, async.getCause());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void pagesThatMoveArePagedToTheEnd() throws Exception {
        serve(n -> n > 3 ? "{\"RequestId\":\"p\",\"PageNumber\":" + n + ",\"Total\":1000,\"Items\":[]}"
                : "{\"RequestId\":\"p\",\"PageNumber\":" + n + ",\"Total\":1000,\"Items\":[\"i" + n + "\"]}");
        assertEquals(Arrays.asList("i1", "i2", "i3"), AsyncPages.of(NUMBERED_PAGES, first(),
                r -> rt.invokeAsync(LIST, r)).collectItems().get(30, TimeUnit.SECONDS));
        assertEquals(4, server.getRequestCount());
    }
}
